package org.nutgraf.tools.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team's own places: what GeoNames lacks or spells otherwise. */
class TeamPlacesTest {
  @TempDir Path dir;
  private EntryTable table;

  @BeforeEach
  void table() throws IOException {
    table = SmallTables.table(dir, Set.of(), Set.of());
  }

  @Test
  void placesAreAddedWithTheirKindAndRoughPopulation() throws IOException {
    SmallTables.write(
        dir,
        "data/gazetteer/places.tsv",
        "# code\tname\tkind\tpopulation",
        "ZV\tOld Harbour\tcity\t 40000 ",
        "QR\tGrey Hills\tregion",
        "--\tThe Straits\tplace\t0");
    TeamPlaces.read(dir.resolve("data"), table);
    assertEquals(
        List.of("CITY ZV Old Harbour"), SmallTables.entries(table.gazetteer(), "Old Harbour"));
    assertEquals(40_000, table.gazetteer().lookup("Old Harbour").get(0).population());
    assertEquals(
        List.of("REGION QR Grey Hills"), SmallTables.entries(table.gazetteer(), "Grey Hills"));
    assertEquals(
        List.of("SUPRANATIONAL  The Straits"),
        SmallTables.entries(table.gazetteer(), "The Straits"));
  }

  @Test
  void anUnknownCountryOrKindIsAnErrorNamingFileAndLine() throws IOException {
    Path file = SmallTables.write(dir, "data/gazetteer/places.tsv", "XX\tNowhere\tcity");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> TeamPlaces.read(dir.resolve("data"), table));
    assertEquals(file + ":1: unknown country code XX", e.getMessage());
    SmallTables.write(dir, "data/gazetteer/places.tsv", "ZV\tSomewhere\tvillage");
    e =
        assertThrows(
            IllegalArgumentException.class, () -> TeamPlaces.read(dir.resolve("data"), table));
    assertEquals(true, e.getMessage().startsWith(file + ":1: "), e.getMessage());
  }
}
