package org.nutgraf.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateFacetRequestTest {
  private static final DateRange Q1 =
      DateRange.of("Q1", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31));

  @Test
  void byIntervalHasNoRanges() {
    DateFacetRequest r = DateFacetRequest.by(DateInterval.MONTH);

    assertEquals(Optional.of(DateInterval.MONTH), r.interval());
    assertTrue(r.ranges().isEmpty());
  }

  @Test
  void byRangesKeepsTheirOrderAndHasNoInterval() {
    DateRange q2 = DateRange.of("Q2", LocalDate.of(2023, 4, 1), LocalDate.of(2023, 6, 30));
    DateFacetRequest r = DateFacetRequest.ranges(q2, Q1);

    assertEquals(List.of(q2, Q1), r.ranges());
    assertTrue(r.interval().isEmpty());
  }

  @Test
  void neitherOrBothAreRefused() {
    String message = "date facet: give either an interval or ranges";

    assertEquals(
        message,
        assertThrows(
                IllegalArgumentException.class, () -> DateFacetRequest.ranges(new DateRange[0]))
            .getMessage());
    assertEquals(
        message,
        assertThrows(
                IllegalArgumentException.class,
                () -> new DateFacetRequest(Optional.of(DateInterval.DAY), List.of(Q1)))
            .getMessage());
  }

  @Test
  void theRangesAreCopied() {
    List<DateRange> ranges = new ArrayList<>(List.of(Q1));
    DateFacetRequest r = new DateFacetRequest(Optional.empty(), ranges);
    ranges.clear();

    assertEquals(List.of(Q1), r.ranges());
  }
}
