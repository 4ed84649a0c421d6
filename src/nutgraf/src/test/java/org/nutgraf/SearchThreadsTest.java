package org.nutgraf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;
import org.nutgraf.query.DateFacetRequest;
import org.nutgraf.query.DateInterval;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.query.SortOrder;
import org.nutgraf.search.SearchResult;
import org.nutgraf.testing.BracketTagger;

/**
 * A search gives the same result whether its facets and segments are counted on the calling thread
 * alone or side by side on search threads, over several segments with replaced articles.
 */
class SearchThreadsTest {
  private static NewsIndex alone;
  private static NewsIndex shared;

  @BeforeAll
  static void open() throws IOException {
    alone = NewsIndex.builder().tagger(new BracketTagger()).searchThreads(0).open();
    shared = NewsIndex.builder().tagger(new BracketTagger()).searchThreads(3).open();
    for (NewsIndex index : List.of(alone, shared)) {
      for (int batch = 0; batch < 4; batch++) {
        for (int a = 0; a < 6; a++) {
          index.upsert(article(batch, a));
        }
        index.commit(); // a segment per batch
      }
      // replaced articles leave deleted paragraphs behind in the older segments
      index.upsert(
          Article.of(
              "b0-a1",
              "Rewritten",
              Instant.parse("2024-02-01T00:00:00Z"),
              "Valley Courier",
              List.of("{Rosa Mendez} left [AR] for [UY].")));
      index.delete("b1-a2");
      index.commit();
    }
  }

  private static Article article(int batch, int a) {
    String[] people = {"{Rosa Mendez}", "{Ivo Petrov}", "{Lena Berg}"};
    String[] countries = {"[AR]", "[UY]", "[BG]", "[SE]"};
    List<String> paragraphs = new ArrayList<>();
    for (int p = 0; p < 3; p++) {
      paragraphs.add(
          people[(a + p) % 3]
              + " spoke of "
              + countries[(batch + p) % 4]
              + " and "
              + countries[(a + batch) % 4]
              + " at the harbour meeting number "
              + (batch * 10 + a)
              + ".");
    }
    return Article.of(
        "b" + batch + "-a" + a,
        "Meeting " + batch + "/" + a,
        Instant.parse("2024-01-01T00:00:00Z").plusSeconds(86_400L * (batch * 7 + a)),
        a % 2 == 0 ? "Valley Courier" : "Coast Daily",
        paragraphs);
  }

  @AfterAll
  static void close() throws IOException {
    alone.close();
    shared.close();
  }

  /** Equal results, but for the cursors, which each index signs with a key of its own. */
  private static void sameResult(NewsQuery q) throws IOException {
    SearchResult expected = alone.search(q);
    SearchResult actual = shared.search(q);
    assertEquals(expected.totalHits(), actual.totalHits());
    assertEquals(expected.totalArticles(), actual.totalArticles());
    assertEquals(expected.hits(), actual.hits());
    assertEquals(expected.articles(), actual.articles());
    assertEquals(expected.next().isPresent(), actual.next().isPresent());
    assertEquals(expected.facets(), actual.facets());
    assertEquals(expected.dates(), actual.dates());
    assertEquals(expected.cooccurrence(), actual.cooccurrence());
  }

  @Test
  void browsingEveryParagraphCountsEachLiveParagraphOnce() throws IOException {
    NewsQuery q =
        NewsQuery.builder()
            .facets(Dimension.COUNTRY, Dimension.ACTOR, Dimension.SOURCE, Dimension.PLACE)
            .build();

    sameResult(q);
    // 4 batches of 6 articles of 3 paragraphs, one replaced by a one-paragraph article, one deleted
    assertEquals(4 * 6 * 3 - 3 + 1 - 3, shared.search(q).totalHits());
  }

  @Test
  void cooccurrenceAcrossSegments() throws IOException {
    sameResult(NewsQuery.builder().cooccurrence().build());
    sameResult(NewsQuery.builder().text("harbour").cooccurrence().build());
  }

  @Test
  void selectionsSortsAndDates() throws IOException {
    sameResult(
        NewsQuery.builder()
            .select(Dimension.COUNTRY, "AR")
            .facets(Dimension.COUNTRY, Dimension.ACTOR)
            .build());
    sameResult(NewsQuery.builder().sort(SortOrder.NEWEST).pageSize(5).build());
    sameResult(NewsQuery.builder().dateFacet(DateFacetRequest.by(DateInterval.MONTH)).build());
    sameResult(NewsQuery.builder().groupByArticle(2).build());
  }

  @Test
  void refusesANegativeCount() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NewsIndex.builder().searchThreads(-1));
    assertEquals("searchThreads: must be between 0 and 256, was -1", e.getMessage());
  }
}
