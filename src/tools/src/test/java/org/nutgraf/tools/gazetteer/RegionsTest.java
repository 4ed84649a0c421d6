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

/** First-level regions: their names, cleaned names, aliases and summed populations. */
class RegionsTest {
  @TempDir Path dir;
  private EntryTable table;
  private GeoNamesCities cities;
  private Regions regions;

  @BeforeEach
  void read() throws IOException {
    table = SmallTables.table(dir, Set.of(), Set.of("north"));
    cities = new GeoNamesCities(table, Set.of(), 100_000);
    cities.readCities(
        SmallTables.write(
            dir,
            "geonames/cities15000.txt",
            SmallTables.city(1, "Port Ilse", "Port Ilse", "", "PPLC", "ZV", "01", 900_000),
            SmallTables.city(2, "Vantry", "Vantry", "", "PPL", "ZV", "01", 60_000)));
    SmallTables.write(
        dir,
        "geonames/admin1CodesASCII.txt",
        "ZV.01\tIlse Próvince\tIlse Province\t101",
        "ZV.02\tNorth Province\tNorth Province\t102",
        "XX.01\tNowhere Land\tNowhere Land\t103");
    regions = Regions.read(dir.resolve("geonames"));
    regions.add(table, cities, Set.of("north"));
  }

  @Test
  void aRegionIsAddedUnderItsNameAsciiNameAndCleanedNameWithCitiesPopulation() {
    // the ASCII name cleans to "Ilse"; the name with its accent stays as it is
    for (String name : List.of("Ilse Próvince", "Ilse Province", "Ilse")) {
      List<PlaceEntry> found =
          table.gazetteer().lookup(name).stream().filter(e -> e.name().equals(name)).toList();
      assertEquals(1, found.size(), name);
      assertEquals("ZV.01", found.get(0).admin1());
      assertEquals(960_000, found.get(0).population());
      assertEquals("Ilse Próvince", found.get(0).label(), "labelled with its main name, cleaned");
    }
  }

  @Test
  void aCleanedNameThatIsACommonWordIsNotAdded() {
    String cleaned = RegionNames.clean("North Province");
    assertEquals("North", cleaned, "the cleaning this test relies on");
    assertEquals(List.of(), table.gazetteer().lookup("North"));
    assertEquals(1, table.gazetteer().lookup("North Province").size());
  }

  @Test
  void aRegionOfAnUnknownCountryIsLeftOut() {
    assertEquals(List.of(), table.gazetteer().lookup("Nowhere Land"));
  }

  @Test
  void anAliasIsAddedAsItsRegion() throws IOException {
    SmallTables.write(
        dir, "data/gazetteer/region-aliases.tsv", "# code\talias", "ZV.01\tIlse Prov.");
    regions.readAliases(dir.resolve("data"), table, cities);
    PlaceEntry e = table.gazetteer().lookup("Ilse Prov.").get(0);
    assertEquals("ZV.01", e.admin1());
    assertEquals("ZV", e.country());
    assertEquals(960_000, e.population());
  }

  @Test
  void aTwoCapitalAliasCountsOnlyWrittenSo() throws IOException {
    SmallTables.write(
        dir, "data/gazetteer/region-aliases.tsv", "# code\talias", "ZV.01\tIP", "ZV.01\tIlp.");
    regions.readAliases(dir.resolve("data"), table, cities);
    assertTrue(table.gazetteer().lookup("IP").get(0).has(PlaceEntry.EXACT_CASE));
    assertFalse(table.gazetteer().lookup("Ilp.").get(0).has(PlaceEntry.EXACT_CASE));
  }

  @Test
  void anAliasOfAnUnknownCodeIsAnErrorNamingFileAndLine() throws IOException {
    Path file = SmallTables.write(dir, "data/gazetteer/region-aliases.tsv", "ZV.77\tSomewhere");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> regions.readAliases(dir.resolve("data"), table, cities));
    assertEquals(file + ":1: unknown admin1 code ZV.77", e.getMessage());
  }
}
