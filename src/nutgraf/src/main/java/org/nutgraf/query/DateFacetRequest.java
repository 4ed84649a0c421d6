package org.nutgraf.query;

import java.util.List;
import java.util.Optional;

/**
 * Counts of paragraphs by publication date: in buckets of a fixed width, or in named ranges.
 *
 * @param interval the bucket width, when counting by day, month or year
 * @param ranges the named ranges, when counting by custom ranges
 */
public record DateFacetRequest(Optional<DateInterval> interval, List<DateRange> ranges) {
  public DateFacetRequest {
    ranges = List.copyOf(ranges);
    if (interval.isPresent() == !ranges.isEmpty()) {
      throw new IllegalArgumentException("date facet: give either an interval or ranges");
    }
  }

  /** Buckets of one day, month or year. */
  public static DateFacetRequest by(DateInterval interval) {
    return new DateFacetRequest(Optional.of(interval), List.of());
  }

  /** Named ranges. */
  public static DateFacetRequest ranges(DateRange... ranges) {
    return new DateFacetRequest(Optional.empty(), List.of(ranges));
  }
}
