package org.nutgraf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.NewsIndex;
import org.nutgraf.article.Article;
import org.nutgraf.index.Fields;

/** The bench's hand-written Lucene queries on a small Nutgraf index: how many they match. */
class PlainQueriesTest {
  @TempDir Path dir;
  private Directory directory;
  private DirectoryReader reader;
  private PlainQueries plain;

  @BeforeEach
  void index() throws IOException {
    try (NewsIndex index = NewsIndex.builder().path(dir).open()) {
      index.upsert(
          Article.of(
              "h1",
              "Floods",
              Instant.parse("2021-03-02T00:00:00Z"),
              "Ledger",
              List.of("Rain flooded towns across Honduras.", "The rain stopped on Sunday.")));
      index.upsert(
          Article.of(
              "g1",
              "Dry spell",
              Instant.parse("2021-05-20T00:00:00Z"),
              "Courier",
              List.of("Farmers in Guatemala waited for rain.", "Prices of maize rose.")));
      index.commit();
    }
    directory = FSDirectory.open(dir);
    reader = DirectoryReader.open(directory);
    plain = new PlainQueries(reader);
  }

  @AfterEach
  void close() throws IOException {
    reader.close();
    directory.close();
  }

  @Test
  void eachQueryCountsTheParagraphsItMatches() throws IOException {
    assertEquals(4, plain.matchAll());
    assertEquals(3, plain.selective("rain"));
    assertEquals(1, plain.selective("maize"));
    assertEquals(4, plain.fourFacets());
    assertEquals(3, plain.broadFourFacets("rain"));
    assertEquals(4, plain.dateHistogram());
    assertEquals(3, plain.highlight("rain"));
    assertEquals(3, plain.grouped("rain"));
  }

  @Test
  void aParsedQueryKeepsTheParagraphsOfItsCountry() throws IOException {
    assertEquals(1, plain.parsed("rain", "HN"));
    assertEquals(1, plain.parsed("rain", "GT"));
    assertEquals(0, plain.parsed("maize", "HN"));
  }

  @Test
  void aDeepPageStartsAfterThePositionNewestFirst() throws IOException {
    FieldDoc first = plain.positionAt("rain", 1);
    assertEquals(3, plain.deepPage("rain", first), "the total of the matches");
    assertNull(plain.positionAt("snow", 5));
  }

  @Test
  void newestSortsByDateDescendingThenParagraphId() {
    var fields = PlainQueries.newest().getSort();
    assertEquals(Fields.PUBLISHED, fields[0].getField());
    assertEquals(true, fields[0].getReverse());
    assertEquals(Fields.ID, fields[1].getField());
  }
}
