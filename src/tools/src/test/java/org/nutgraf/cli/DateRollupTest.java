package org.nutgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.nutgraf.query.DateInterval;
import org.nutgraf.search.DateBucket;

/** Wider date counts summed from the finest ones the index counted. */
class DateRollupTest {
  private static Instant day(String d) {
    return LocalDate.parse(d).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static DateBucket daily(String d, long count) {
    return new DateBucket(d, day(d), day(d).plusSeconds(86_400), count);
  }

  private static final List<DateBucket> DAYS =
      List.of(
          daily("2020-12-31", 1),
          daily("2021-01-05", 2),
          daily("2021-01-20", 3),
          daily("2021-02-01", 4),
          daily("2021-02-28", 5));

  @Test
  void theFinestWidthIsCounted() {
    assertEquals(
        DateInterval.DAY,
        DateRollup.finest(List.of(DateInterval.YEAR, DateInterval.DAY, DateInterval.MONTH)));
    assertEquals(
        DateInterval.MONTH, DateRollup.finest(List.of(DateInterval.YEAR, DateInterval.MONTH)));
    assertThrows(NoSuchElementException.class, () -> DateRollup.finest(List.of()));
  }

  @Test
  void daysSumToMonthsWithWholeMonthBounds() {
    assertEquals(
        List.of(
            new DateBucket("2020-12", day("2020-12-01"), day("2021-01-01"), 1),
            new DateBucket("2021-01", day("2021-01-01"), day("2021-02-01"), 5),
            new DateBucket("2021-02", day("2021-02-01"), day("2021-03-01"), 9)),
        DateRollup.rollUp(DAYS, DateInterval.MONTH));
  }

  @Test
  void daysSumToYears() {
    assertEquals(
        List.of(
            new DateBucket("2020", day("2020-01-01"), day("2021-01-01"), 1),
            new DateBucket("2021", day("2021-01-01"), day("2022-01-01"), 14)),
        DateRollup.rollUp(DAYS, DateInterval.YEAR));
  }

  @Test
  void daysAtDayWidthStayAsTheyAre() {
    assertEquals(DAYS, DateRollup.rollUp(DAYS, DateInterval.DAY));
  }

  @Test
  void monthsSumToYearsAndNoBucketsGiveNone() {
    List<DateBucket> months =
        List.of(
            new DateBucket("2021-01", day("2021-01-01"), day("2021-02-01"), 7),
            new DateBucket("2021-11", day("2021-11-01"), day("2021-12-01"), 8));
    assertEquals(
        List.of(new DateBucket("2021", day("2021-01-01"), day("2022-01-01"), 15)),
        DateRollup.rollUp(months, DateInterval.YEAR));
    assertEquals(List.of(), DateRollup.rollUp(List.of(), DateInterval.MONTH));
  }
}
