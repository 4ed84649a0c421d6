package org.nutgraf.tools.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;

/** Bare names for "X City" cities: given only where GeoNames lists them and nothing else has X. */
class BareCityNamesTest {
  @TempDir Path dir;
  private EntryTable table;

  @BeforeEach
  void read() throws IOException {
    table = SmallTables.table(dir, Set.of("orla"), Set.of("harbour"));
    GeoNamesCities cities = new GeoNamesCities(table, Set.of("harbour"), 1_000_000);
    cities.readCities(
        SmallTables.write(
            dir,
            "cities15000.txt",
            SmallTables.city(
                1, "Tamsor City", "Tamsor City", "Tamsor,TAMSOR", "PPL", "ZV", "01", 400_000),
            SmallTables.city(2, "Krell City", "Krell City", "Krellton", "PPL", "ZV", "01", 90_000),
            SmallTables.city(3, "Brant City", "Brant City", "Brant", "PPL", "ZV", "02", 70_000),
            SmallTables.city(4, "Brant", "Brant", "", "PPL", "QR", "03", 20_000),
            SmallTables.city(5, "Orla City", "Orla City", "Orla", "PPL", "ZV", "02", 60_000),
            SmallTables.city(
                6, "Harbour City", "Harbour City", "Harbour", "PPL", "ZV", "02", 50_000),
            SmallTables.city(
                7, "Morrow City", "Morrow City", "Morrow", "PPL", "QR", "03", 40_000)));
    // a source read after the cities names a region "Morrow": the bare city name must not join it
    table.addPlace("Morrow", PlaceKind.REGION, "RM", "RM.01", 300_000, 0, "Morrow");
    cities.addBareNames();
  }

  private Gazetteer g() {
    return table.gazetteer();
  }

  @Test
  void aCityListedWithItsBareNameIsFoundByItAsAnAlternate() {
    List<PlaceEntry> found = g().lookup("Tamsor");
    assertEquals(1, found.size());
    PlaceEntry e = found.get(0);
    assertEquals("ZV", e.country());
    assertEquals("Tamsor City", e.label());
    assertEquals(400_000, e.population());
    assertTrue(e.has(PlaceEntry.ALTERNATE));
    assertEquals(List.of("CITY ZV Tamsor City"), SmallTables.entries(g(), "Tamsor City"));
  }

  @Test
  void withoutTheBareNameAmongItsAlternatesTheCityKeepsOnlyItsFullName() {
    assertEquals(List.of(), g().lookup("Krell"));
  }

  @Test
  void aBareNameThatAnotherPlaceHasStaysThatPlaces() {
    assertEquals(List.of("CITY QR Brant"), SmallTables.entries(g(), "Brant"));
    assertEquals(List.of("REGION RM Morrow"), SmallTables.entries(g(), "Morrow"));
  }

  @Test
  void aBareNameThatIsAGivenNameOrACommonWordIsLeftOut() {
    assertEquals(List.of(), g().lookup("Orla"));
    assertEquals(List.of(), g().lookup("Harbour"));
  }
}
