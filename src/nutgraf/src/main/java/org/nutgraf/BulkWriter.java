package org.nutgraf;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import org.apache.lucene.document.Document;
import org.nutgraf.article.Article;

/**
 * Writes articles in the order they are added while their tagging runs on other threads: each
 * article's documents are built by a task on the executor, and the calling thread writes the oldest
 * finished one once more than {@code window} are in flight. When the oldest has not started yet,
 * the calling thread builds it itself rather than wait. Not thread-safe: one caller at a time.
 */
final class BulkWriter {
  /** Builds an article's documents (tagging it) and writes them; the two halves of an upsert. */
  interface Sink {
    List<Document> documents(Article article);

    void write(String articleId, List<Document> documents) throws IOException;
  }

  private record Pending(String articleId, FutureTask<List<Document>> documents) {}

  private final Sink sink;
  private final Executor executor;
  private final int window;
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();

  /**
   * A writer that tags on {@code executor} with at most {@code window} articles in flight.
   *
   * @throws IllegalArgumentException if {@code window} is below 1
   */
  BulkWriter(Sink sink, Executor executor, int window) {
    if (window < 1) {
      throw new IllegalArgumentException("window: must be >= 1, was " + window);
    }
    this.sink = sink;
    this.executor = executor;
    this.window = window;
  }

  /**
   * Queues the article for tagging; writes older ones while too many are in flight.
   *
   * @throws IOException if an older article cannot be written
   * @throws RuntimeException what tagging an older article threw
   */
  void add(Article article) throws IOException {
    Objects.requireNonNull(article, "article");
    FutureTask<List<Document>> task = new FutureTask<>(() -> sink.documents(article));
    pending.add(new Pending(article.id(), task));
    executor.execute(task);
    while (pending.size() > window) {
      writeOldest();
    }
  }

  /**
   * Writes every article added so far, in order.
   *
   * @throws IOException if one cannot be written; none after it is
   * @throws RuntimeException what tagging one threw; none after it is written
   */
  void flush() throws IOException {
    while (!pending.isEmpty()) {
      writeOldest();
    }
  }

  /** Drops every article not written yet; their tasks are cancelled if they have not run. */
  void discard() {
    for (Pending p : pending) {
      p.documents().cancel(false);
    }
    pending.clear();
  }

  private void writeOldest() throws IOException {
    Pending p = pending.peek();
    FutureTask<List<Document>> task = p.documents();
    task.run(); // does nothing when a tagging thread has started or finished it
    List<Document> docs;
    try {
      docs = task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      discard();
      throw new InterruptedIOException("interrupted while tagging article " + p.articleId());
    } catch (ExecutionException e) {
      discard();
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("tagging article " + p.articleId() + " failed", cause);
    }
    pending.poll();
    try {
      sink.write(p.articleId(), docs);
    } catch (IOException | RuntimeException e) {
      discard();
      throw e;
    }
  }
}
