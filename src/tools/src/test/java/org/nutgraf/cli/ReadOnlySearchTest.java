package org.nutgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.NewsIndex;
import org.nutgraf.article.Article;

/**
 * {@code search} opens the index read-only: it runs beside an indexer and beside other searches.
 */
class ReadOnlySearchTest {
  @TempDir Path tmp;

  @Test
  void searchRunsWhileAnIndexerHoldsTheIndexAndSeesItsCommits() throws IOException {
    Path dir = tmp.resolve("index");
    try (NewsIndex writer = NewsIndex.open(dir)) {
      writer.upsert(article("a1", "Ferries stopped at Calais on Monday."));
      writer.commit();

      CliRun first = CliRun.of("search", "--index", dir.toString(), "--json", "ferries");
      writer.upsert(article("a2", "Ferries ran again from Dover on Tuesday."));
      writer.commit();
      CliRun second = CliRun.of("search", "--index", dir.toString(), "--json", "ferries");

      assertEquals(0, first.code(), first.err());
      assertTrue(first.out().startsWith("{\"totalHits\":1,"), first.out());
      assertEquals(0, second.code(), second.err());
      assertTrue(second.out().startsWith("{\"totalHits\":2,"), second.out());
    }
  }

  @Test
  void twoSearchesRunAtOnce() throws Exception {
    Path dir = tmp.resolve("index");
    try (NewsIndex writer = NewsIndex.open(dir)) {
      writer.upsert(article("a1", "Ferries stopped at Calais on Monday."));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<CliRun>> runs =
          pool.invokeAll(
              List.of(
                  () -> CliRun.of("search", "--index", dir.toString(), "ferries"),
                  () -> CliRun.of("search", "--index", dir.toString(), "ferries")));
      for (Future<CliRun> run : runs) {
        assertEquals(0, run.get().code(), run.get().err());
      }
    } finally {
      pool.shutdown();
    }
  }

  private static Article article(String id, String text) {
    return Article.of(
        id, "Ferry news", Instant.parse("2021-03-01T00:00:00Z"), "Test Wire", List.of(text));
  }
}
