package org.nutgraf.tools.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;

/** The readable copy of a gazetteer: a comment head, countries, then one row a name. */
class ReadableCopyTest {
  @TempDir Path dir;

  @Test
  void countriesComeFirstThenEachEntryWithItsColumns() throws IOException {
    EntryTable table = SmallTables.table(dir, Set.of(), Set.of());
    table.addPlace(
        "Port Ilse", PlaceKind.CITY, "ZV", "ZV.01", 900_000, PlaceEntry.ALTERNATE, "Ilse");
    Path out = dir.resolve("gazetteer.tsv");
    ReadableCopy.write(table.gazetteer(), out);
    List<String> lines = Files.readAllLines(out);
    assertTrue(lines.get(0).startsWith("# Nutgraf gazetteer, readable copy."), lines.get(0));
    assertTrue(lines.get(1).startsWith("# C code name capital population"), lines.get(1));
    assertEquals(
        List.of(
            "C\tQR\tQuarrel Republic\tDunmere\t4000000",
            "C\tRM\tRimland\tOsk\t800000",
            "C\tZV\tZavonia\tPort Ilse\t12000000",
            "P\tcity\tZV\tZV.01\t900000\t" + PlaceEntry.ALTERNATE + "\tPort Ilse\tIlse"),
        lines.subList(2, lines.size()));
  }
}
