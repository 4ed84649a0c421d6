package org.nutgraf.search;

import java.util.List;
import org.nutgraf.query.Dimension;

/**
 * Counts of one dimension: the top values by count then label, selected values always included.
 *
 * @param dimension the dimension
 * @param values the values, by count (descending) then label
 * @param distinctValues how many distinct values were counted in all
 * @param countErrorBound how many paragraphs a count may miss: 0 when every count is exact, as on
 *     the embedded index; on a cluster, OpenSearch's {@code doc_count_error_upper_bound}, the most
 *     paragraphs a value may have that some shard left out of its top list (so it is missing or
 *     counted low)
 */
public record FacetResult(
    Dimension dimension, List<FacetValue> values, int distinctValues, long countErrorBound) {
  /**
   * Checks the bound.
   *
   * @throws IllegalArgumentException if {@code countErrorBound} is negative
   */
  public FacetResult {
    values = List.copyOf(values);
    if (countErrorBound < 0) {
      throw new IllegalArgumentException("countErrorBound: must not be negative");
    }
  }

  /** Exact counts ({@code countErrorBound} 0). */
  public FacetResult(Dimension dimension, List<FacetValue> values, int distinctValues) {
    this(dimension, values, distinctValues, 0);
  }
}
