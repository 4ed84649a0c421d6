package org.nutgraf.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.nutgraf.NewsIndex;
import org.nutgraf.article.Article;
import org.nutgraf.index.Fields;
import org.nutgraf.index.NewsSearcher;
import org.nutgraf.testing.BracketTagger;

/** The articles a query finds on their first paragraph, where the headline is indexed. */
class HeadlineArticlesTest {
  private static final Instant DAY = Instant.parse("2022-09-01T00:00:00Z");

  private static Set<String> matching(NewsIndex index, Query q) throws IOException {
    return index.withSearcher(s -> HeadlineArticles.matching((NewsSearcher) s, q));
  }

  private static Article article(String id, String headline, String... paragraphs) {
    return Article.of(id, headline, DAY, "Coast Courier", List.of(paragraphs));
  }

  @Test
  void findsArticlesByHeadlineWordInIndexOrder() throws IOException {
    try (NewsIndex index = BracketTagger.inMemoryIndex()) {
      index.upsert(
          List.of(
              article("ferry-1", "Ferry strike ends", "Boats sail again.", "Crews return."),
              article("bridge-2", "Bridge reopens", "Traffic flows."),
              article("ferry-3", "New ferry route", "A second boat joins.")));
      index.commit();

      assertEquals(
          List.of("ferry-1", "ferry-3"),
          List.copyOf(matching(index, new TermQuery(new Term(Fields.HEADLINE_TEXT, "ferry")))));
    }
  }

  @Test
  void eachArticleIsCountedOnceThroughItsFirstParagraphOnly() throws IOException {
    try (NewsIndex index = BracketTagger.inMemoryIndex()) {
      index.upsert(
          List.of(
              article("a", "Tides", "Calm water today.", "Later the pelicans came."),
              article("b", "Birds", "Pelicans nested on the pier.", "More pelicans followed.")));
      index.commit();

      assertEquals(Set.of("b"), matching(index, new TermQuery(new Term(Fields.TEXT, "pelicans"))));
    }
  }

  @Test
  void aReplacedArticleIsFoundByItsNewHeadlineOnly() throws IOException {
    try (NewsIndex index = BracketTagger.inMemoryIndex()) {
      index.upsert(article("c", "Storm warning", "Wind expected."));
      index.commit();
      index.upsert(article("c", "Calm weekend", "Wind dropped."));
      index.commit();

      assertEquals(
          Set.of(), matching(index, new TermQuery(new Term(Fields.HEADLINE_TEXT, "storm"))));
      assertEquals(
          Set.of("c"), matching(index, new TermQuery(new Term(Fields.HEADLINE_TEXT, "calm"))));
    }
  }

  @Test
  void anEmptyIndexFindsNothing() throws IOException {
    try (NewsIndex index = BracketTagger.inMemoryIndex()) {
      assertEquals(
          Set.of(), matching(index, new TermQuery(new Term(Fields.HEADLINE_TEXT, "storm"))));
    }
  }
}
