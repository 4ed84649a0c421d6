package org.nutgraf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.FacetRequest;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.search.FacetResult;
import org.nutgraf.search.FacetValue;
import org.nutgraf.search.SearchResult;

/**
 * Browsing the whole index counts facet values from term statistics, not from each paragraph; the
 * counts must equal those of a query that matches the same paragraphs one by one, deleted and
 * replaced articles included.
 */
class BrowsingCountsTest {
  private static NewsIndex index;

  /** Every paragraph says "report", so a search for it matches every paragraph. */
  private static final String[][] ARTICLES = {
    {
      "Mayor Ines Carvalho of Porto presented the harbour report on Monday.",
      "The report also covered Lisbon and the ferry link to Vigo in Spain."
    },
    {
      "Officials in Lyon said the rail report would reach Geneva by spring.",
      "Minister Paul Girard praised the report in Marseille."
    },
    {
      "A report from Nairobi described drought across Kenya and Uganda.",
      "Farmers near Mombasa told the report team that wells ran dry."
    },
    {
      "The fisheries report named Bergen and Tromso as the busiest ports of Norway.",
      "Ines Carvalho said the report matched what Porto had seen."
    },
    {"Paul Girard read the report aloud in Lyon.", "Nothing in the report mentioned Kenya."},
  };

  @BeforeAll
  static void open() throws IOException {
    index = NewsIndex.builder().searchThreads(0).open();
    for (int round = 0; round < 3; round++) {
      for (int a = 0; a < ARTICLES.length; a++) {
        index.upsert(article(round + "-" + a, a == 3 && round != 0 ? 1 : a, round));
      }
      index.commit(); // one segment a round
    }
    // a replaced article and a deleted one leave deleted paragraphs in older segments
    index.upsert(article("0-0", 1, 0));
    index.delete("0-3"); // the only article naming Norway's ports in round 0
    index.commit();
  }

  private static Article article(String id, int text, int round) {
    return Article.of(
        id,
        "Report " + id,
        Instant.parse("2025-03-01T00:00:00Z").plusSeconds(86_400L * round),
        round % 2 == 0 ? "Harbour Weekly" : "Valley Courier",
        List.of(ARTICLES[text]));
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static NewsQuery allFacets(NewsQuery.Builder b) {
    return b.facets(
            FacetRequest.of(Dimension.COUNTRY).top(100),
            FacetRequest.of(Dimension.ACTOR).top(100),
            FacetRequest.of(Dimension.PLACE).top(100),
            FacetRequest.of(Dimension.LANGUAGE).top(100),
            FacetRequest.of(Dimension.SOURCE).top(100))
        .cooccurrence()
        .build();
  }

  @Test
  void browsingCountsWhatASearchMatchingEveryParagraphCounts() throws IOException {
    SearchResult browsed = index.search(allFacets(NewsQuery.builder()));
    SearchResult searched = index.search(allFacets(NewsQuery.builder().text("report")));

    assertEquals(searched.totalHits(), browsed.totalHits());
    assertEquals(searched.facets(), browsed.facets());
    assertEquals(searched.cooccurrence(), browsed.cooccurrence());
  }

  @Test
  void deletedParagraphsAreNotCounted() throws IOException {
    SearchResult browsed = index.search(allFacets(NewsQuery.builder()));

    // 3 rounds of 5 two-paragraph articles; article 0-3 deleted, 0-0 replaced by another text
    assertEquals(28, browsed.totalHits());
    FacetResult countries = browsed.facets().get(0);
    assertFalse(
        countries.values().stream().anyMatch(v -> v.key().equals("NO")),
        "only the deleted article named Norway: " + countries);
    for (FacetResult facet : browsed.facets().subList(0, 2)) {
      assertFalse(facet.values().isEmpty(), facet.toString());
      for (FacetValue v : facet.values()) {
        long selected =
            index
                .search(NewsQuery.builder().select(facet.dimension(), v.key()).build())
                .totalHits();
        assertEquals(selected, v.count(), facet.dimension() + " " + v.key());
      }
    }
  }
}
