package org.nutgraf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.nutgraf.article.Article;

/**
 * The benchmark: indexes one generated corpus with plain Lucene and with Nutgraf, alternating,
 * times recognition alone and the query kinds against their hand-written Lucene equivalents, and
 * reports every figure as a ratio-friendly {@link BenchReport}. Speeds are compared within one run
 * because the machines it runs on are shared and noisy.
 *
 * <pre>{@code
 * BenchReport r = Bench.run(BenchOptions.of(100_000).withThreads(2));
 * double ratio = r.indexing().ratio();
 * }</pre>
 */
public final class Bench {
  private static final int RECOGNITION_SAMPLE = 10_000;

  private Bench() {}

  /**
   * Runs the benchmark; the indexes go in a temporary directory, removed afterwards, unless {@link
   * BenchOptions#keep()} names one.
   *
   * @throws IOException if an index cannot be written or read
   */
  public static BenchReport run(BenchOptions o) throws IOException {
    long start = System.nanoTime();
    Machine machine = Machine.current();
    Path base =
        o.keep().isPresent()
            ? Files.createDirectories(o.keep().get())
            : Files.createTempDirectory("nutgraf-bench");
    try {
      o.progress().accept("corpus: " + o.paragraphs() + " paragraphs, seed " + o.seed());
      CorpusGenerator corpus = CorpusGenerator.of(o.seed(), o.paragraphs());
      CorpusStats stats = measure(corpus);
      o.progress()
          .accept(
              String.format(
                  Locale.ROOT,
                  "corpus: %,d articles, %.1f MB of text",
                  stats.articles(),
                  stats.textBytes() / 1e6));

      long warmSize =
          Math.min(o.paragraphs(), Math.min(50_000, Math.max(20_000, o.paragraphs() / 10)));
      CorpusGenerator warm = CorpusGenerator.of(o.seed() + 1, warmSize);
      long warmBytes = measure(warm).textBytes();
      for (Engine e : Engine.values()) {
        o.progress().accept("warm-up: " + e.label() + ", " + warmSize + " paragraphs");
        IndexingBench.run(e, 1, warm, warmBytes, base.resolve("warm-up"));
      }
      BenchFiles.deleteTree(base.resolve("warm-up"));

      List<IndexingRun> runs = new ArrayList<>();
      List<Integer> threadCounts = o.threads() > 1 ? List.of(1, o.threads()) : List.of(1);
      for (int threads : threadCounts) {
        for (int round = 0; round < o.rounds(); round++) {
          for (Engine e : Engine.values()) {
            IndexingRun r =
                IndexingBench.run(e, threads, corpus, stats.textBytes(), base.resolve(e.label()));
            o.progress()
                .accept(
                    String.format(
                        Locale.ROOT,
                        "indexing: %-7s %d thread(s): %,.0f paragraphs/s, %.2f MB/s (%.1f s, %.1f s of"
                            + " it closing)",
                        e.label(),
                        threads,
                        r.paragraphsPerSecond(),
                        r.megabytesPerSecond(),
                        r.seconds(),
                        r.closeSeconds()));
            runs.add(r);
          }
        }
      }
      IndexingReport indexing =
          new IndexingReport(
              best(runs, Engine.PLAIN, 1).orElseThrow(),
              best(runs, Engine.NUTGRAF, 1).orElseThrow(),
              o.threads() > 1 ? best(runs, Engine.PLAIN, o.threads()) : Optional.empty(),
              o.threads() > 1 ? best(runs, Engine.NUTGRAF, o.threads()) : Optional.empty(),
              runs);
      IndexSize size =
          new IndexSize(
              o.paragraphs(),
              last(runs, Engine.NUTGRAF).indexBytes(),
              last(runs, Engine.PLAIN).indexBytes());

      o.progress()
          .accept("recognition: " + Math.min(o.paragraphs(), RECOGNITION_SAMPLE) + " paragraphs");
      List<Article> sample =
          CorpusGenerator.of(o.seed(), Math.min(o.paragraphs(), RECOGNITION_SAMPLE)).stream()
              .toList();
      RecognitionReport recognition = new RecognitionBench(sample).run();

      o.progress().accept("queries: " + o.queryRuns() + " timed runs of each kind");
      List<QueryReport> queries =
          new QueryBench(base.resolve(Engine.NUTGRAF.label()), corpus, o.queryRuns()).run();
      return new BenchReport(
          machine,
          stats,
          o.threads(),
          o.queryRuns(),
          indexing,
          recognition,
          queries,
          size,
          (System.nanoTime() - start) / 1e9);
    } finally {
      if (o.keep().isEmpty()) {
        BenchFiles.deleteTree(base);
      }
    }
  }

  /** Counts and times the corpus by writing it once. */
  static CorpusStats measure(CorpusGenerator corpus) {
    long start = System.nanoTime();
    long articles = 0;
    long paragraphs = 0;
    long bytes = 0;
    for (Article a : corpus) {
      articles++;
      paragraphs += a.paragraphs().size();
      bytes += RecognitionBench.utf8Length(a);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new CorpusStats(corpus.seed(), articles, paragraphs, bytes, bytes / seconds / 1e6);
  }

  private static Optional<IndexingRun> best(List<IndexingRun> runs, Engine e, int threads) {
    return runs.stream()
        .filter(r -> r.engine() == e && r.threads() == threads)
        .max(Comparator.comparingDouble(IndexingRun::paragraphsPerSecond));
  }

  private static IndexingRun last(List<IndexingRun> runs, Engine e) {
    return runs.stream().filter(r -> r.engine() == e).reduce((a, b) -> b).orElseThrow();
  }
}
