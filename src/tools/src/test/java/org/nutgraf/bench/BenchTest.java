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
            BenchOptions.of(2_000)
                .withThreads(2)
                .withQueryRuns(20)
                .withRounds(1)
                .withFixtures(Path.of("index-fixtures", "articles"))
                .withText(Path.of("index-fixtures", "articles", "asia.jsonl"))
                .withKeep(kept));
  }

  @Test
  void indexesTheCorpusWithEveryEngineOnOneThreadAndBothOnTwo() {
    IndexingReport ix = report.indexing();
    assertEquals(5, ix.runs().size());
    for (IndexingRun r : ix.runs()) {
      assertEquals(2_000, r.paragraphs(), r.toString());
      assertTrue(r.seconds() > 0 && r.cpuSeconds() > 0 && r.indexBytes() > 0, r.toString());
      assertEquals(0, r.round());
    }
    assertEquals(
        List.of(Engine.PLAIN, Engine.NUTGRAF, Engine.BULK),
        ix.runs().stream().filter(r -> r.threads() == 1).map(IndexingRun::engine).toList());
    assertEquals(2, ix.median(Engine.NUTGRAF, 2).orElseThrow().threads());
    assertTrue(ix.cpuRatio() > 0 && ix.wallRatio() > 0);
    assertTrue(ix.bulkWallRatio().isPresent());
    assertTrue(ix.nutgrafScaling().isPresent() && ix.plainScaling().isPresent());
    assertEquals(report.corpus().paragraphs(), 2_000);
  }

  @Test
  void indexesOnceMoreWithMergesAndTimesTheMergeToOneSegment() {
    IndexingReport ix = report.indexing();
    assertEquals(
        List.of(Engine.PLAIN, Engine.NUTGRAF),
        ix.merges().stream().map(m -> m.indexing().engine()).toList());
    for (MergeRun m : ix.merges()) {
      assertEquals(2_000, m.indexing().paragraphs());
      assertTrue(m.segments() >= 1 && m.forceMergeSeconds() > 0, m.toString());
    }
    assertTrue(ix.mergeCpuRatio().isPresent());
  }

  @Test
  void timesEveryQueryKindBothWaysOnTheSameMatches() {
    assertEquals(
        List.of(QueryKind.values()), report.queries().stream().map(QueryReport::kind).toList());
    for (QueryReport q : report.queries()) {
      Latency n = q.nutgraf();
      assertEquals(20, n.runs());
      assertTrue(n.p50Ms() <= n.p99Ms() && n.p99Ms() <= n.maxMs(), q.toString());
      assertTrue(n.cpuP50Ms() <= n.cpuP99Ms(), q.toString());
      if (q.kind() == QueryKind.COOCCURRENCE) {
        assertTrue(q.plain().isEmpty(), "co-occurrence has no hand-written equivalent");
        continue;
      }
      Latency p = q.plain().orElseThrow();
      assertEquals(n.meanHits(), p.meanHits(), 1e-9, q.kind() + " matched differently");
    }
    assertEquals(2_000, report.query(QueryKind.MATCH_ALL).orElseThrow().nutgraf().meanHits());
    assertEquals(2_000, report.query(QueryKind.FOUR_FACETS).orElseThrow().nutgraf().meanHits());
  }

  @Test
  void measuresRecognitionOnGeneratedAndRealTextApart() {
    RecognitionReport r = report.recognition();
    assertEquals("generated", r.source());
    assertTrue(
        r.textBytes() > 0
            && r.bothMBps() > 0
            && r.personsMBps() > 0
            && r.taggerMBps() > 0
            && r.scanMBps() > 0
            && r.taggerMicrosPerParagraph() > 0,
        r.toString());
    RecognitionReport fixtures = report.fixtures().orElseThrow();
    RecognitionReport text = report.text().orElseThrow();
    assertTrue(fixtures.articles() > text.articles() && text.articles() > 0);
    assertTrue(fixtures.bothMBps() > 0 && text.bothMBps() > 0);
    RecognitionReport hostile = report.hostile();
    assertEquals(4, hostile.articles());
    assertTrue(hostile.textBytes() > 100_000 && hostile.bothMBps() > 0, hostile.toString());
    assertTrue(report.indexingHeap().peakUsedBytes() > 0);
    assertTrue(report.index().nutgrafBytesPerParagraph() > 0);
    assertTrue(report.goals().stream().anyMatch(g -> g.key().equals("indexingCpuRatio")));
  }

  @Test
  void measuresSpanishRecognitionAndLanguageDetectionBesideEnglish() {
    RecognitionReport es = report.spanish();
    assertEquals("generated-es", es.source());
    // as many articles as the English sample, so the speeds compare like for like
    assertEquals(report.recognition().articles(), es.articles());
    assertTrue(es.taggerMBps() > 0 && es.bothMBps() > 0, es.toString());
    assertTrue(report.spanishTaggerRatio() > 0);
    assertTrue(report.recognition().detectMicrosPerParagraph() > 0);
    double share = report.detectionShareOfIndexing();
    assertTrue(share > 0 && share < 1, "detection share " + share);
    assertTrue(report.goals().stream().anyMatch(g -> g.key().equals("languageDetectionShare")));
    assertTrue(report.goals().stream().anyMatch(g -> g.key().equals("spanishTaggingRatio")));
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
    for (String name :
        new String[] {"cpuRatio", "wallRatio", "bulkWallRatio", "ratio", "scaling"}) {
      assertTrue(json.at("/indexing/" + name).isNumber(), name + " in " + json);
    }
    assertTrue(json.at("/indexing/runs/0/cpuSeconds").isNumber());
    assertTrue(json.at("/indexing/merge/nutgraf/forceMergeSeconds").isNumber());
    assertTrue(json.at("/recognition/fixtures/bothMBps").isNumber());
    assertTrue(json.at("/recognition/text/bothMBps").isNumber());
    assertEquals("hostile", json.at("/recognition/hostile/source").asText());
    assertTrue(json.at("/recognition/hostile/bothMBps").asDouble() > 0);
    assertTrue(json.at("/recognition/spanish/taggerMBps").isNumber());
    assertTrue(json.at("/recognition/spanishTaggerRatio").isNumber());
    assertTrue(json.at("/recognition/detectionShareOfIndexing").isNumber());
    assertTrue(json.at("/recognition/detectMicrosPerParagraph").isNumber());
    assertTrue(json.at("/queries/cooccurrence/plain").isNull());
    for (QueryKind kind : QueryKind.values()) {
      assertTrue(json.at("/queries/" + kind.key() + "/p99Ms").isNumber(), kind.key());
      assertTrue(json.at("/queries/" + kind.key() + "/cpuP99Ms").isNumber(), kind.key());
      if (kind != QueryKind.COOCCURRENCE) {
        assertTrue(json.at("/queries/" + kind.key() + "/plain/p99Ms").isNumber(), kind.key());
      }
    }
    assertTrue(json.at("/recognition/bothMBps").isNumber());
    assertTrue(json.at("/recognition/placesMBps").asDouble() > 0);
    assertTrue(json.at("/heap/indexingPeakAfterGcMiB").isNumber());
    assertTrue(json.at("/index/bytesPerParagraph").isNumber());
    assertTrue(json.at("/goals/indexingCpuRatio/met").isBoolean());
  }

  @Test
  void commandPrintsATableThenJsonOnTheLastLine() throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {
              "bench",
              "--paragraphs",
              "300",
              "--query-runs",
              "3",
              "--rounds",
              "1",
              "--no-merges",
              "--json"
            },
            new PrintWriter(out),
            new PrintWriter(err));
    assertEquals(0, code, err.toString());
    String[] lines = out.toString().strip().split("\n");
    assertTrue(lines[0].startsWith("Nutgraf bench: 300 paragraphs"), lines[0]);
    JsonNode json = JSON.readTree(lines[lines.length - 1]);
    assertTrue(json.at("/indexing/cpuRatio").isNumber());
    assertTrue(json.at("/queries/selective/p99Ms").isNumber());
    assertTrue(json.at("/indexing/scaling").isNull());
    assertTrue(json.at("/indexing/merge").isNull());
    // run from the repository root, the bench finds the fixture articles by itself
    assertTrue(json.at("/recognition/fixtures/bothMBps").isNumber());
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
  void commandSaysWhichTextFileItCannotRead() {
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {"bench", "--paragraphs", "10", "--text", "no-such-file.txt"},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    assertEquals(Main.USAGE, code);
    assertTrue(err.toString().contains("--text: cannot read no-such-file.txt"), err.toString());
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
