package org.nutgraf.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nutgraf.NewsIndex;
import org.nutgraf.index.Fields;
import org.nutgraf.index.NewsSearcher;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.SortOrder;

/** A search with no facet value selected, over {@link SearchCorpus}. */
class FlatSearchTest {
  private static NewsIndex index;

  @BeforeAll
  static void open() throws IOException {
    index = SearchCorpus.open();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void returnsTheFirstNButCollectsEveryMatch() throws IOException {
    index.withSearcher(
        s -> {
          Matches m =
              FlatSearch.run(
                  (NewsSearcher) s, new TermQuery(new Term(Fields.TEXT, "wool")), null, null, 2);

          assertEquals(2, m.top().scoreDocs.length);
          assertEquals(3, m.totalHits());
          assertEquals(3, SearchCorpus.collected(m.main()));
          return null;
        });
  }

  @Test
  void aSortedPageContinuesAfterTheLastDocumentOfTheOneBefore() throws IOException {
    index.withSearcher(
        s -> {
          NewsSearcher searcher = (NewsSearcher) s;
          var sort = SearchSort.of(SortOrder.OLDEST);
          Matches first = FlatSearch.run(searcher, new MatchAllDocsQuery(), sort, null, 4);
          FieldDoc last = (FieldDoc) first.top().scoreDocs[3];
          Matches second = FlatSearch.run(searcher, new MatchAllDocsQuery(), sort, last, 4);

          assertEquals(
              List.of("w#0", "w#1", "w#2", "x#0"),
              SearchCorpus.ids(searcher, first.top().scoreDocs));
          assertEquals(List.of("y#0", "y#1"), SearchCorpus.ids(searcher, second.top().scoreDocs));
          assertEquals(6, second.totalHits());
          return null;
        });
  }

  @Test
  void everyFacetCountsFromTheSameMatches() throws IOException {
    index.withSearcher(
        s -> {
          Matches m = FlatSearch.run((NewsSearcher) s, new MatchAllDocsQuery(), null, null, 1);

          assertEquals(0, m.sideways().size());
          assertSame(m.main(), m.forFacet(Dimension.COUNTRY));
          assertSame(m.main(), m.forFacet(Dimension.ACTOR));
          return null;
        });
  }
}
