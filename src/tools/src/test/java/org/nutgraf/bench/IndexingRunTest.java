package org.nutgraf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One indexing run's rates, from its counts and times. */
class IndexingRunTest {
  @Test
  void ratesAreCountsOverWallOrCpuTime() {
    IndexingRun r =
        new IndexingRun(Engine.NUTGRAF, 1, 0, 2_000, 5_000_000, 4, 0.5, 5, 4.5, 1, HeapUse.NONE);
    assertEquals(500, r.paragraphsPerSecond(), 1e-9);
    assertEquals(400, r.paragraphsPerCpuSecond(), 1e-9);
    assertEquals(1.25, r.megabytesPerSecond(), 1e-9, "text MB of 10^6 bytes");
    assertEquals(2_500, r.cpuMicrosPerParagraph(), 1e-9);
  }
}
