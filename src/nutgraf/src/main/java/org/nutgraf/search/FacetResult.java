package org.nutgraf.search;

import java.util.List;
import org.nutgraf.query.Dimension;

/**
 * Counts of one dimension: the top values by count then label, selected values always included.
 *
 * @param dimension the dimension
 * @param values the values, by count (descending) then label
 * @param distinctValues how many distinct values were counted in all
 */
public record FacetResult(Dimension dimension, List<FacetValue> values, int distinctValues) {
  public FacetResult {
    values = List.copyOf(values);
  }
}
