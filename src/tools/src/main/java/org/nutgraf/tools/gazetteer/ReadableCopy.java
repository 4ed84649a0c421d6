package org.nutgraf.tools.gazetteer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nutgraf.gazetteer.Country;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.gazetteer.PlaceEntry;

/** Writes a readable copy of a gazetteer, one row a country or name: for review, never loaded. */
final class ReadableCopy {
  private ReadableCopy() {}

  /** Writes {@code g} to {@code file} as tab-separated rows, countries first. */
  static void write(Gazetteer g, Path file) throws IOException {
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
}
