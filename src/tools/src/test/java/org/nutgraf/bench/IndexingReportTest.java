package org.nutgraf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexingReportTest {
  private static IndexingRun run(Engine e, int threads, int round, double wall, double cpu) {
    return new IndexingRun(e, threads, round, 1000, 100_000, wall, 0.1, cpu, cpu, 1, HeapUse.NONE);
  }

  @Test
  void ratiosAreMediansOfRatiosWithinEachRound() {
    IndexingReport r =
        new IndexingReport(
            List.of(
                // round 0: CPU 10 / 20 = 0.5; round 1: 10 / 12.5 = 0.8 (a slow plain run);
                // round 2: 12 / 16 = 0.75 -> median 0.75
                run(Engine.PLAIN, 1, 0, 10, 10),
                run(Engine.NUTGRAF, 1, 0, 20, 20),
                run(Engine.NUTGRAF, 1, 1, 14, 12.5),
                run(Engine.PLAIN, 1, 1, 11, 10),
                run(Engine.PLAIN, 1, 2, 12, 12),
                run(Engine.NUTGRAF, 1, 2, 15, 16)),
            List.of());
    assertEquals(0.75, r.cpuRatio(), 1e-12);
    // wall: 10/20 = 0.5, 11/14 = 0.786, 12/15 = 0.8 -> 0.786
    assertEquals(11.0 / 14, r.wallRatio(), 1e-12);
    assertTrue(r.bulkWallRatio().isEmpty());
    assertTrue(r.nutgrafScaling().isEmpty());
    assertEquals(1, r.maxThreads());
    // the median run of Nutgraf by wall speed is the 15-second one
    assertEquals(15, r.median(Engine.NUTGRAF, 1).orElseThrow().seconds());
  }

  @Test
  void bulkAndThreadedRunsArePairedWithPlainRunsOfTheirRoundAndThreadCount() {
    IndexingReport r =
        new IndexingReport(
            List.of(
                run(Engine.PLAIN, 1, 0, 10, 10),
                run(Engine.NUTGRAF, 1, 0, 20, 20),
                run(Engine.BULK, 1, 0, 11, 21),
                run(Engine.PLAIN, 2, 0, 5, 10),
                run(Engine.NUTGRAF, 2, 0, 10, 20)),
            List.of());
    assertEquals(10.0 / 11, r.bulkWallRatio().orElseThrow(), 1e-12);
    assertEquals(0.5, r.threadedRatio().orElseThrow(), 1e-12);
    assertEquals(2.0, r.nutgrafScaling().orElseThrow(), 1e-12);
    assertEquals(2.0, r.plainScaling().orElseThrow(), 1e-12);
  }

  @Test
  void mergeRatiosCompareTheEnginesInCpuTime() {
    IndexingReport r =
        new IndexingReport(
            List.of(run(Engine.PLAIN, 1, 0, 10, 10), run(Engine.NUTGRAF, 1, 0, 20, 20)),
            List.of(
                new MergeRun(run(Engine.PLAIN, 1, 0, 12, 15), 4, 9, 3, 3),
                new MergeRun(run(Engine.NUTGRAF, 1, 0, 24, 20), 4, 9, 4, 4)));
    assertEquals(0.75, r.mergeCpuRatio().orElseThrow(), 1e-12);
    assertEquals(0.75, r.forceMergeCpuRatio().orElseThrow(), 1e-12);
  }
}
