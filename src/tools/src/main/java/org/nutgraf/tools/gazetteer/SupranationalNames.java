package org.nutgraf.tools.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.nutgraf.text.TokenKey;

/**
 * Reads the team's {@code supranational.tsv}: names above or across countries ("Central America"),
 * which resolve to none, and, in rows starting {@code @seat}, the cities that seat a body of many
 * countries.
 */
final class SupranationalNames {
  private SupranationalNames() {}

  /**
   * Adds the names of {@code gazetteer/supranational.tsv} of {@code data} to {@code table}.
   *
   * @return the folded names of the seats
   */
  static Set<String> read(Path data, EntryTable table) throws IOException {
    Set<String> seats = new HashSet<>();
    TeamTables.read(
        data,
        "gazetteer/supranational.tsv",
        1,
        f -> {
          if (f[0].equals("@seat")) {
            seats.add(TokenKey.of(f[1]));
          } else {
            table.addSupranational(f[0], 0);
          }
        });
    return seats;
  }
}
