package org.nutgraf.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SortOrderTest {

  @Test
  void namesAreReadIgnoringCaseAndSurroundingSpace() {
    assertEquals(SortOrder.RELEVANCE, SortOrder.of("relevance"));
    assertEquals(SortOrder.NEWEST, SortOrder.of("Newest "));
    assertEquals(SortOrder.OLDEST, SortOrder.of("OLDEST"));
  }

  @Test
  void anUnknownNameIsRefusedListingTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SortOrder.of("date"));

    assertEquals("unknown sort \"date\" (use relevance, newest or oldest)", e.getMessage());
  }
}
