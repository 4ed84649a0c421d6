package org.nutgraf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.nutgraf.article.Article;

/**
 * The benchmark: writes one generated corpus to a file, indexes it with plain Lucene and with
 * Nutgraf in rounds of alternating runs, times a merge-heavy run, recognition alone (on generated
 * and on real text) and the query kinds against their hand-written Lucene equivalents, and reports
 * every figure in a {@link BenchReport}. Speeds are compared within one run, as medians of
 * per-round ratios, because the machines it runs on are shared and noisy.
 *
 * <pre>{@code
 * BenchReport r = Bench.run(BenchOptions.of(100_000).withThreads(2));
 * double ratio = r.indexing().cpuRatio();
 * }</pre>
 */
public final class Bench {
  private static final int RECOGNITION_SAMPLE = 10_000;

  /** Words in each hostile paragraph of the hostile-text row. */
  private static final int HOSTILE_WORDS = 2_000;

  /** Flushes of the merge run: enough for Lucene's tiered merging to merge several times. */
  private static final int MERGE_RUN_FLUSHES = 30;

  private Bench() {}

  /**
   * Runs the benchmark; the indexes go in a temporary directory, removed afterwards, unless {@link
   * BenchOptions#keep()} names one.
   *
   * @throws IOException if an index cannot be written or read, or a text file cannot be read
   */
  public static BenchReport run(BenchOptions o) throws IOException {
    long start = System.nanoTime();
    Machine machine = Machine.current();
    Path base =
        o.keep().isPresent()
            ? BenchFiles.keepDirectory(o.keep().get())
            : Files.createTempDirectory("nutgraf-bench");
    try {
      o.progress().accept("corpus: " + o.paragraphs() + " paragraphs, seed " + o.seed());
      CorpusGenerator generator = CorpusGenerator.of(o.seed(), o.paragraphs());
      long written = System.nanoTime();
      CorpusFile corpus = CorpusFile.write(generator, base.resolve("corpus.bin"));
      CorpusStats stats = stats(generator.seed(), corpus, (System.nanoTime() - written) / 1e9);
      o.progress()
          .accept(
              String.format(
                  Locale.ROOT,
                  "corpus: %,d articles, %.1f MB of text (read back at %.0f MB/s)",
                  stats.articles(),
                  stats.textBytes() / 1e6,
                  stats.readMBps()));

      long warmSize =
          Math.min(o.paragraphs(), Math.min(50_000, Math.max(20_000, o.paragraphs() / 10)));
      Path warmPath = base.resolve("warm-up.bin");
      CorpusFile warm = CorpusFile.write(CorpusGenerator.of(o.seed() + 1, warmSize), warmPath);
      for (Engine e : Engine.values()) {
        o.progress().accept("warm-up: " + e.label() + ", " + warmSize + " paragraphs");
        IndexingBench.run(e, 1, -1, warm, base.resolve("warm-up"), IndexingBench.RAM_BUFFER_MB);
      }
      BenchFiles.deleteTree(base.resolve("warm-up"));
      Files.delete(warmPath);

      List<IndexingRun> runs = new ArrayList<>();
      List<Integer> threadCounts = o.threads() > 1 ? List.of(1, o.threads()) : List.of(1);
      for (int threads : threadCounts) {
        List<Engine> engines =
            threads == 1 ? List.of(Engine.values()) : List.of(Engine.PLAIN, Engine.NUTGRAF);
        for (int round = 0; round < o.rounds(); round++) {
          // alternate the order, so that no engine always runs after the same other one
          List<Engine> order = new ArrayList<>(engines);
          if (round % 2 == 1) {
            Collections.reverse(order);
          }
          for (Engine e : order) {
            IndexingRun r =
                IndexingBench.run(
                    e,
                    threads,
                    round,
                    corpus,
                    base.resolve(e.label()),
                    IndexingBench.RAM_BUFFER_MB);
            o.progress().accept(describe(r));
            runs.add(r);
          }
        }
      }
      List<MergeRun> merges = new ArrayList<>();
      if (o.merges()) {
        double bufferMb = Math.max(1, Math.min(16, stats.textBytes() / 1e6 / MERGE_RUN_FLUSHES));
        for (Engine e : List.of(Engine.PLAIN, Engine.NUTGRAF)) {
          Path dir = base.resolve("merge-" + e.label());
          MergeRun m = IndexingBench.merge(e, corpus, dir, bufferMb);
          BenchFiles.deleteTree(dir);
          o.progress()
              .accept(
                  describe(m.indexing())
                      + String.format(
                          Locale.ROOT,
                          "; %.1f MB buffer, %d segments, forceMerge(1) %.1f s (%.1f s CPU)",
                          bufferMb,
                          m.segments(),
                          m.forceMergeSeconds(),
                          m.forceMergeCpuSeconds()));
          merges.add(m);
        }
      }
      IndexingReport indexing = new IndexingReport(runs, merges);
      IndexSize size =
          new IndexSize(
              o.paragraphs(),
              last(runs, Engine.NUTGRAF).indexBytes(),
              last(runs, Engine.PLAIN).indexBytes());

      int sampleSize = (int) Math.min(o.paragraphs(), RECOGNITION_SAMPLE);
      // a microsecond of CPU per corpus paragraph, up to a second: long enough at 1M paragraphs
      long budget = Math.min(RecognitionBench.MAX_BUDGET_NANOS, o.paragraphs() * 1_000);
      o.progress().accept("recognition: " + sampleSize + " generated paragraphs");
      RecognitionReport recognition =
          new RecognitionBench(
                  "generated", CorpusGenerator.of(o.seed(), sampleSize).stream().toList(), budget)
              .run();
      o.progress().accept("recognition: generated Spanish paragraphs");
      RecognitionReport spanish =
          new RecognitionBench("generated-es", spanishLike(o.seed(), recognition), budget).run();
      Optional<RecognitionReport> fixtures = Optional.empty();
      if (o.fixtures().isPresent()) {
        o.progress().accept("recognition: fixture articles in " + o.fixtures().get());
        fixtures =
            Optional.of(
                new RecognitionBench(
                        "fixtures", RecognitionBench.read(List.of(o.fixtures().get())), budget)
                    .run());
      }
      Optional<RecognitionReport> text = Optional.empty();
      if (o.text().isPresent()) {
        o.progress().accept("recognition: " + o.text().get());
        text =
            Optional.of(
                new RecognitionBench(
                        o.text().get().toString(),
                        RecognitionBench.read(List.of(o.text().get())),
                        budget)
                    .run());
      }

      o.progress().accept("recognition: hostile text");
      RecognitionReport hostile =
          new RecognitionBench("hostile", HostileParagraphs.articles(HOSTILE_WORDS), budget).run();

      o.progress().accept("queries: " + o.queryRuns() + " timed runs of each kind");
      List<QueryReport> queries =
          new QueryBench(base.resolve(Engine.NUTGRAF.label()), generator, o.queryRuns()).run();
      return new BenchReport(
          machine,
          stats,
          o.threads(),
          o.queryRuns(),
          indexing,
          recognition,
          spanish,
          fixtures,
          text,
          hostile,
          queries,
          size,
          (System.nanoTime() - start) / 1e9);
    } finally {
      if (o.keep().isEmpty()) {
        BenchFiles.deleteTree(base);
      } else {
        Files.deleteIfExists(base.resolve("corpus.bin"));
      }
    }
  }

