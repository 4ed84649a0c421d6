package org.nutgraf.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^s. Immutable. */
final class Zipf {
  private final double[] cumulative;

  Zipf(int n, double s) {
    this(powerLaw(n, s));
  }

  /** Ranks drawn in proportion to {@code weights} instead of a power law. */
  Zipf(double[] weights) {
    cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      cumulative[i] = sum;
    }
    for (int i = 0; i < weights.length; i++) {
      cumulative[i] /= sum;
    }
  }

  /** The weights 1 / (rank + 1)^s of ranks 0..n-1. */
  private static double[] powerLaw(int n, double s) {
    if (n < 1) {
      throw new IllegalArgumentException("n: must be >= 1, was " + n);
    }
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      weights[i] = 1 / Math.pow(i + 1, s);
    }
    return weights;
  }

  int size() {
    return cumulative.length;
  }

  /** The probability of {@code rank}. */
  double probability(int rank) {
    return rank == 0 ? cumulative[0] : cumulative[rank] - cumulative[rank - 1];
  }

  int sample(SplittableRandom random) {
    int i = Arrays.binarySearch(cumulative, random.nextDouble());
    i = i >= 0 ? i : -i - 1;
    return Math.min(i, cumulative.length - 1);
  }
}
