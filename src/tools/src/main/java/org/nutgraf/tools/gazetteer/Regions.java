package org.nutgraf.tools.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.text.TokenKey;

/**
 * The first-level regions of GeoNames' {@code admin1CodesASCII.txt} ("US.GA" Georgia) under their
 * names, cleaned names and the team's {@code region-aliases.tsv}; a region's population is the sum
 * of its cities'.
 */
final class Regions {
  /** Rows of admin1CodesASCII by code: code, name, ASCII name, GeoNames id. */
  private final Map<String, String[]> admin1;

  private Regions(Map<String, String[]> admin1) {
    this.admin1 = admin1;
  }

  /** Reads {@code admin1CodesASCII.txt} of {@code geonames}. */
  static Regions read(Path geonames) throws IOException {
    Map<String, String[]> admin1 = new TreeMap<>();
    GeoNamesFiles.rows(
        GeoNamesFiles.find(geonames, "admin1CodesASCII.txt"), f -> admin1.put(f[0], f));
    return new Regions(admin1);
  }

  /**
   * Adds every region of a known country under its name and ASCII name and their cleaned forms
   * (unless a cleaned form is a common word), labelled with the cleaned name.
   */
  void add(EntryTable table, GeoNamesCities cities, Set<String> commonWords) {
    for (String[] f : admin1.values()) {
      String code = f[0];
      String country = code.substring(0, 2);
      if (!table.hasCountry(country)) {
        continue;
      }
      long pop = cities.populationOf(code);
      Set<String> names = new TreeSet<>();
      for (String n : List.of(f[1], f[2])) {
        names.add(n);
        String cleaned = RegionNames.clean(n);
        if (!cleaned.equals(n) && !commonWords.contains(TokenKey.of(cleaned))) {
          names.add(cleaned);
        }
      }
      for (String n : names) {
        table.addPlace(n, PlaceKind.REGION, country, code, pop, 0, RegionNames.clean(f[1]));
      }
    }
  }

  /**
   * Reads {@code gazetteer/region-aliases.tsv} of {@code data} (admin1 code, alias: "US.GA", "Ga.")
   * and adds each alias as its region; a two-capital alias ("BC") counts only written so.
   *
   * @throws IllegalArgumentException naming the file and line for an unknown admin1 code
   */
  void readAliases(Path data, EntryTable table, GeoNamesCities cities) throws IOException {
    TeamTables.read(
        data,
        "gazetteer/region-aliases.tsv",
        2,
        f -> {
          String code = f[0];
          String[] region = admin1.get(code);
          if (region == null) {
            throw new IllegalArgumentException("unknown admin1 code " + code);
          }
          table.addPlace(
              f[1],
              PlaceKind.REGION,
              code.substring(0, 2),
              code,
              cities.populationOf(code),
              isTwoCapitals(f[1]) ? PlaceEntry.EXACT_CASE : 0,
              RegionNames.clean(region[1]));
        });
  }

  /** "BC": two capital letters, which the matcher takes only when marked exact-case. */
  private static boolean isTwoCapitals(String alias) {
    return alias.length() == 2
        && Character.isUpperCase(alias.charAt(0))
        && Character.isUpperCase(alias.charAt(1));
  }
}
