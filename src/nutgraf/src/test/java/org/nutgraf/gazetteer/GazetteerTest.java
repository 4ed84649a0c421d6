package org.nutgraf.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private final Gazetteer g = Gazetteer.defaults();

  @Test
  void holdsEveryIsoCountryAndKosovo() {
    Set<String> codes = g.countries().stream().map(Country::code).collect(Collectors.toSet());
    for (String iso : Locale.getISOCountries()) {
      if (!iso.equals("AN") && !iso.equals("CS")) {
        assertTrue(codes.contains(iso), iso);
      }
    }
    assertTrue(codes.contains("XK"));
    assertEquals("Honduras", g.countryName("HN"));
  }

  @Test
  void looksUpNamesIgnoringCaseAndAccents() {
    assertTrue(g.lookup("san pedro sula").stream().anyMatch(e -> e.country().equals("HN")));
    assertTrue(g.lookup("CIUDAD JUAREZ").stream().anyMatch(e -> e.country().equals("MX")));
    assertEquals("HN", g.lookup("Hondurans").get(0).country());
    assertEquals(PlaceKind.DEMONYM, g.lookup("Salvadoran").get(0).kind());
  }

  @Test
  void regionNamesAreCleanedOfTypeWords() {
    assertTrue(
        g.lookup("Chiapas").stream()
            .anyMatch(e -> e.kind() == PlaceKind.REGION && e.country().equals("MX")));
    assertTrue(
        g.lookup("Cortes").stream()
            .anyMatch(e -> e.kind() == PlaceKind.REGION && e.country().equals("HN")));
  }

  @Test
  void citiesCarryPopulationForRanking() {
    PlaceEntry paris =
        g.lookup("Paris").stream().filter(e -> e.country().equals("FR")).findFirst().orElseThrow();
    assertTrue(paris.population() > 1_000_000, "population " + paris.population());
  }

  @Test
  void usIsExactCaseOnly() {
    PlaceEntry us = g.lookup("US").get(0);
    assertTrue(us.has(PlaceEntry.EXACT_CASE));
    assertEquals("US", us.country());
  }

  @Test
  void lookupIgnoresCaseAccentsAndPossessives() {
    assertEquals("CI", g.lookup("COTE D’IVOIRE").get(0).country());
    assertEquals("GT", g.lookup("Guatemala's").get(0).country());
    assertEquals("GW", g.lookup("Guinea Bissau").get(0).country());
  }

  @Test
  void usersAddOverrideRemoveAndBias() {
    Gazetteer mine =
        g.toBuilder()
            .addPlace("Paris", PlaceKind.CITY, "US")
            .remove("Reading")
            .bias("ES", 3)
            .build();
    assertEquals(1, mine.lookup("Paris").size());
    assertEquals("US", mine.lookup("Paris").get(0).country());
    assertTrue(mine.lookup("Reading").isEmpty());
    assertEquals(3.0, mine.bias("ES"));
    assertFalse(g.lookup("Reading").isEmpty(), "the defaults are unchanged");
  }

  @Test
  void overridesFileAppliesChangesAndNamesBadLines() throws IOException {
    String file = "# mine\nalias\tYankeeland\tUS\nadd\tMoultrie\tcity\tUS\t14000\nbias\tVE\t1.5\n";
    Gazetteer mine =
        GazetteerOverrides.apply(
            g, new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "mine.tsv");
    assertEquals("US", mine.lookup("yankeeland").get(0).country());
    assertEquals(14000, mine.lookup("Moultrie").get(0).population());
    assertEquals(1.5, mine.bias("VE"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                GazetteerOverrides.apply(
                    g,
                    new ByteArrayInputStream(
                        "\nadd\tX\tvillage\tUS\n".getBytes(StandardCharsets.UTF_8)),
                    "bad.tsv"));
    assertTrue(e.getMessage().startsWith("bad.tsv:2: "), e.getMessage());
  }

  @Test
  void savesAndLoadsTheSameNames() throws IOException {
    Gazetteer mine = g.toBuilder().addPlace("Moultrie", PlaceKind.CITY, "US").bias("US", 2).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    mine.save(out);
    Gazetteer back = Gazetteer.read(new ByteArrayInputStream(out.toByteArray()), "mine.bin");
    assertEquals(mine.size(), back.size());
    assertEquals(mine.lookup("Moultrie"), back.lookup("Moultrie"));
    assertEquals(mine.lookup("San Pedro Sula"), back.lookup("san pedro sula"));
    assertEquals(2.0, back.bias("US"));
  }

  @Test
  void refusesAFileThatIsNoGazetteer() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Gazetteer.read(
                    new ByteArrayInputStream("hello\n".getBytes(StandardCharsets.UTF_8)), "x.tsv"));
    assertEquals("x.tsv: not a Nutgraf gazetteer file", e.getMessage());
  }
}
