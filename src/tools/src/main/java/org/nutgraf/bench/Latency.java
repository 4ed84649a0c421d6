package org.nutgraf.bench;

import java.util.Arrays;

/**
 * Response times of repeated runs of one query kind, in milliseconds: wall time, and the CPU time
 * of the thread that ran the query (which a busy machine does not inflate by making it wait).
 *
 * @param runs how many runs were timed
 * @param p50Ms median wall time
 * @param p99Ms 99th percentile of wall time (nearest rank)
 * @param maxMs slowest run
 * @param meanMs mean wall time
 * @param cpuP50Ms median CPU time
 * @param cpuP99Ms 99th percentile of CPU time
 * @param meanHits mean number of matching paragraphs, to check that both engines ran the same query
 */
public record Latency(
    int runs,
    double p50Ms,
    double p99Ms,
    double maxMs,
    double meanMs,
    double cpuP50Ms,
    double cpuP99Ms,
    double meanHits) {

  /** Percentiles of {@code nanos} (wall) and {@code cpuNanos}, the times of each run. */
  public static Latency of(long[] nanos, long[] cpuNanos, long totalHits) {
    if (nanos.length == 0) {
      throw new IllegalArgumentException("nanos: no run was timed");
    }
    if (cpuNanos.length != nanos.length) {
      throw new IllegalArgumentException(
          "cpuNanos: " + cpuNanos.length + " runs, wall times of " + nanos.length);
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    long[] cpu = cpuNanos.clone();
    Arrays.sort(cpu);
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
        ms(rank(cpu, 0.50)),
        ms(rank(cpu, 0.99)),
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
