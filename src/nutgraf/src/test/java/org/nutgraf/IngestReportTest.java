package org.nutgraf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nutgraf.ingest.InputProblem;

class IngestReportTest {

  private static IngestReport report(long articles, Duration elapsed) {
    return new IngestReport(articles, articles * 3, List.of(), 0, elapsed, 100, 100);
  }

  @Test
  void articlesPerSecondDividesByTheElapsedTime() {
    assertEquals(40.0, report(100, Duration.ofMillis(2_500)).articlesPerSecond(), 1e-9);
  }

  @Test
  void noElapsedTimeGivesZeroNotInfinity() {
    assertEquals(0.0, report(100, Duration.ZERO).articlesPerSecond());
  }

  @Test
  void theSkippedProblemsAreCopied() {
    List<InputProblem> problems = new ArrayList<>();
    problems.add(new InputProblem("feed.jsonl", 4, "field \"id\" is missing"));
    IngestReport r = new IngestReport(2, 5, problems, 1, Duration.ofSeconds(1), 10, 10);
    problems.clear();

    assertEquals(1, r.skipped().size());
    assertEquals("feed.jsonl:4: field \"id\" is missing", r.skipped().get(0).toString());
  }
}
