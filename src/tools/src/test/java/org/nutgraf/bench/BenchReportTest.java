package org.nutgraf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bench report's derived figures and the goals a run can judge. */
class BenchReportTest {
  private static Map<String, Goal> goals(BenchReport r) {
    return r.goals().stream().collect(Collectors.toMap(Goal::key, Function.identity()));
  }

  @Test
  void aOneThreadRunWithoutBulkOrFixturesJudgesOnlyWhatItMeasured() {
    Map<String, Goal> g = goals(BenchReports.oneThread());
    assertTrue(g.containsKey("indexingCpuRatio"));
    assertTrue(g.containsKey("taggingMicros"));
    assertTrue(g.containsKey("selectiveP99Ms"));
    assertTrue(g.containsKey("indexingHeapMiB"));
    for (String absent :
        List.of("bulkWallRatio", "threadScaling", "fixturesRecognitionMBps", "matchAllP99Ms")) {
      assertTrue(!g.containsKey(absent), absent);
    }
    assertEquals(1_000_000, g.get("selectiveP99Ms").statedForParagraphs());
  }

  @Test
  void theHeapIsTheMostOfNutgrafsRunsNotPlainLucenes() {
    HeapUse h = BenchReports.oneThread().indexingHeap();
    assertEquals(100L << 20, h.peakUsedBytes());
    assertEquals(50L << 20, h.peakAfterGcBytes());
  }

  @Test
  void threadsAndBulkRunsAddTheirGoals() {
    BenchReport base = BenchReports.oneThread();
    IndexingReport ix =
        new IndexingReport(
            List.of(
                BenchReports.run(Engine.PLAIN, 1, 2, 10),
                BenchReports.run(Engine.NUTGRAF, 1, 4, 10),
                BenchReports.run(Engine.BULK, 1, 2.5, 10),
                BenchReports.run(Engine.PLAIN, 2, 1, 10),
                BenchReports.run(Engine.NUTGRAF, 2, 2, 10)),
            List.of());
    Map<String, Goal> g = goals(BenchReports.report(ix, base.queries()));
    assertEquals(0.8, g.get("bulkWallRatio").value(), 1e-9, "2 s plain over 2.5 s bulk");
    assertEquals(2.0, g.get("threadScaling").value(), 1e-9, "twice as fast on two threads");
  }

  @Test
  void detectionsShareIsItsTimeOverNutgrafsIndexingTimeAParagraph() {
    BenchReport r = BenchReports.oneThread();
    // detection: 1 MB at 100 MB/s over 100 paragraphs = 100 µs; indexing: 4 s over 1,000 = 4,000 µs
    assertEquals(0.025, r.detectionShareOfIndexing(), 1e-9);
    assertEquals(1.0, r.spanishTaggerRatio(), 1e-9);
    assertEquals(Optional.empty(), r.query(QueryKind.MATCH_ALL));
  }
}
