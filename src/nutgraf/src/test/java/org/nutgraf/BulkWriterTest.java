package org.nutgraf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;

class BulkWriterTest {
  private static final Instant DAY = Instant.parse("2021-03-01T00:00:00Z");

  /** Records what it builds and writes; fails to build an article whose id starts with "bad". */
  private static final class Recorder implements BulkWriter.Sink {
    final List<String> built = new ArrayList<>();
    final List<String> written = new ArrayList<>();

    @Override
    public synchronized List<Document> documents(Article article) {
      if (article.id().startsWith("bad")) {
        throw new IllegalArgumentException("cannot tag " + article.id());
      }
      built.add(article.id());
      Document d = new Document();
      d.add(new StoredField("id", article.id()));
      return List.of(d);
    }

    @Override
    public void write(String articleId, List<Document> documents) {
      assertEquals(articleId, documents.get(0).get("id"));
      written.add(articleId);
    }
  }

  /** Holds tasks until told to run them, newest first: tagging that finishes out of order. */
  private static final class Backwards implements Executor {
    final Deque<Runnable> tasks = new ArrayDeque<>();

    @Override
    public void execute(Runnable task) {
      tasks.push(task);
    }

    void runAll() {
      while (!tasks.isEmpty()) {
        tasks.pop().run();
      }
    }
  }

  @Test
  void writesInTheOrderArticlesCameWhateverOrderTheyWereTaggedIn() throws IOException {
    Recorder sink = new Recorder();
    Backwards executor = new Backwards();
    BulkWriter bulk = new BulkWriter(sink, executor, 10);
    for (String id : List.of("a", "b", "c", "d")) {
      bulk.add(article(id));
    }
    executor.runAll();
    assertEquals(List.of("d", "c", "b", "a"), sink.built);
    assertEquals(List.of(), sink.written);
    bulk.flush();
    assertEquals(List.of("a", "b", "c", "d"), sink.written);
  }

  @Test
  void tagsTheOldestItselfRatherThanWaitForAThreadThatHasNotStartedIt() throws IOException {
    Recorder sink = new Recorder();
    Backwards idle = new Backwards(); // never runs anything
    BulkWriter bulk = new BulkWriter(sink, idle, 2);
    for (String id : List.of("a", "b", "c", "d", "e")) {
      bulk.add(article(id));
    }
    // no more than two in flight: the three oldest were tagged and written by the caller
    assertEquals(List.of("a", "b", "c"), sink.written);
    bulk.flush();
    assertEquals(List.of("a", "b", "c", "d", "e"), sink.written);
  }

  @Test
  void aFailedArticleStopsTheWritingAtItAndDropsTheRest() throws IOException {
    Recorder sink = new Recorder();
    BulkWriter bulk = new BulkWriter(sink, Runnable::run, 3);
    bulk.add(article("a"));
    bulk.add(article("b"));
    bulk.add(article("bad1"));
    bulk.add(article("c"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bulk::flush);
    assertEquals("cannot tag bad1", e.getMessage());
    assertEquals(List.of("a", "b"), sink.written);
    bulk.flush(); // nothing is left to write
    assertEquals(List.of("a", "b"), sink.written);
  }

  @Test
  void rejectsAnEmptyWindow() {
    assertThrows(
        IllegalArgumentException.class, () -> new BulkWriter(new Recorder(), Runnable::run, 0));
  }

  private static Article article(String id) {
    return Article.of(id, "Headline", DAY, "Harbor Ledger", List.of("Text of " + id + "."));
  }
}
