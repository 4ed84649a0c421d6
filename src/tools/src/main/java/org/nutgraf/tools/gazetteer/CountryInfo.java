package org.nutgraf.tools.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.nutgraf.gazetteer.Country;
import org.nutgraf.gazetteer.PlaceKind;

/** Reads the countries of GeoNames' {@code countryInfo.txt}: code, name, capital and population. */
final class CountryInfo {
  /** Codes of countries that no longer exist (Serbia and Montenegro, Netherlands Antilles). */
  private static final Set<String> DROPPED_CODES = Set.of("CS", "AN");

  private CountryInfo() {}

  /** Adds every current country of {@code geonames}, and its name as a country-level name. */
  static void read(Path geonames, EntryTable table) throws IOException {
    GeoNamesFiles.rows(
        GeoNamesFiles.find(geonames, "countryInfo.txt"),
        f -> {
          String code = f[0];
          if (DROPPED_CODES.contains(code)) {
            return;
          }
          long population = f[7].isEmpty() ? 0 : Long.parseLong(f[7]);
          table.addCountry(new Country(code, f[4], f[5], population));
          table.addCountryLevel(f[4], PlaceKind.COUNTRY, code, 0, population);
        });
  }
}
