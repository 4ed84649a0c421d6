package org.nutgraf.tools.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;

/** Capitals take the place of the cities of their name. */
class CapitalsTest {
  @TempDir Path dir;
  private EntryTable table;

  @BeforeEach
  void cities() throws IOException {
    table = SmallTables.table(dir, Set.of(), Set.of());
    // Zavonia's capital Port Ilse, and a small town of that name in another region read after it
    table.addPlace("Port Ilse", PlaceKind.CITY, "ZV", "ZV.01", 900_000, 0, "Port Ilse");
    table.addPlace("Port Ilse", PlaceKind.CITY, "ZV", "ZV.07", 3_000, 0, "Port Ilse");
    table.addPlace("Dunmere", PlaceKind.CITY, "QR", "QR.02", 300_000, 0, "Dunmere");
  }

  @Test
  void aCountrysCapitalReplacesItsCitiesOfThatNameKeepingTheLargest() throws IOException {
    SmallTables.write(dir, "data/gazetteer/capitals.tsv", "# code\tname");
    Capitals.read(dir.resolve("data"), Set.of(), table);
    List<PlaceEntry> found = table.gazetteer().lookup("Port Ilse");
    assertEquals(1, found.size(), found.toString());
    PlaceEntry e = found.get(0);
    assertEquals("CAPITAL", e.kind().name());
    assertEquals(900_000, e.population());
    assertEquals("ZV.01", e.admin1(), "the region of the largest city of the name");
  }

  @Test
  void theTeamsTableAddsCapitalsAndASeatIsFlagged() throws IOException {
    SmallTables.write(dir, "data/gazetteer/capitals.tsv", "QR\tDunmere");
    Capitals.read(dir.resolve("data"), Set.of("dunmere"), table);
    PlaceEntry e = table.gazetteer().lookup("Dunmere").get(0);
    assertEquals("CAPITAL", e.kind().name());
    assertTrue(e.has(PlaceEntry.SUPRANATIONAL_SEAT));
    assertFalse(table.gazetteer().lookup("Port Ilse").get(0).has(PlaceEntry.SUPRANATIONAL_SEAT));
  }

  @Test
  void anUnknownCountryInTheTableIsAnErrorNamingFileAndLine() throws IOException {
    Path file = SmallTables.write(dir, "data/gazetteer/capitals.tsv", "# c", "XX\tNowhere");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Capitals.read(dir.resolve("data"), Set.of(), table));
    assertEquals(file + ":2: unknown country code XX", e.getMessage());
  }
}
