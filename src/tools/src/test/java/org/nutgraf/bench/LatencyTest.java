package org.nutgraf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LatencyTest {
  @Test
  void givesNearestRankPercentilesInMilliseconds() {
    long[] nanos = new long[200];
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] = (200 - i) * 1_000_000L; // 200 ms down to 1 ms
    }
    Latency l = Latency.of(nanos, 400);
    assertEquals(200, l.runs());
    assertEquals(100.0, l.p50Ms());
    assertEquals(198.0, l.p99Ms());
    assertEquals(200.0, l.maxMs());
    assertEquals(100.5, l.meanMs(), 1e-9);
    assertEquals(2.0, l.meanHits());
  }

  @Test
  void rejectsNoRuns() {
    assertThrows(IllegalArgumentException.class, () -> Latency.of(new long[0], 0));
  }
}
