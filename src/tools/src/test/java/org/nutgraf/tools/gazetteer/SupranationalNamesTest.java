package org.nutgraf.tools.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names above or across countries, and the cities that seat a body of many countries. */
class SupranationalNamesTest {
  @TempDir Path dir;

  @Test
  void namesResolveToNoCountryAndSeatsAreReturnedFolded() throws IOException {
    EntryTable table = SmallTables.table(dir, Set.of(), Set.of());
    SmallTables.write(
        dir, "data/gazetteer/supranational.tsv", "# name", "Northern Reach", "@seat\tBrüssa");
    Set<String> seats = SupranationalNames.read(dir.resolve("data"), table);
    assertEquals(Set.of("brussa"), seats);
    assertEquals(
        List.of("SUPRANATIONAL  Northern Reach"),
        SmallTables.entries(table.gazetteer(), "Northern Reach"));
    assertTrue(table.isCountryLevel("northern reach"));
  }
}
