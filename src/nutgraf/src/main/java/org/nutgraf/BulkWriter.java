package org.nutgraf;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.nutgraf.article.Article;

/**
 * Upserts articles on an executor's threads, each of which tags an article and writes it itself, so
 * that tagging and Lucene's own indexing both run beside the calling thread. Articles go to one of
 * a few lanes by their id, and each lane upserts its articles one at a time in the order they were
 * added: a later article with an id seen before replaces the earlier one, as with upserts in a
 * loop. Articles of different ids may be written in any order.
 *
 * <p>At most {@code window} articles are queued or being upserted at once; {@link #add} waits for
 * room. The first failure stops the work: articles still queued are dropped, and the failure is
 * thrown by the next {@link #add} or {@link #flush}. Not thread-safe: one caller at a time.
 */
final class BulkWriter {
  /** Tags an article and writes it to the index, replacing any article of the same id. */
  @FunctionalInterface
  interface Sink {
    void upsert(Article article) throws IOException;
  }

  private final Sink sink;
  private final Executor executor;
  private final int window;
  private final Lane[] lanes;
  // guarded by this: articles added and not yet finished, the first failure, whether to drop work
  private int inFlight;
  private Throwable failure;
  private boolean dropping;

  /**
   * A writer that upserts on {@code executor} in {@code lanes} lanes, with at most {@code window}
   * articles in flight. With {@code Runnable::run} as the executor every article is upserted by
   * {@link #add} itself.
   *
   * @throws IllegalArgumentException if {@code lanes} or {@code window} is below 1
   */
  BulkWriter(Sink sink, Executor executor, int lanes, int window) {
    if (lanes < 1) {
      throw new IllegalArgumentException("lanes: must be >= 1, was " + lanes);
    }
    if (window < 1) {
      throw new IllegalArgumentException("window: must be >= 1, was " + window);
    }
    this.sink = sink;
    this.executor = executor;
    this.window = window;
    this.lanes = new Lane[lanes];
    for (int i = 0; i < lanes; i++) {
      this.lanes[i] = new Lane();
    }
  }

  /**
   * Queues the article for upserting, after waiting while {@code window} articles are in flight.
   *
   * @throws IOException what writing an earlier article threw, or {@link InterruptedIOException} if
   *     the wait was interrupted (the article is then not queued)
   * @throws RuntimeException what tagging an earlier article threw
   */
  void add(Article article) throws IOException {
    Objects.requireNonNull(article, "article");
    synchronized (this) {
      try {
        while (inFlight >= window && failure == null) { // woken with half the window free
          wait();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting to index " + article.id());
      }
      throwFailure();
      inFlight++;
    }
    try {
      lanes[Math.floorMod(article.id().hashCode(), lanes.length)].add(article);
    } catch (RuntimeException e) { // the executor refused the work: the index is closing
      synchronized (this) {
        inFlight--;
        notifyAll();
      }
      throw e;
    }
  }

  /**
   * Waits until every article added so far is written.
   *
   * @throws IOException what writing one threw (the articles after it may not be written), or
   *     {@link InterruptedIOException} if the wait was interrupted
   * @throws RuntimeException what tagging one threw, with the same consequence
   */
  void flush() throws IOException {
    synchronized (this) {
      try {
        while (inFlight > 0) {
          wait();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for articles to be indexed");
      }
      throwFailure();
    }
  }

  /**
   * Drops every article not started yet and waits for those being upserted to finish, so that the
   * index can be rolled back; the writer may not be used afterwards.
   */
  void discard() {
    boolean interrupted = false;
    synchronized (this) {
      dropping = true;
      while (inFlight > 0) {
        try {
          wait();
        } catch (InterruptedException e) {
          interrupted = true; // at most one article per lane is left: finish waiting
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Throws the first failure, if there was one; the writer drops all work after it. */
  private void throwFailure() throws IOException {
    Throwable f = failure;
    if (f == null) {
      return;
    }
    if (f instanceof IOException io) {
      throw io;
    }
    if (f instanceof RuntimeException r) {
      throw r;
    }
    if (f instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException("indexing failed: " + f, f);
  }

  /** Upserts one article unless the work is being dropped, and records its end. */
  private void upsert(Article article) {
    Throwable thrown = null;
    boolean skip;
    synchronized (this) {
      skip = dropping || failure != null;
    }
    if (!skip) {
      try {
        sink.upsert(article);
      } catch (IOException | RuntimeException | Error e) {
        thrown = e;
      }
    }
    synchronized (this) {
      if (thrown != null && failure == null) {
        failure = thrown;
      }
      inFlight--;
      // the caller waits for half the window to be free, or for all work to end: fewer wake-ups
      if (inFlight == window / 2 || inFlight == 0 || thrown != null) {
        notifyAll();
      }
    }
  }

  /** Articles of some ids, upserted one at a time in the order they came, on the executor. */
  private final class Lane implements Runnable {
    // guarded by this
    private final ArrayDeque<Article> queue = new ArrayDeque<>();
    private boolean scheduled;

    void add(Article article) {
      boolean start;
      synchronized (this) {
        queue.add(article);
        start = !scheduled;
        scheduled = true;
      }
      if (start) {
        try {
          executor.execute(this);
        } catch (RuntimeException e) {
          synchronized (this) {
            queue.pollLast(); // the only one: a lane not scheduled has an empty queue
            scheduled = false;
          }
          throw e;
        }
      }
    }

    @Override
    public void run() {
      while (true) {
        Article next;
        synchronized (this) {
          next = queue.poll();
          if (next == null) {
            scheduled = false;
            return;
          }
        }
        upsert(next);
      }
    }
  }
}
