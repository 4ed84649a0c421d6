package org.nutgraf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;

class BulkWriterTest {
  private static final Instant DAY = Instant.parse("2021-03-01T00:00:00Z");

  /** Records what it upserts (id and headline); fails on an article whose id starts with "bad". */
  private static final class Recorder implements BulkWriter.Sink {
    final List<String> written = Collections.synchronizedList(new ArrayList<>());
    final Set<Thread> writers = ConcurrentHashMap.newKeySet();

    @Override
    public void upsert(Article article) throws IOException {
      if (article.id().startsWith("bad")) {
        throw new IOException("disk full at " + article.id());
      }
      written.add(article.id() + ":" + article.headline());
      writers.add(Thread.currentThread());
    }
  }

  /** Holds tasks until told to run them, newest first: lanes that run out of order. */
  private static final class Backwards implements Executor {
    final Deque<Runnable> tasks = new ArrayDeque<>();

    @Override
    public synchronized void execute(Runnable task) {
      tasks.push(task);
    }

    synchronized void runAll() {
      while (!tasks.isEmpty()) {
        tasks.pop().run();
      }
    }
  }

  @Test
  void articlesOfOneIdAreWrittenInTheOrderTheyCameWhateverOrderTheLanesRunIn() throws Exception {
    Recorder sink = new Recorder();
    Backwards executor = new Backwards();
    BulkWriter bulk = new BulkWriter(sink, executor, 4, 100);
    for (int version = 1; version <= 3; version++) {
      for (String id : List.of("a", "b", "c", "d", "e", "f")) {
        bulk.add(article(id, "v" + version));
      }
    }
    assertEquals(List.of(), sink.written); // nothing has run yet
    executor.runAll();
    bulk.flush();
    assertEquals(18, sink.written.size());
    for (String id : List.of("a", "b", "c", "d", "e", "f")) {
      List<String> versions =
          sink.written.stream()
              .filter(w -> w.startsWith(id + ":"))
              .map(w -> w.substring(2))
              .toList();
      assertEquals(List.of("v1", "v2", "v3"), versions, id);
    }
  }

  @Test
  void theCallerOnlyHandsOutArticlesAndFlushWaitsUntilTheLanesHaveWrittenThem() throws Exception {
    Recorder sink = new Recorder();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      BulkWriter bulk = new BulkWriter(sink, pool, 3, 4);
      for (int i = 0; i < 500; i++) {
        bulk.add(article("id" + (i % 50), "v" + i));
      }
      bulk.flush();
      assertEquals(500, sink.written.size());
      assertFalse(sink.writers.contains(Thread.currentThread()));
      // the last version of each id was written last for that id
      for (int id = 0; id < 50; id++) {
        String prefix = "id" + id + ":";
        List<String> mine = sink.written.stream().filter(w -> w.startsWith(prefix)).toList();
        assertEquals(prefix + "v" + (450 + id), mine.get(mine.size() - 1));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void addWaitsWhileTheWindowIsFull() throws Exception {
    Recorder sink = new Recorder();
    Backwards idle = new Backwards();
    BulkWriter bulk = new BulkWriter(sink, idle, 1, 2);
    bulk.add(article("a", "v"));
    bulk.add(article("b", "v"));
    CountDownLatch added = new CountDownLatch(1);
    Thread caller =
        new Thread(
            () -> {
              try {
                bulk.add(article("c", "v"));
                added.countDown();
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
    caller.start();
    caller.join(200);
    assertEquals(1, added.getCount(), "the third article must wait for room");
    idle.runAll(); // writes a and b, which frees the window
    added.await();
    caller.join();
    idle.runAll();
    bulk.flush();
    assertEquals(List.of("a:v", "b:v", "c:v"), sink.written);
  }

  @Test
  void aFailureIsThrownByTheNextCallAndTheRestIsDropped() throws IOException {
    Recorder sink = new Recorder();
    BulkWriter bulk = new BulkWriter(sink, Runnable::run, 1, 1);
    bulk.add(article("a", "v"));
    bulk.add(article("bad1", "v"));
    IOException e = assertThrows(IOException.class, () -> bulk.add(article("c", "v")));
    assertEquals("disk full at bad1", e.getMessage());
    assertThrows(IOException.class, bulk::flush);
    assertEquals(List.of("a:v"), sink.written);
  }

  @Test
  void discardDropsTheArticlesNotStartedAndWaitsForTheLanesToFinish() throws Exception {
    Recorder sink = new Recorder();
    Backwards idle = new Backwards();
    BulkWriter bulk = new BulkWriter(sink, idle, 2, 10);
    bulk.add(article("a", "v"));
    bulk.add(article("b", "v"));
    bulk.add(article("c", "v"));
    Thread caller = Thread.currentThread();
    Thread lanes =
        new Thread(
            () -> {
              while (caller.getState() != Thread.State.WAITING) { // inside discard
                Thread.onSpinWait();
              }
              idle.runAll();
            });
    lanes.start();
    bulk.discard(); // returns only once the lanes have run
    lanes.join();
    assertEquals(List.of(), sink.written);
    assertTrue(idle.tasks.isEmpty());
  }

  @Test
  void anExecutorThatRefusesWorkFailsTheAddAndLeavesNothingInFlight() throws IOException {
    Recorder sink = new Recorder();
    Executor closed =
        task -> {
          throw new RejectedExecutionException("pool closed");
        };
    BulkWriter bulk = new BulkWriter(sink, closed, 1, 2);
    assertThrows(RejectedExecutionException.class, () -> bulk.add(article("a", "v")));
    bulk.flush(); // returns: nothing is in flight
    assertEquals(List.of(), sink.written);
  }

  @Test
  void rejectsAnEmptyWindowOrNoLanes() {
    assertThrows(
        IllegalArgumentException.class, () -> new BulkWriter(new Recorder(), Runnable::run, 1, 0));
    assertThrows(
        IllegalArgumentException.class, () -> new BulkWriter(new Recorder(), Runnable::run, 0, 1));
  }

  private static Article article(String id, String headline) {
    return Article.of(id, headline, DAY, "Harbor Ledger", List.of("Text of " + id + "."));
  }
}
