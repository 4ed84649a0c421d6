package org.nutgraf.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A gazetteer entry: what it refuses, and how its flags and country are asked for. */
class PlaceEntryTest {
  private static PlaceEntry entry(String name, String country, int flags) {
    return new PlaceEntry(name, PlaceKind.CITY, country, "", 0, flags, name);
  }

  @Test
  void aBlankNameIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> entry("  ", "PE", 0));
    assertEquals("name: must not be blank", e.getMessage());
  }

  @Test
  void aCountryMustBeTwoUpperCaseLettersOrEmpty() {
    for (String bad : new String[] {"pe", "PER", "P", "P1", "Pe"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> entry("Tacna", bad, 0));
      assertEquals("country: not an ISO 3166-1 alpha-2 code: " + bad, e.getMessage());
    }
    assertTrue(entry("Tacna", "PE", 0).hasCountry());
    assertFalse(entry("Amazonia", "", 0).hasCountry());
  }

  @Test
  void nullFieldsAreNamed() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> new PlaceEntry("Tacna", PlaceKind.CITY, "PE", null, 0, 0, "Tacna"));
    assertEquals("admin1", e.getMessage());
  }

  @Test
  void hasAsksForEveryBitOfTheFlag() {
    PlaceEntry e = entry("Jordan", "JO", PlaceEntry.GIVEN_NAME | PlaceEntry.ALTERNATE);
    assertTrue(e.has(PlaceEntry.GIVEN_NAME));
    assertTrue(e.has(PlaceEntry.GIVEN_NAME | PlaceEntry.ALTERNATE));
    assertFalse(e.has(PlaceEntry.GIVEN_NAME | PlaceEntry.COMMON_WORD));
  }

  @Test
  void kindsReadTheirLabelsBackAndKnowWhichNameTheCountry() {
    for (PlaceKind k : PlaceKind.values()) {
      assertEquals(k, PlaceKind.of(" " + k.label().toUpperCase() + " "));
    }
    assertTrue(PlaceKind.DEMONYM.isCountryLevel());
    assertFalse(PlaceKind.CAPITAL.isCountryLevel());
    assertThrows(IllegalArgumentException.class, () -> PlaceKind.of("hamlet"));
  }
}
