package org.nutgraf.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nutgraf.query.DateInterval;
import org.nutgraf.search.DateBucket;

/**
 * Date counts at several widths from one search: the index counts by the finest width asked ({@code
 * --facets year,month,day} counts by day) and the wider ones are sums of those buckets, exact
 * because every paragraph has one date and buckets are whole UTC days, months or years.
 */
final class DateRollup {
  private DateRollup() {}

  /** The finest of {@code intervals}, which must not be empty. */
  static DateInterval finest(List<DateInterval> intervals) {
    return intervals.stream().min(Enum::compareTo).orElseThrow();
  }

  /** {@code buckets}, counted at {@code finest} width in date order, summed to {@code width}. */
  static List<DateBucket> rollUp(List<DateBucket> buckets, DateInterval width) {
    Map<String, DateBucket> out = new LinkedHashMap<>();
    for (DateBucket b : buckets) {
      LocalDate day = LocalDate.ofInstant(b.from(), ZoneOffset.UTC);
      LocalDate start =
          switch (width) {
            case DAY -> day;
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
          };
      LocalDate end =
          switch (width) {
            case DAY -> start.plusDays(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
          };
      String key =
          switch (width) {
            case DAY -> start.toString();
            case MONTH -> start.toString().substring(0, 7);
            case YEAR -> Integer.toString(start.getYear());
          };
      DateBucket seen = out.get(key);
      out.put(
          key,
          new DateBucket(
              key,
              start.atStartOfDay(ZoneOffset.UTC).toInstant(),
              end.atStartOfDay(ZoneOffset.UTC).toInstant(),
              b.count() + (seen == null ? 0 : seen.count())));
    }
    return new ArrayList<>(out.values());
  }
}
