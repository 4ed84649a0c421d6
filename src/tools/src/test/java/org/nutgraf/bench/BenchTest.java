package org.nutgraf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.NewsIndex;
import org.nutgraf.cli.Main;

/** Runs the bench on a tiny corpus and checks the shape of what it reports, not its speeds. */
class BenchTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static BenchReport report;

  @TempDir static Path kept;

  @BeforeAll
  static void runOnce() throws IOException {
    report =
        Bench.run(
            BenchOptions.of(2_000).withThreads(2).withQueryRuns(20).withRounds(1).withKeep(kept));
  }

  @Test
  void indexesTheCorpusWithBothEnginesOnOneAndTwoThreads() {
    IndexingReport ix = report.indexing();
    assertEquals(4, ix.runs().size());
    for (IndexingRun r : ix.runs()) {
      assertEquals(2_000, r.paragraphs(), r.toString());
      assertTrue(r.seconds() > 0 && r.indexBytes() > 0, r.toString());
    }
    assertEquals(Engine.PLAIN, ix.plain().engine());
    assertEquals(Engine.NUTGRAF, ix.nutgraf().engine());
    assertEquals(2, ix.nutgrafThreaded().orElseThrow().threads());
    assertTrue(ix.ratio() > 0);
    assertTrue(ix.nutgrafScaling().isPresent() && ix.plainScaling().isPresent());
    assertEquals(report.corpus().paragraphs(), 2_000);
  }

  @Test
  void timesEveryQueryKindBothWaysOnTheSameMatches() {
    assertEquals(
        List.of(QueryKind.values()), report.queries().stream().map(QueryReport::kind).toList());
    for (QueryReport q : report.queries()) {
      Latency n = q.nutgraf();
      Latency p = q.plain().orElseThrow();
      assertEquals(20, n.runs());
      assertTrue(n.p50Ms() <= n.p99Ms() && n.p99Ms() <= n.maxMs(), q.toString());
      assertEquals(n.meanHits(), p.meanHits(), 1e-9, q.kind() + " matched differently");
    }
    assertEquals(2_000, report.query(QueryKind.MATCH_ALL).orElseThrow().nutgraf().meanHits());
  }

  @Test
  void measuresRecognitionHeapAndIndexSize() {
    RecognitionReport r = report.recognition();
    assertTrue(
        r.textBytes() > 0
            && r.bothMBps() > 0
            && r.personsMBps() > 0
            && r.taggerMBps() > 0
            && r.scanMBps() > 0,
        r.toString());
    assertTrue(report.indexingHeap().peakUsedBytes() > 0);
    assertTrue(report.index().nutgrafBytesPerParagraph() > 0);
    assertTrue(report.goals().stream().anyMatch(g -> g.key().equals("indexingRatio")));
  }

  @Test
  void leavesTheKeptIndexesSearchable() throws IOException {
    try (NewsIndex index = NewsIndex.open(kept.resolve("nutgraf"))) {
      assertEquals(2_000, index.stats().paragraphs());
    }
    assertTrue(Files.isDirectory(kept.resolve("plain")));
    assertFalse(Files.exists(kept.resolve("warm-up")));
  }

  @Test
  void writesJsonWithTheDocumentedFields() throws IOException {
    JsonNode json = JSON.readTree(BenchJson.toJson(report));
    assertTrue(json.at("/indexing/ratio").isNumber(), json.toString());
    assertTrue(json.at("/indexing/scaling").isNumber());
    for (QueryKind kind : QueryKind.values()) {
      assertTrue(json.at("/queries/" + kind.key() + "/p99Ms").isNumber(), kind.key());
      assertTrue(json.at("/queries/" + kind.key() + "/plain/p99Ms").isNumber(), kind.key());
    }
    assertTrue(json.at("/recognition/bothMBps").isNumber());
    assertTrue(json.at("/recognition/placesMBps").asDouble() > 0);
    assertTrue(json.at("/heap/indexingPeakAfterGcMiB").isNumber());
    assertTrue(json.at("/index/bytesPerParagraph").isNumber());
    assertTrue(json.at("/goals/indexingRatio/met").isBoolean());
  }

  @Test
  void commandPrintsATableThenJsonOnTheLastLine() throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {
              "bench", "--paragraphs", "300", "--query-runs", "3", "--rounds", "1", "--json"
            },
            new PrintWriter(out),
            new PrintWriter(err));
    assertEquals(0, code, err.toString());
    String[] lines = out.toString().strip().split("\n");
    assertTrue(lines[0].startsWith("Nutgraf bench: 300 paragraphs"), lines[0]);
    JsonNode json = JSON.readTree(lines[lines.length - 1]);
    assertTrue(json.at("/indexing/ratio").isNumber());
    assertTrue(json.at("/queries/selective/p99Ms").isNumber());
    assertTrue(json.at("/indexing/scaling").isNull());
  }

  @Test
  void commandWritesACorpusThatTheIndexCommandReads(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("corpus.jsonl");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(
        0,
        Main.run(
            new String[] {
              "bench", "--paragraphs", "500", "--seed", "3", "--write-corpus", file.toString()
            },
            new PrintWriter(out),
            new PrintWriter(err)),
        err.toString());
    assertEquals(
        0,
        Main.run(
            new String[] {
              "index", "--index", dir.resolve("idx").toString(), "--strict", file.toString()
            },
            new PrintWriter(out),
            new PrintWriter(err)),
        err.toString());
    try (NewsIndex index = NewsIndex.open(dir.resolve("idx"))) {
      assertEquals(500, index.stats().paragraphs());
    }
  }

  @Test
  void commandRejectsANonPositiveCorpus() {
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {"bench", "--paragraphs", "0"},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    assertEquals(Main.USAGE, code);
    assertTrue(err.toString().contains("--paragraphs"), err.toString());
  }
}
