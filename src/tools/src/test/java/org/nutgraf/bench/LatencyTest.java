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
    long[] cpu = new long[200];
    for (int i = 0; i < cpu.length; i++) {
      cpu[i] = (i + 1) * 500_000L; // 0.5 ms up to 100 ms
    }
    Latency l = Latency.of(nanos, cpu, 400);
    assertEquals(200, l.runs());
    assertEquals(100.0, l.p50Ms());
    assertEquals(198.0, l.p99Ms());
    assertEquals(200.0, l.maxMs());
    assertEquals(100.5, l.meanMs(), 1e-9);
    assertEquals(2.0, l.meanHits());
    assertEquals(50.0, l.cpuP50Ms());
    assertEquals(99.0, l.cpuP99Ms());
  }

  @Test
  void rejectsNoRuns() {
    assertThrows(IllegalArgumentException.class, () -> Latency.of(new long[0], new long[0], 0));
    assertThrows(
        IllegalArgumentException.class, () -> Latency.of(new long[] {1, 2}, new long[] {1}, 0));
  }
}
