package org.nutgraf.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Spanish names: demonym forms, country names and exonyms, and words that are no places. */
class SpanishNamesTest {
  private static final Gazetteer SPANISH = Gazetteer.spanish();

  @Test
  void aDemonymInOGivesItsFourGendersAndNumbers() {
    assertEquals(
        List.of("peruano", "peruana", "peruanos", "peruanas"), SpanishNames.forms("peruano"));
  }

  @Test
  void demonymsInEsAndAnLoseTheirAccentOutsideTheSingular() {
    assertEquals(
        List.of("francés", "francesa", "franceses", "francesas"), SpanishNames.forms("francés"));
    assertEquals(
        List.of("alemán", "alemana", "alemanes", "alemanas"), SpanishNames.forms("alemán"));
  }

  @Test
  void otherEndingsTakeTheirOwnForms() {
    assertEquals(
        List.of("español", "española", "españoles", "españolas"), SpanishNames.forms("español"));
    assertEquals(List.of("iraní", "iraníes", "iranís"), SpanishNames.forms("iraní"));
    assertEquals(List.of("belga", "belgas"), SpanishNames.forms("belga"));
    assertEquals(List.of("canadiense", "canadienses"), SpanishNames.forms("canadiense"));
    assertEquals(List.of("andorrà"), SpanishNames.forms("andorrà"));
  }

  @Test
  void demonymsCountInLowerCaseAndNameTheirCountry() {
    PlaceEntry e = only(SPANISH.lookup("hondureñas"), PlaceKind.DEMONYM);
    assertEquals("HN", e.country());
    assertTrue(e.has(PlaceEntry.LOWER_CASE_FORM));
    assertTrue(SPANISH.hasLowerCaseForms());
    assertFalse(Gazetteer.defaults().hasLowerCaseForms());
  }

  @Test
  void spanishCountryNamesAndExonymsAreAdded() {
    assertEquals("US", only(SPANISH.lookup("Estados Unidos"), PlaceKind.COUNTRY).country());
    assertEquals("GB", only(SPANISH.lookup("Londres"), PlaceKind.CAPITAL).country());
  }

  @Test
  void aSpanishCapitalRanksAsLargeAsItsCountry() {
    PlaceEntry londres = only(SPANISH.lookup("Londres"), PlaceKind.CAPITAL);
    assertEquals(SPANISH.country("GB").orElseThrow().population(), londres.population());
  }

  @Test
  void thePalestinianTerritoriesHaveTheirSpanishNames() {
    assertEquals("PS", only(SPANISH.lookup("Franja de Gaza"), PlaceKind.REGION).country());
    assertEquals("PS", only(SPANISH.lookup("Cisjordania"), PlaceKind.REGION).country());
  }

  @Test
  void aCapitalMarkedSeatAlsoStandsForTheBodyAboveTheCountry() {
    PlaceEntry bruselas = only(SPANISH.lookup("Bruselas"), PlaceKind.CAPITAL);
    assertEquals("BE", bruselas.country());
    assertTrue(bruselas.has(PlaceEntry.SUPRANATIONAL_SEAT));
  }

  @Test
  void spanishWordsThatAreAlsoPlaceNamesAreRemoved() {
    assertFalse(Gazetteer.defaults().lookup("Libertad").isEmpty());
    assertTrue(SPANISH.lookup("Libertad").isEmpty());
    assertTrue(SPANISH.lookup("Para").isEmpty());
  }

  private static PlaceEntry only(List<PlaceEntry> entries, PlaceKind kind) {
    List<PlaceEntry> of = entries.stream().filter(e -> e.kind() == kind).toList();
    assertEquals(1, of.size(), entries.toString());
    return of.get(0);
  }
}
