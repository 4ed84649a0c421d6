package org.nutgraf.tools.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** Cities from a GeoNames cities file: which are kept, under which names, and region sums. */
class GeoNamesCitiesTest {
  @TempDir Path dir;
  private EntryTable table;
  private GeoNamesCities cities;

  @BeforeEach
  void read() throws IOException {
    table = SmallTables.table(dir, Set.of(), Set.of("old", "port", "white", "house"));
    cities = new GeoNamesCities(table, Set.of("old", "port", "white", "house"), 100_000);
    cities.readCities(
        SmallTables.write(
            dir,
            "cities15000.txt",
            SmallTables.city(
                1,
                "Port Ilse",
                "Port Ilse",
                "Ilsburg,PI,Old Port,White House,Ilse-2,Порт Илсе,Ilsestad",
                "PPLC",
                "ZV",
                "01",
                900_000),
            SmallTables.city(2, "Vantry", "Vantry", "Vantrytown", "PPL", "ZV", "01", 60_000),
            SmallTables.city(3, "Old Kelm", "Old Kelm", "", "PPLH", "ZV", "01", 80_000),
            SmallTables.city(4, "Dunside", "Dunside", "", "PPLX", "ZV", "02", 20_000),
            SmallTables.city(5, "Greater Vane", "Greater Vane", "", "PPLX", "ZV", "02", 70_000),
            SmallTables.city(6, "Farholt", "Farholt", "", "PPL", "XX", "01", 500_000),
            SmallTables.city(7, "Dunmere", "Dunmere", "", "PPLC", "QR", "03", 300_000)));
  }

  private Gazetteer g() {
    return table.gazetteer();
  }

  @Test
  void aCityIsAddedUnderItsNameLabelledWithIt() {
    assertEquals(List.of("CITY ZV Port Ilse"), SmallTables.entries(g(), "Port Ilse"));
    PlaceEntry e = g().lookup("Port Ilse").get(0);
    assertEquals("ZV.01", e.admin1());
    assertEquals(900_000, e.population());
    assertFalse(e.has(PlaceEntry.ALTERNATE));
  }

  @Test
  void aLargeCitysUsableAlternateNamesAreAddedFlaggedAsAlternates() {
    for (String alt : List.of("Ilsburg", "Ilsestad")) {
      List<PlaceEntry> found = g().lookup(alt);
      assertEquals(1, found.size(), alt);
      assertTrue(found.get(0).has(PlaceEntry.ALTERNATE), alt);
      assertEquals("Port Ilse", found.get(0).label(), alt);
    }
  }

  @Test
  void abbreviationsDigitsOtherScriptsAndPlainWordsAreNoAlternates() {
    for (String alt : List.of("PI", "Ilse-2", "Порт Илсе", "Old Port", "White House")) {
      assertEquals(List.of(), g().lookup(alt), alt);
    }
  }

  @Test
  void aSmallCitysAlternateNamesAreLeftOut() {
    assertEquals(List.of("CITY ZV Vantry"), SmallTables.entries(g(), "Vantry"));
    assertEquals(List.of(), g().lookup("Vantrytown"));
  }

  @Test
  void belowTheAlternatesPopulationOnlyLongSpellingVariantsOfTheNameAreAdded() throws IOException {
    EntryTable t = SmallTables.table(dir, Set.of(), Set.of());
    GeoNamesCities c = new GeoNamesCities(t, Set.of(), 1_000_000);
    c.readCities(
        SmallTables.write(
            dir,
            "variants.txt",
            SmallTables.city(
                11,
                "Kelmária",
                "Kelmaria",
                "Kelmarie,Kelmarianburg,Dolvatograd,Kelm",
                "PPLA",
                "ZV",
                "01",
                400_000),
            SmallTables.city(12, "Tarn", "Tarn", "Tarns", "PPLA", "ZV", "02", 400_000),
            SmallTables.city(13, "Ostravel", "Ostravel", "Ostrevel", "PPL", "ZV", "02", 90_000)));
    Gazetteer g = t.gazetteer();
    // one edit from the folded name ("kelmaria"), a long enough name
    assertEquals(List.of("CITY ZV Kelmária"), labels(g, "Kelmarie"));
    assertTrue(g.lookup("Kelmarie").get(0).has(PlaceEntry.ALTERNATE));
    // another word, a translation or a short form: the name of something else as often
    for (String other : List.of("Kelmarianburg", "Dolvatograd", "Kelm")) {
      assertEquals(List.of(), g.lookup(other), other);
    }
    assertEquals(List.of(), g.lookup("Tarns"), "a short name: one letter makes another word");
    assertEquals(List.of(), g.lookup("Ostrevel"), "a town under 100,000");
  }

  private static List<String> labels(Gazetteer g, String name) {
    return g.lookup(name).stream()
        .map(e -> e.kind() + " " + e.country() + " " + e.label())
        .toList();
  }

  @Test
  void historicalPlacesSmallSectionsAndUnknownCountriesAreLeftOut() {
    assertEquals(List.of(), g().lookup("Old Kelm"), "historical");
    assertEquals(List.of(), g().lookup("Dunside"), "a city section of 20,000");
    assertEquals(List.of("CITY ZV Greater Vane"), SmallTables.entries(g(), "Greater Vane"));
    assertEquals(List.of(), g().lookup("Farholt"), "a country the table lacks");
  }

  @Test
  void aRegionsPopulationIsTheSumOfItsCitiesRead() {
    assertEquals(960_000, cities.populationOf("ZV.01"), "Port Ilse and Vantry, not Old Kelm");
    assertEquals(70_000, cities.populationOf("ZV.02"));
    assertEquals(0, cities.populationOf("ZV.09"));
  }
}
