package org.nutgraf.bench;

import java.util.List;
import java.util.Optional;

/** Bench reports made up for the tests of what prints them (no bench is run). */
final class BenchReports {
  private static final long MIB = 1 << 20;

  private BenchReports() {}

  static IndexingRun run(Engine e, int threads, double seconds, long heapMiB) {
    return new IndexingRun(
        e,
        threads,
        0,
        1_000,
        2_000_000,
        seconds,
        0.1,
        seconds,
        seconds,
        5_000,
        new HeapUse(heapMiB * MIB, heapMiB * MIB / 2));
  }

  private static RecognitionReport recognition(String source) {
    return new RecognitionReport(source, 10, 100, 1_000_000, 50, 40, 30, 20, 10, 100, 4.5);
  }

  static BenchReport report(IndexingReport indexing, List<QueryReport> queries) {
    return new BenchReport(
        new Machine(
            "25.0.1",
            "Test VM",
            2,
            512 * MIB,
            Double.NaN,
            List.of("G1 Young Generation", "G1 Old Generation")),
        new CorpusStats(42, 10, 100, 1_000_000, 12.345678, Double.POSITIVE_INFINITY),
        1,
        30,
        indexing,
        recognition("generated"),
        recognition("generated-es"),
        Optional.empty(),
        Optional.of(recognition("articles.jsonl")),
        recognition("hostile"),
        queries,
        new IndexSize(100, 4_000, 3_000),
        61.5);
  }

  /**
   * One thread, one round: plain Lucene in 2 s (300 MiB heap), Nutgraf in 4 s (100 MiB), 1,000
   * paragraphs of 2 MB each; the selective query timed both ways alike.
   */
  static BenchReport oneThread() {
    IndexingReport ix =
        new IndexingReport(
            List.of(run(Engine.PLAIN, 1, 2, 300), run(Engine.NUTGRAF, 1, 4, 100)), List.of());
    Latency l = new Latency(30, 1.23456789, 9.87654321, 12, 2.5, 1, 8, 3.25);
    return report(ix, List.of(new QueryReport(QueryKind.SELECTIVE, l, Optional.of(l))));
  }
}
