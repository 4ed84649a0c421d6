package org.nutgraf.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nutgraf.NewsIndex;
import org.nutgraf.article.Article;
import org.nutgraf.index.Fields;
import org.nutgraf.index.NewsSearcher;
import org.nutgraf.query.SortOrder;
import org.nutgraf.testing.BracketTagger;

/** The Lucene sort of each {@link SortOrder}, run on a handful of paragraphs. */
class SearchSortTest {
  private static NewsIndex index;

  @BeforeAll
  static void open() throws IOException {
    index = BracketTagger.inMemoryIndex();
    index.upsert(
        List.of(
            Article.of(
                "spring",
                "Planting starts",
                Instant.parse("2020-04-10T08:00:00Z"),
                "Valley Times",
                List.of("Farmers sowed maize early.")),
            Article.of(
                "undated",
                "Almanac",
                Optional.empty(),
                "",
                Optional.empty(),
                List.of("A note with no date.")),
            Article.of(
                "summer",
                "Harvest fair",
                Instant.parse("2020-08-02T08:00:00Z"),
                "Valley Times",
                List.of("The fair opened.", "Prizes went to squash.")),
            Article.of(
                "lateb",
                "Frost warning",
                Instant.parse("2020-11-20T06:00:00Z"),
                "Valley Times",
                List.of("Frost is coming.")),
            Article.of(
                "latea",
                "Frost arrives",
                Instant.parse("2020-11-20T06:00:00Z"),
                "Valley Times",
                List.of("Frost came overnight."))));
    index.commit();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static List<String> idsIn(Sort sort) throws IOException {
    return index.withSearcher(
        s -> {
          NewsSearcher searcher = (NewsSearcher) s;
          Matches m = FlatSearch.run(searcher, new MatchAllDocsQuery(), sort, null, 10);
          List<String> ids = new ArrayList<>();
          for (ScoreDoc sd : m.top().scoreDocs) {
            ids.add(searcher.storedFields().document(sd.doc).get(Fields.ID));
          }
          return ids;
        });
  }

  @Test
  void newestFirstWithUndatedLastAndTiesByParagraphId() throws IOException {
    assertEquals(
        List.of("latea#0", "lateb#0", "summer#0", "summer#1", "spring#0", "undated#0"),
        idsIn(SearchSort.of(SortOrder.NEWEST)));
  }

  @Test
  void oldestFirstWithUndatedStillLast() throws IOException {
    assertEquals(
        List.of("spring#0", "summer#0", "summer#1", "latea#0", "lateb#0", "undated#0"),
        idsIn(SearchSort.of(SortOrder.OLDEST)));
  }

  @Test
  void relevanceIsLucenesOwnOrder() {
    assertNull(SearchSort.of(SortOrder.RELEVANCE));
  }

  @Test
  void theScoreOfAHitSortedByRelevanceFieldIsItsFirstSortValue() {
    assertEquals(2.5f, SearchSort.score(new FieldDoc(4, 0.1f, new Object[] {2.5f})));
  }

  @Test
  void otherwiseAHitKeepsItsOwnScore() {
    assertEquals(0.1f, SearchSort.score(new FieldDoc(4, 0.1f, new Object[] {1_600_000_000L})));
    assertEquals(0.1f, SearchSort.score(new FieldDoc(4, 0.1f, new Object[0])));
    assertEquals(0.75f, SearchSort.score(new ScoreDoc(4, 0.75f)));
  }
}
