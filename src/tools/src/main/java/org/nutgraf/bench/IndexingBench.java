package org.nutgraf.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.nutgraf.NewsIndex;
import org.nutgraf.article.Article;

/**
 * Indexes a pre-made corpus into a fresh index with either engine and times it: wall time and the
 * process's CPU time from the first article read to the end of the final commit and close (which
 * abort merges still running, on both engines).
 */
final class IndexingBench {
  /** The RAM buffer of both engines: NewsIndex's default. */
  static final double RAM_BUFFER_MB = 64;

  /** One engine's index, open for writing. */
  private interface Target extends AutoCloseable {
    void upsert(Article a) throws IOException;

    /** Upserts every article; one at a time unless the engine has a bulk call. */
    default void upsertAll(Iterable<Article> articles) throws IOException {
      for (Article a : articles) {
        upsert(a);
      }
    }

    @Override
    void close() throws IOException;
  }

  private IndexingBench() {}

  /**
   * Indexes {@code corpus} into {@code dir} (emptied first) with {@code threads} threads, each
   * upserting its share of the articles.
   *
   * @throws IOException if an index cannot be written
   */
  static IndexingRun run(
      Engine engine, int threads, int round, CorpusFile corpus, Path dir, double ramBufferMb)
      throws IOException {
    BenchFiles.deleteTree(dir);
    Files.createDirectories(dir);
    Target target = open(engine, dir, ramBufferMb);
    boolean closed = false;
    long paragraphs = 0;
    long callerCpu = 0;
    try (HeapSampler heap = HeapSampler.start()) {
      long cpu0 = CpuClock.process();
      long wall0 = System.nanoTime();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<long[]>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int part = t;
          parts.add(pool.submit(() -> upsertShare(target, corpus, part, threads)));
        }
        for (Future<long[]> f : parts) {
          long[] r = get(f);
          paragraphs += r[0];
          callerCpu += r[1];
        }
      } finally {
        pool.shutdownNow();
      }
      long closing0 = System.nanoTime();
      closed = true;
      target.close();
      long wall1 = System.nanoTime();
      long cpu1 = CpuClock.process();
      return new IndexingRun(
          engine,
          threads,
          round,
          paragraphs,
          corpus.textBytes(),
          (wall1 - wall0) / 1e9,
          (wall1 - closing0) / 1e9,
          (cpu1 - cpu0) / 1e9,
          callerCpu / 1e9,
          BenchFiles.size(dir),
          heap.use());
    } catch (IOException | RuntimeException e) {
      if (!closed) {
        try {
          target.close();
        } catch (IOException | RuntimeException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw e;
    }
  }

  /**
   * Indexes {@code corpus} with a RAM buffer of {@code ramBufferMb}, then merges the index down to
   * one segment with a plain {@code IndexWriter} (the same for both engines: merging analyses
   * nothing) and times that too.
   *
   * @throws IOException if an index cannot be written
   */
  static MergeRun merge(Engine engine, CorpusFile corpus, Path dir, double ramBufferMb)
      throws IOException {
    IndexingRun indexing = run(engine, 1, 0, corpus, dir, ramBufferMb);
    try (Directory d = FSDirectory.open(dir)) {
      int segments = SegmentInfos.readLatestCommit(d).size();
      IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.APPEND);
      long cpu0 = CpuClock.process();
      long wall0 = System.nanoTime();
      try (IndexWriter writer = new IndexWriter(d, config)) {
        writer.forceMerge(1);
        writer.commit();
      }
      long wall1 = System.nanoTime();
      long cpu1 = CpuClock.process();
      return new MergeRun(
          indexing, ramBufferMb, segments, (wall1 - wall0) / 1e9, (cpu1 - cpu0) / 1e9);
    }
  }

  /** Upserts one share of the corpus; returns its paragraphs and this thread's CPU nanoseconds. */
  private static long[] upsertShare(Target target, CorpusFile corpus, int part, int parts)
      throws IOException {
    long cpu0 = CpuClock.thread();
    long[] paragraphs = {0};
    try (CorpusFile.Reader articles = corpus.partition(part, parts)) {
      Iterable<Article> counted =
          () ->
              new Iterator<>() {
                @Override
                public boolean hasNext() {
                  return articles.hasNext();
                }

                @Override
                public Article next() {
                  Article a = articles.next();
                  paragraphs[0] += a.paragraphs().size();
                  return a;
                }
              };
      target.upsertAll(counted);
    }
    return new long[] {paragraphs[0], CpuClock.thread() - cpu0};
  }

  private static Target open(Engine engine, Path dir, double ramBufferMb) throws IOException {
    return switch (engine) {
      case PLAIN -> {
        PlainIndex plain = new PlainIndex(dir, ramBufferMb);
        yield new Target() {
          @Override
          public void upsert(Article a) throws IOException {
            plain.upsert(a);
          }

          @Override
          public void close() throws IOException {
            plain.close();
          }
        };
      }
      case NUTGRAF, BULK -> {
        NewsIndex index = NewsIndex.builder().path(dir).ramBufferMb(ramBufferMb).open();
        yield new Target() {
          @Override
          public void upsert(Article a) throws IOException {
            index.upsert(a);
          }

          @Override
          public void upsertAll(Iterable<Article> articles) throws IOException {
            if (engine == Engine.BULK) {
              index.upsertAll(articles);
            } else {
              Target.super.upsertAll(articles);
            }
          }

          @Override
          public void close() throws IOException {
            index.close();
          }
        };
      }
    };
  }

  private static long[] get(Future<long[]> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while indexing", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("indexing failed: " + cause, cause);
    }
  }
}
