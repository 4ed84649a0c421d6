package org.nutgraf.tools.gazetteer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks the team's actor dictionary and copies it into the library's resources. */
final class ActorsTable {
  private ActorsTable() {}

  /**
   * Copies {@code actors/actors.tsv} of {@code data} to {@code org/nutgraf/entity/actors.tsv} of
   * {@code resources}.
   *
   * @throws IllegalArgumentException naming the file and line of a row without 6 columns, or of a
   *     person affiliated with a country other than on an earlier row
   */
  static void copy(Path data, Path resources) throws IOException {
    Path source = data.resolve("actors/actors.tsv");
    List<String> rows = Files.readAllLines(source);
    Map<String, String> countryOf = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      String row = rows.get(i);
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] f = row.split("\t", -1);
      String where = source + ":" + (i + 1) + ": ";
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
    Path actors = resources.resolve("org/nutgraf/entity/actors.tsv");
    Files.createDirectories(actors.getParent());
    Files.write(actors, rows, StandardCharsets.UTF_8);
  }
}
