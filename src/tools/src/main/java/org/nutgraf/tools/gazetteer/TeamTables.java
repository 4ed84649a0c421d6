package org.nutgraf.tools.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Reads the team's hand-written tables under {@code src/data}. */
final class TeamTables {
  private TeamTables() {}

  /**
   * Calls {@code row} with the stripped fields of every row of {@code data/relative}:
   * tab-separated, '#' comments, strict UTF-8.
   *
   * @throws IllegalArgumentException naming the file and line when a row has fewer than {@code min}
   *     columns or {@code row} refuses it
   */
  static void read(Path data, String relative, int min, Consumer<String[]> row) throws IOException {
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
}
