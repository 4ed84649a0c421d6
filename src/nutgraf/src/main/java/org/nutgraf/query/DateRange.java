package org.nutgraf.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A named range of publication dates for a custom date facet: {@code from} inclusive, {@code to}
 * exclusive.
 */
public record DateRange(String label, Instant from, Instant to) {
  public DateRange {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException(
          "date range \"" + label + "\": from " + from + " is not before to " + to);
    }
  }

  /** Whole days, UTC, both ends included. */
  public static DateRange of(String label, LocalDate first, LocalDate last) {
    return new DateRange(
        label,
        first.atStartOfDay(ZoneOffset.UTC).toInstant(),
        last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
