package org.nutgraf.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DateIntervalTest {

  @Test
  void namesAreReadIgnoringCaseAndSurroundingSpace() {
    assertEquals(DateInterval.DAY, DateInterval.of("day"));
    assertEquals(DateInterval.MONTH, DateInterval.of(" Month "));
    assertEquals(DateInterval.YEAR, DateInterval.of("YEAR"));
  }

  @Test
  void anUnknownNameIsRefusedListingTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DateInterval.of("week"));

    assertEquals("unknown date interval \"week\" (use day, month or year)", e.getMessage());
  }
}
