package org.nutgraf.tools.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.gazetteer.Country;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.gazetteer.PlaceKind;

/** The rules that decide between two claims to one name. */
class EntryTableTest {
  @TempDir Path dir;
  private EntryTable table;

  @BeforeEach
  void emptyTable() throws IOException {
    Files.createDirectories(dir.resolve("gazetteer"));
    Files.write(dir.resolve("gazetteer/lower-homonyms.tsv"), List.of("# none"));
    Files.write(dir.resolve("gazetteer/not-places.tsv"), List.of("# none"));
    table = new EntryTable(NameFlags.read(new NameLexicons(Set.of(), Set.of()), dir));
    table.addCountry(new Country("AM", "Armenia", "Yerevan", 3_000_000));
    table.addCountry(new Country("CO", "Colombia", "Bogota", 50_000_000));
    table.addCountry(new Country("GE", "Georgia", "Tbilisi", 3_700_000));
  }

  @Test
  void theFirstCountryToClaimANameKeepsIt() {
    table.addCountryLevel("Georgians", PlaceKind.DEMONYM, "GE", 0, 0);
    table.addCountryLevel("Georgians", PlaceKind.DEMONYM, "AM", 0, 0);
    Gazetteer g = table.gazetteer();
    assertEquals(List.of("GE"), g.lookup("Georgians").stream().map(e -> e.country()).toList());
  }

  @Test
  void anOfficialNameWinsOverAnotherCountrysAlias() {
    table.addCountryLevel("Armenia", PlaceKind.ALIAS, "CO", 0, 0);
    table.addCountryLevel("Armenia", PlaceKind.COUNTRY, "AM", 0, 0);
    assertEquals(
        List.of("AM"), table.gazetteer().lookup("Armenia").stream().map(e -> e.country()).toList());
  }

  @Test
  void aCityNeverShadowsAnotherCountrysName() {
    table.addCountryLevel("Armenia", PlaceKind.COUNTRY, "AM", 0, 0);
    table.addPlace("Armenia", PlaceKind.CITY, "CO", "CO.24", 300_000, 0, "Armenia");
    assertTrue(
        table.gazetteer().lookup("Armenia").stream().allMatch(e -> e.kind() == PlaceKind.COUNTRY));
  }

  @Test
  void ofTwoEqualEntriesTheMorePopulousStays() {
    table.addPlace("Rustavi", PlaceKind.CITY, "GE", "GE.04", 100_000, 0, "Rustavi");
    table.addPlace("Rustavi", PlaceKind.CITY, "GE", "GE.04", 125_000, 0, "Rustavi");
    table.addPlace("Rustavi", PlaceKind.CITY, "GE", "GE.04", 90_000, 0, "Rustavi");
    assertEquals(125_000, table.gazetteer().lookup("Rustavi").get(0).population());
    assertEquals(1, table.entryCount());
  }

  @Test
  void removingCitiesReturnsThemInAddedOrder() {
    table.addPlace("Tbilisi", PlaceKind.CITY, "GE", "GE.51", 1_100_000, 0, "Tbilisi");
    table.addPlace("Tbilisi", PlaceKind.CITY, "GE", "GE.52", 900, 0, "Tbilisi");
    assertEquals(
        List.of("GE.51", "GE.52"),
        table.removeCities("GE", "tbilisi").stream().map(e -> e.admin1()).toList());
    assertEquals(0, table.entryCount());
  }
}
