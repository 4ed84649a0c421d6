package org.nutgraf.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DimensionTest {

  @Test
  void everyDimensionIsFoundByItsFieldNameIgnoringCaseAndSpace() {
    for (Dimension d : Dimension.values()) {
      assertEquals(d, Dimension.of(d.fieldName()));
      assertEquals(d, Dimension.of(" " + d.fieldName().toUpperCase(Locale.ROOT) + " "));
    }
  }

  @Test
  void fieldNamesAreTheDocumentedOnes() {
    assertEquals("country", Dimension.COUNTRY.fieldName());
    assertEquals("actor", Dimension.ACTOR.fieldName());
    assertEquals("source", Dimension.SOURCE.fieldName());
    assertEquals("place", Dimension.PLACE.fieldName());
    assertEquals("language", Dimension.LANGUAGE.fieldName());
  }

  @Test
  void anUnknownNameIsRefusedListingTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Dimension.of("person"));

    assertEquals(
        "unknown facet dimension \"person\" (known: country, actor, source, place, language)",
        e.getMessage());
  }
}
