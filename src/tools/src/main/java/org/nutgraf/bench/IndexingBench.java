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
import org.nutgraf.NewsIndex;
import org.nutgraf.article.Article;

/**
 * Indexes a corpus into a fresh index with either engine and times it: the time inside the upsert
 * calls of the slowest thread, plus the final commit and close (which abort merges still running,
 * on both engines). The corpus is written as it is indexed, outside the timed calls.
 */
final class IndexingBench {
  /** The RAM buffer of both engines: NewsIndex's default. */
  static final double RAM_BUFFER_MB = 64;

  /** One engine's index, open for writing. */
  private interface Target extends AutoCloseable {
    void upsert(Article a) throws IOException;

    @Override
    void close() throws IOException;
  }

  private IndexingBench() {}

  /**
   * Indexes {@code corpus} into {@code dir} (emptied first) with {@code threads} threads.
   *
   * @throws IOException if an index cannot be written
   */
  static IndexingRun run(
      Engine engine, int threads, CorpusGenerator corpus, long textBytes, Path dir)
      throws IOException {
    BenchFiles.deleteTree(dir);
    Files.createDirectories(dir);
    Target target = open(engine, dir);
    boolean closed = false;
    long busiest = 0;
    long paragraphs = 0;
    try (HeapSampler heap = HeapSampler.start()) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<long[]>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          Iterator<Article> share = corpus.partition(t, threads);
          parts.add(pool.submit(() -> upsertAll(target, share)));
        }
        for (Future<long[]> f : parts) {
          long[] r = get(f);
          busiest = Math.max(busiest, r[0]);
          paragraphs += r[1];
        }
      } finally {
        pool.shutdownNow();
      }
      long start = System.nanoTime();
      closed = true;
      target.close();
      long closing = System.nanoTime() - start;
      return new IndexingRun(
          engine,
          threads,
          paragraphs,
          textBytes,
          (busiest + closing) / 1e9,
          closing / 1e9,
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

  /** Upserts every article; returns the nanoseconds spent in upsert and the paragraphs. */
  private static long[] upsertAll(Target target, Iterator<Article> articles) throws IOException {
    long busy = 0;
    long paragraphs = 0;
    while (articles.hasNext()) {
      Article a = articles.next();
      long start = System.nanoTime();
      target.upsert(a);
      busy += System.nanoTime() - start;
      paragraphs += a.paragraphs().size();
    }
    return new long[] {busy, paragraphs};
  }

  private static Target open(Engine engine, Path dir) throws IOException {
    return switch (engine) {
      case PLAIN -> {
        PlainIndex plain = new PlainIndex(dir, RAM_BUFFER_MB);
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
      case NUTGRAF -> {
        NewsIndex index = NewsIndex.builder().path(dir).ramBufferMb(RAM_BUFFER_MB).open();
        yield new Target() {
          @Override
          public void upsert(Article a) throws IOException {
            index.upsert(a);
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
