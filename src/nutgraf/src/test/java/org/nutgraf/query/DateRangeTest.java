package org.nutgraf.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {

  @Test
  void wholeDaysIncludeTheLastDay() {
    DateRange r = DateRange.of("harvest", LocalDate.of(2022, 2, 27), LocalDate.of(2022, 2, 28));

    assertEquals(Instant.parse("2022-02-27T00:00:00Z"), r.from());
    assertEquals(Instant.parse("2022-03-01T00:00:00Z"), r.to());
    assertEquals("harvest", r.label());
  }

  @Test
  void aSingleDayIsARangeOfOneDay() {
    DateRange r =
        DateRange.of("election day", LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29));

    assertEquals(Instant.parse("2024-03-01T00:00:00Z"), r.to());
  }

  @Test
  void anEmptyOrBackwardRangeIsRefusedNamingItsLabel() {
    Instant t = Instant.parse("2022-05-01T00:00:00Z");
    IllegalArgumentException empty =
        assertThrows(IllegalArgumentException.class, () -> new DateRange("spring", t, t));
    IllegalArgumentException backward =
        assertThrows(
            IllegalArgumentException.class,
            () -> DateRange.of("spring", LocalDate.of(2022, 5, 2), LocalDate.of(2022, 5, 1)));

    assertTrue(empty.getMessage().startsWith("date range \"spring\""), empty.getMessage());
    assertTrue(backward.getMessage().contains("is not before"), backward.getMessage());
  }

  @Test
  void missingPartsAreNamed() {
    Instant t = Instant.parse("2022-05-01T00:00:00Z");

    assertEquals(
        "label",
        assertThrows(NullPointerException.class, () -> new DateRange(null, t, t.plusSeconds(1)))
            .getMessage());
    assertEquals(
        "to",
        assertThrows(NullPointerException.class, () -> new DateRange("x", t, null)).getMessage());
  }
}
