package org.nutgraf.bench;

import java.util.Arrays;

/**
 * Response times of repeated runs of one query kind, in milliseconds.
 *
 * @param runs how many runs were timed
 * @param p50Ms median
 * @param p99Ms 99th percentile (nearest rank)
 * @param maxMs slowest run
 * @param meanMs mean
 * @param meanHits mean number of matching paragraphs, to check that both engines ran the same query
 */
public record Latency(
    int runs, double p50Ms, double p99Ms, double maxMs, double meanMs, double meanHits) {

  /** Percentiles of {@code nanos}, the time of each run. */
  public static Latency of(long[] nanos, long totalHits) {
    if (nanos.length == 0) {
      throw new IllegalArgumentException("nanos: no run was timed");
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double sum = 0;
    for (long n : sorted) {
      sum += n;
    }
    return new Latency(
        sorted.length,
        ms(rank(sorted, 0.50)),
        ms(rank(sorted, 0.99)),
        ms(sorted[sorted.length - 1]),
        sum / sorted.length / 1e6,
        (double) totalHits / sorted.length);
  }

  /** The nearest-rank percentile: the least value with {@code p} of the runs at or below it. */
  static long rank(long[] sorted, double p) {
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
