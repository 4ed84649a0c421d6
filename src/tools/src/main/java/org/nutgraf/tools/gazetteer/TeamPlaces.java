package org.nutgraf.tools.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import org.nutgraf.gazetteer.PlaceKind;

/**
 * Reads the team's {@code places.tsv}: places news names that GeoNames lacks or spells otherwise
 * (code, name, kind, rough population); code {@code --} makes a supranational name.
 */
final class TeamPlaces {
  private TeamPlaces() {}

  /**
   * Adds the places of {@code gazetteer/places.tsv} of {@code data}.
   *
   * @throws IllegalArgumentException naming the file and line for an unknown country code or kind
   */
  static void read(Path data, EntryTable table) throws IOException {
    TeamTables.read(
        data,
        "gazetteer/places.tsv",
        3,
        f -> {
          String code = f[0];
          long pop = f.length > 3 && !f[3].isBlank() ? Long.parseLong(f[3].strip()) : 0;
          PlaceKind kind = PlaceKind.of(f[2]);
          if (code.equals("--")) {
            table.addSupranational(f[1], pop);
            return;
          }
          if (!table.hasCountry(code)) {
            throw new IllegalArgumentException("unknown country code " + code);
          }
          table.addPlace(f[1], kind, code, "", pop, 0, f[1]);
        });
  }
}
