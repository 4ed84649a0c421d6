package org.nutgraf.query;

import java.util.Objects;

/**
 * Counts of one dimension to return with the hits.
 *
 * @param dimension what to count by
 * @param top how many values to return, by count then label; defaults to 10
 * @param minCount values counted fewer times are left out (selected values excepted); defaults to 1
 */
public record FacetRequest(Dimension dimension, int top, int minCount) {
  public FacetRequest {
    Objects.requireNonNull(dimension, "dimension");
    if (top < 1 || top > 10_000) {
      throw new IllegalArgumentException("top: must be between 1 and 10000, was " + top);
    }
    if (minCount < 0) {
      throw new IllegalArgumentException("minCount: must be >= 0, was " + minCount);
    }
  }

  /** The top 10 values of {@code dimension} counted at least once. */
  public static FacetRequest of(Dimension dimension) {
    return new FacetRequest(dimension, 10, 1);
  }

  /** A copy returning the top {@code n} values. */
  public FacetRequest top(int n) {
    return new FacetRequest(dimension, n, minCount);
  }

  /** A copy leaving out values counted fewer than {@code n} times. */
  public FacetRequest minCount(int n) {
    return new FacetRequest(dimension, top, n);
  }
}
