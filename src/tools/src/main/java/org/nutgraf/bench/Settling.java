package org.nutgraf.bench;

/**
 * Decides when a warm-up is over, from the speed of each of its windows in turn: after at least a
 * least time, once {@link #SETTLED_WINDOWS} windows running are none of them more than {@link
 * #SETTLED_GAIN} times as fast as the fastest window before them (the JIT has stopped making the
 * code faster), or once a most time has gone by. Not thread-safe.
 */
final class Settling {
  /** Windows running with no gain that mean the speed settled. */
  static final int SETTLED_WINDOWS = 3;

  /** A window at most this much faster than the fastest before it has gained nothing. */
  static final double SETTLED_GAIN = 1.03;

  private final long minNanos;
  private final long maxNanos;
  private long spent;
  private double best;
  private int still;

  /**
   * @param minNanos the least time to warm up, however settled the speed
   * @param maxNanos the most time, however unsettled
   */
  Settling(long minNanos, long maxNanos) {
    this.minNanos = minNanos;
    this.maxNanos = maxNanos;
  }

  /**
   * Counts one window of {@code nanos} that went at {@code speed} (any unit where more is faster).
   *
   * @return whether to warm up for another window
   */
  boolean goOn(long nanos, double speed) {
    spent += nanos;
    still = speed > best * SETTLED_GAIN ? 0 : still + 1;
    best = Math.max(best, speed);
    return spent < maxNanos && (spent < minNanos || still < SETTLED_WINDOWS);
  }

  /** The time counted so far. */
  long spent() {
    return spent;
  }
}