  /** The corpus's figures, with the time one thread takes to read it back. */
  /** Generated Spanish articles as many as the English sample's, of its paragraphs on average. */
  private static List<Article> spanishLike(long seed, RecognitionReport english) {
    int articles = (int) english.articles();
    int paragraphs = (int) Math.max(1, Math.round(english.paragraphs() / (double) articles));
    return SpanishCorpus.of(seed, articles, paragraphs);
  }

  static CorpusStats stats(long seed, CorpusFile corpus, double writeSeconds) throws IOException {
    long cpu0 = CpuClock.thread();
    long read = 0;
    try (CorpusFile.Reader all = corpus.all()) {
      while (all.hasNext()) {
        read += all.next().paragraphs().size();
      }
    }
    double readSeconds = Math.max(1, CpuClock.thread() - cpu0) / 1e9;
    if (read != corpus.paragraphs()) {
      throw new IllegalStateException(
          "bench corpus: read back " + read + " paragraphs of " + corpus.paragraphs() + " written");
    }
    return new CorpusStats(
        seed,
        corpus.articles(),
        corpus.paragraphs(),
        corpus.textBytes(),
        corpus.textBytes() / writeSeconds / 1e6,
        corpus.textBytes() / readSeconds / 1e6);
  }

  private static String describe(IndexingRun r) {
    return String.format(
        Locale.ROOT,
        "indexing: %-12s %d thread(s), round %d: %,.0f paragraphs/s, %.1f µs CPU a paragraph"
            + " (%.1f s, %.1f s of it closing; %.1f s CPU)",
        r.engine().label(),
        r.threads(),
        r.round(),
        r.paragraphsPerSecond(),
        r.cpuMicrosPerParagraph(),
        r.seconds(),
        r.closeSeconds(),
        r.cpuSeconds());
  }

  private static IndexingRun last(List<IndexingRun> runs, Engine e) {
    return runs.stream().filter(r -> r.engine() == e).reduce((a, b) -> b).orElseThrow();
  }
}
