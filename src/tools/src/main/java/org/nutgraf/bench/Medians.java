package org.nutgraf.bench;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The bench's arithmetic: the median of a few measurements, which one slow or fast run cannot move
 * the way it moves a best-of or a mean.
 */
final class Medians {
  private Medians() {}

  /**
   * The median of {@code values}: the middle one, or the mean of the two middle ones for an even
   * count; empty when there is none. NaN values are left out.
   */
  static OptionalDouble median(List<Double> values) {
    double[] v =
        values.stream().mapToDouble(Double::doubleValue).filter(x -> !Double.isNaN(x)).toArray();
    if (v.length == 0) {
      return OptionalDouble.empty();
    }
    Arrays.sort(v);
    int mid = v.length / 2;
    return OptionalDouble.of(v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2);
  }

  /**
   * How fast {@code engine} ran against {@code baseline} on the same work: {@code baselineCost /
   * engineCost}, so 1.0 means as fast and 0.5 half as fast; NaN when either cost is not positive.
   */
  static double speedRatio(double engineCost, double baselineCost) {
    if (!(engineCost > 0) || !(baselineCost > 0)) {
      return Double.NaN;
    }
    return baselineCost / engineCost;
  }
}
