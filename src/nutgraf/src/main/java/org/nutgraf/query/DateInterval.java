package org.nutgraf.query;

import java.util.Locale;

/** The width of date facet buckets (UTC). */
public enum DateInterval {
  DAY,
  MONTH,
  YEAR;

  /** Parses "day", "month" or "year" (case ignored). */
  public static DateInterval of(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown date interval \"" + name + "\" (use day, month or year)");
    }
  }
}
