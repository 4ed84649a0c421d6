package org.nutgraf.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nutgraf.NewsIndex;
import org.nutgraf.entity.ActorDictionary;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.query.SortOrder;
import org.nutgraf.testing.SmallCorpus;

/** Hits, sorting, paging and grouping over {@link SmallCorpus}. */
class SearchExecutorTest {
  private static final List<String> OLDEST_FIRST =
      List.of(
          "a1#0", "a1#1", "a1#2", "a2#0", "a2#1", "a2#2", "a3#0", "a3#1", "a4#0", "a4#1", "a5#0");
  private static final List<String> NEWEST_FIRST =
      List.of(
          "a4#0", "a4#1", "a3#0", "a3#1", "a2#0", "a2#1", "a2#2", "a1#0", "a1#1", "a1#2", "a5#0");

  private static NewsIndex index;

  @BeforeAll
  static void openCorpus() throws IOException {
    index = SmallCorpus.index();
  }

  @AfterAll
  static void closeCorpus() throws IOException {
    index.close();
  }

  @Test
  void refusesASearcherNoNewsIndexMade() throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      new IndexWriter(dir, new IndexWriterConfig()).close();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IllegalArgumentException e =
            assertThrows(
                IllegalArgumentException.class,
                () ->
                    new SearchExecutor(
                        new IndexSearcher(reader),
                        new StandardAnalyzer(),
                        Gazetteer.defaults(),
                        ActorDictionary.defaults(),
                        new Cursors(new byte[32]),
                        Clock.systemUTC()));
        assertEquals("searcher: not one a NewsIndex made", e.getMessage());
      }
    }
  }

  @Test
  void sortsOldestFirstWithUndatedLast() throws IOException {
    assertEquals(OLDEST_FIRST, ids(all(SortOrder.OLDEST, 100)));
  }

  @Test
  void sortsNewestFirstWithUndatedLast() throws IOException {
    assertEquals(NEWEST_FIRST, ids(all(SortOrder.NEWEST, 100)));
  }

  @Test
  void sortsByRelevanceBeforeDate() throws IOException {
    // a1#1 ("to stop the group") matches two words, the newer a2#2 ("by phone") one
    NewsQuery q = NewsQuery.builder().text("stop group phone").build();

    SearchResult relevance = index.search(q);
    SearchResult newest = index.search(q.toBuilder().sort(SortOrder.NEWEST).build());

    assertEquals(List.of("a1#1", "a2#2"), ids(relevance));
    assertTrue(relevance.hits().get(0).score() > relevance.hits().get(1).score());
    assertEquals(List.of("a2#2", "a1#1"), ids(newest));
  }

  @ParameterizedTest
  @EnumSource(SortOrder.class)
  void pagesThroughEveryHitWithoutGapsOrRepeats(SortOrder sort) throws IOException {
    List<String> expected = ids(all(sort, 100));
    NewsQuery q = NewsQuery.builder().sort(sort).pageSize(3).build();

    List<String> paged = new ArrayList<>();
    SearchResult page = index.search(q);
    int pages = 1;
    paged.addAll(ids(page));
    while (page.next().isPresent()) {
      page = index.search(q.after(page.next().get()));
      paged.addAll(ids(page));
      pages++;
    }

    assertEquals(expected, paged);
    assertEquals(11, new HashSet<>(paged).size());
    assertEquals(4, pages);
  }

  @Test
  void pagesThroughMatchesOfATextQuery() throws IOException {
    NewsQuery q = NewsQuery.builder().text("in from").pageSize(2).build();
    List<String> expected = ids(index.search(q.toBuilder().pageSize(100).build()));

    List<String> paged = new ArrayList<>();
    for (SearchResult page = index.search(q); ; page = index.search(q.after(page.next().get()))) {
      paged.addAll(ids(page));
      assertEquals(expected.size(), page.totalHits());
      if (page.next().isEmpty()) {
        break;
      }
    }

    assertEquals(expected, paged);
    assertTrue(expected.size() > 4, expected::toString);
  }

  @Test
  void lastPageHasNoCursor() throws IOException {
    assertEquals(Optional.empty(), all(SortOrder.OLDEST, 11).next());
    assertTrue(all(SortOrder.OLDEST, 10).next().isPresent());
  }

  @Test
  void refusesCursorOfAnotherQuery() throws IOException {
    NewsQuery oldest = NewsQuery.builder().sort(SortOrder.OLDEST).pageSize(3).build();
    String cursor = index.search(oldest).next().orElseThrow();
    NewsQuery newest = oldest.toBuilder().sort(SortOrder.NEWEST).after(cursor).build();

    InvalidCursorException e =
        assertThrows(InvalidCursorException.class, () -> index.search(newest));

    assertEquals("invalid cursor: it belongs to another query", e.getMessage());
  }

  @Test
  void pageSizeZeroReturnsCountsOnly() throws IOException {
    SearchResult r = all(SortOrder.RELEVANCE, 0);

    assertEquals(11, r.totalHits());
    assertEquals(List.of(), r.hits());
    assertEquals(Optional.empty(), r.next());
    assertEquals(5, r.facet(Dimension.COUNTRY).orElseThrow().values().size());
  }

  @Test
  void groupsMatchingParagraphsByArticle() throws IOException {
    SearchResult r =
        index.search(
            NewsQuery.builder().anyCountry("HN").groupByArticle(3).sort(SortOrder.NEWEST).build());

    assertEquals(4, r.totalHits());
    assertEquals(OptionalLong.of(3), r.totalArticles());
    assertEquals(List.of(), r.hits());
    assertEquals(
        List.of("a2", "a1", "a5"), r.articles().stream().map(ArticleHit::articleId).toList());
    assertEquals(
        List.of(1L, 2L, 1L), r.articles().stream().map(ArticleHit::matchingParagraphs).toList());
    ArticleHit a1 = r.articles().get(1);
    assertEquals("Headline of a1", a1.headline());
    assertEquals(List.of("a1#0", "a1#1"), a1.paragraphs().stream().map(Hit::id).toList());
  }

  @Test
  void groupShowsAtMostTheRequestedParagraphs() throws IOException {
    SearchResult r =
        index.search(
            NewsQuery.builder().anyCountry("HN").groupByArticle(1).sort(SortOrder.NEWEST).build());

    ArticleHit a1 = r.articles().get(1);
    assertEquals("a1", a1.articleId());
    assertEquals(2, a1.matchingParagraphs());
    assertEquals(1, a1.paragraphs().size());
  }

  @Test
  void pagesThroughGroupedArticles() throws IOException {
    NewsQuery q = NewsQuery.builder().groupByArticle(1).sort(SortOrder.NEWEST).pageSize(2).build();

    SearchResult first = index.search(q);
    SearchResult second = index.search(q.after(first.next().orElseThrow()));
    SearchResult third = index.search(q.after(second.next().orElseThrow()));

    assertEquals(List.of("a4", "a3"), articleIds(first));
    assertEquals(List.of("a2", "a1"), articleIds(second));
    assertEquals(List.of("a5"), articleIds(third));
    assertFalse(third.next().isPresent());
    assertEquals(OptionalLong.of(5), third.totalArticles());
  }

  @Test
  void hitCarriesStoredFieldsAndEntities() throws IOException {
    Hit h = index.search(NewsQuery.parse("article:a2 AND phone")).hits().get(0);

    assertEquals("a2#2", h.id());
    assertEquals("a2", h.articleId());
    assertEquals(2, h.paragraph());
    assertEquals("Headline of a2", h.headline());
    assertEquals(Optional.of(Instant.parse("2018-10-22T00:00:00Z")), h.published());
    assertEquals("Atlas Wire", h.source());
    assertEquals(List.of("GT", "HN"), h.countries());
    assertEquals(List.of("Mike Pence", "Jimmy Morales"), h.actors());
  }

  private static SearchResult all(SortOrder sort, int pageSize) throws IOException {
    return index.search(NewsQuery.builder().sort(sort).pageSize(pageSize).build());
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  private static List<String> articleIds(SearchResult r) {
    return r.articles().stream().map(ArticleHit::articleId).toList();
  }
}
