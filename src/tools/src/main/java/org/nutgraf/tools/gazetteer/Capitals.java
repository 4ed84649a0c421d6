package org.nutgraf.tools.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.nutgraf.gazetteer.Country;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.text.TokenKey;

/**
 * Turns the cities that news uses for a government ("Tegucigalpa said") into capitals: those of the
 * team's {@code capitals.tsv}, then each country's capital in GeoNames. A capital takes the place
 * of the country's cities of that name, keeping the largest population.
 */
final class Capitals {
  private Capitals() {}

  /**
   * Adds the capitals of {@code gazetteer/capitals.tsv} of {@code data} (code, name), then those of
   * the countries of {@code table}; a capital in {@code seats} is flagged {@link
   * PlaceEntry#SUPRANATIONAL_SEAT}.
   *
   * @throws IllegalArgumentException naming the file and line for an unknown country code
   */
  static void read(Path data, Set<String> seats, EntryTable table) throws IOException {
    TeamTables.read(data, "gazetteer/capitals.tsv", 2, f -> capital(table, seats, f[0], f[1]));
    for (Country c : table.countries()) {
      if (!c.capital().isEmpty()) {
        capital(table, seats, c.code(), c.capital());
      }
    }
  }

  private static void capital(EntryTable table, Set<String> seats, String code, String name) {
    if (!table.hasCountry(code)) {
      throw new IllegalArgumentException("unknown country code " + code);
    }
    String key = TokenKey.of(name);
    long pop = 0;
    String admin1 = "";
    for (PlaceEntry e : table.removeCities(code, key)) {
      if (e.population() >= pop) {
        // the region of the largest city of that name, not of the last one read
        pop = e.population();
        admin1 = e.admin1();
      }
    }
    int flags = seats.contains(key) ? PlaceEntry.SUPRANATIONAL_SEAT : 0;
    table.addPlace(name, PlaceKind.CAPITAL, code, admin1, pop, flags, name);
  }
}
