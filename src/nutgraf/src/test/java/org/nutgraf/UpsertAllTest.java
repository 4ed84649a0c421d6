package org.nutgraf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nutgraf.article.Article;
import org.nutgraf.entity.EntityTagger;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.search.Hit;
import org.nutgraf.testing.BracketTagger;

/** {@link NewsIndex#upsertAll}: articles tagged and written on other threads. */
class UpsertAllTest {
  private static final Instant DAY = Instant.parse("2021-03-01T00:00:00Z");

  /** Fails on an article whose first paragraph says "poison". */
  private static final EntityTagger POISONED =
      a -> {
        if (a.paragraphs().get(0).text().contains("poison")) {
          throw new IllegalStateException("cannot tag " + a.id());
        }
        return new BracketTagger().tag(a);
      };

  @TempDir Path tmp;

  private static NewsIndex index(Path dir, int threads) throws IOException {
    return NewsIndex.builder().path(dir).tagger(POISONED).taggingThreads(threads).open();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 3})
  void writesEveryArticleAndALaterOneWithTheSameIdWins(int threads) throws IOException {
    List<Article> batch = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      batch.add(article("a" + (i % 150), "Version " + i + " of article " + (i % 150) + " [HN]."));
    }
    try (NewsIndex index = index(tmp, threads)) {
      index.upsertAll(batch);
      index.commit();
      assertEquals(new IndexStats(150, 150), index.stats());
      // articles 0..49 came twice: the second version (i = 150..199) replaced the first
      assertEquals(List.of("Version 170 of article 20 [HN]."), texts(index, "a20"));
      assertEquals(List.of("Version 60 of article 60 [HN]."), texts(index, "a60"));
      assertEquals(150, index.search(NewsQuery.parse("country:HN")).totalHits());
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 2})
  void aFailedBatchCommitsNothingEvenWhenTheIndexIsClosedAfter(int threads) throws IOException {
    try (NewsIndex index = index(tmp, threads)) {
      index.upsert(article("kept", "Committed before [GT]."));
      index.commit();
      index.upsert(article("pending", "Upserted, not committed."));
      List<Article> batch = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        batch.add(article("b" + i, i == 30 ? "A poison paragraph." : "Batch text " + i + "."));
      }
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> index.upsertAll(batch));
      assertEquals("cannot tag b30", e.getMessage());
      index.refresh();
      assertEquals(new IndexStats(1, 1), index.stats());
    }
    // close() commits pending changes: none of the batch (nor the uncommitted upsert) is left
    try (NewsIndex reopened = index(tmp, 0)) {
      assertEquals(new IndexStats(1, 1), reopened.stats());
      assertEquals(List.of("Committed before [GT]."), texts(reopened, "kept"));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 2})
  void aSourceThatFailsMidwayRollsTheBatchBack(int threads) throws IOException {
    Iterable<Article> failing =
        () ->
            new Iterator<>() {
              private int i;

              @Override
              public boolean hasNext() {
                return true;
              }

              @Override
              public Article next() {
                if (i == 20) {
                  throw new IllegalArgumentException("line 21: bad article");
                }
                i++;
                return article("s" + i, "Streamed " + i + ".");
              }
            };
    try (NewsIndex index = index(tmp, threads)) {
      assertThrows(IllegalArgumentException.class, () -> index.upsertAll(failing));
      index.commit();
      assertEquals(new IndexStats(0, 0), index.stats());
      // the index is usable afterwards
      index.upsertAll(List.of(article("after", "Written after the failure.")));
      index.commit();
      assertEquals(new IndexStats(1, 1), index.stats());
    }
  }

  @Test
  void closingTheIndexDuringBulkUpsertsEndsEachWithAnError() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    EntityTagger slow =
        a -> {
          started.countDown();
          try {
            Thread.sleep(5);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return new BracketTagger().tag(a);
        };
    NewsIndex index = NewsIndex.builder().path(tmp).tagger(slow).taggingThreads(2).open();
    // two callers share the two tagging threads, so some of their work waits in the pool's queue
    List<Thread> callers = new ArrayList<>();
    List<Throwable> thrown = Collections.synchronizedList(new ArrayList<>());
    for (String prefix : List.of("c", "d")) {
      List<Article> batch = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        batch.add(article(prefix + i, "Text " + i + "."));
      }
      Thread caller =
          new Thread(
              () -> {
                try {
                  index.upsertAll(batch);
                } catch (Throwable t) {
                  thrown.add(t);
                }
              });
      caller.start();
      callers.add(caller);
    }
    started.await();
    Thread.sleep(50);
    index.close();
    for (Thread caller : callers) {
      caller.join(30_000); // a bound on a hang, not a speed: it ends in milliseconds
      assertFalse(caller.isAlive(), "upsertAll still waits for articles a closed index dropped");
    }
    assertEquals(2, thrown.size());
  }

  private static Article article(String id, String... texts) {
    return Article.of(id, "Headline " + id, DAY, "Harbor Ledger", List.of(texts));
  }

  private static List<String> texts(NewsIndex index, String articleId) throws IOException {
    return index.search(NewsQuery.builder().article(articleId).build()).hits().stream()
        .map(Hit::text)
        .toList();
  }
}
