package org.nutgraf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bench report as a table for people, from a report made up here. */
class BenchTextTest {
  private static String text(BenchReport r) {
    StringWriter out = new StringWriter();
    BenchText.print(r, new PrintWriter(out));
    return out.toString();
  }

  private static String line(String text, String start) {
    return text.lines()
        .filter(l -> l.strip().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line starting '" + start + "' in\n" + text));
  }

  @Test
  void theHeadNamesTheCorpusAndTheMachine() {
    String t = text(BenchReports.oneThread());
    assertEquals(
        "Nutgraf bench: 100 paragraphs in 10 articles (1.0 MB of text), seed 42",
        t.lines().findFirst().orElseThrow());
    assertTrue(
        line(t, "JDK")
            .startsWith(
                "JDK 25.0.1, 2 cores, -Xmx 512 MiB, collectors G1 Young Generation + G1 Old"
                    + " Generation,"),
        t);
  }

  @Test
  void eachEngineThatRanHasARowAndTheRatiosFollow() {
    String t = text(BenchReports.oneThread());
    assertTrue(
        line(t, "plain ").matches("\\s*plain\\s+1\\s+500\\s+2000\\.0\\s+1\\.00\\s+0\\.0"), t);
    assertTrue(
        line(t, "nutgraf ").matches("\\s*nutgraf\\s+1\\s+250\\s+4000\\.0\\s+0\\.50\\s+0\\.0"), t);
    assertFalse(t.contains("nutgraf-bulk"), "the bulk API did not run");
    assertTrue(
        line(t, "Nutgraf / plain").endsWith("median of 1 rounds: CPU 0.50, wall 0.50"),
        line(t, "Nutgraf / plain"));
  }

  @Test
  void aQueryWithoutAPlainTimingShowsDashes() {
    BenchReport base = BenchReports.oneThread();
    Latency l = base.queries().get(0).nutgraf();
    BenchReport r =
        BenchReports.report(
            base.indexing(),
            List.of(new QueryReport(QueryKind.DRILL_SIDEWAYS, l, Optional.empty())));
    String row = line(text(r), "drillSideways");
    assertTrue(row.contains("-      -      - |         -"), row);
    assertTrue(row.contains("1.23"), row);
  }

  @Test
  void goalsSayMetOrMissAndNoteTheCorpusSizeTheyWereStatedFor() {
    String t = text(BenchReports.oneThread());
    String cpu = line(t, "MISS Nutgraf / plain Lucene paragraphs per CPU second");
    assertTrue(cpu.contains(">=     0.75, measured     0.50"), cpu);
    String selective = line(t, "met  selective text + 2 facets");
    assertTrue(selective.endsWith("(stated for 1,000,000 paragraphs)"), selective);
  }

  @Test
  void aLongTextSourceIsShortenedFromTheFront() {
    BenchReport base = BenchReports.oneThread();
    RecognitionReport longName =
        new RecognitionReport(
            "/very/long/path/to/some/articles.jsonl", 1, 1, 1_000, 1, 1, 1, 1, 1, 1, 1);
    BenchReport r =
        new BenchReport(
            base.machine(),
            base.corpus(),
            base.threads(),
            base.queryRuns(),
            base.indexing(),
            base.recognition(),
            base.spanish(),
            base.fixtures(),
            Optional.of(longName),
            base.hostile(),
            base.queries(),
            base.index(),
            base.seconds());
    String row = line(text(r), "…");
    assertTrue(row.strip().startsWith("…/to/some/articles.jsonl ("), row);
  }
}
