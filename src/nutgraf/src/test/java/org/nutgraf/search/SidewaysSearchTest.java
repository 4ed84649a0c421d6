package org.nutgraf.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nutgraf.NewsIndex;
import org.nutgraf.index.DocumentBuilder;
import org.nutgraf.index.Fields;
import org.nutgraf.index.NewsSearcher;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.SortOrder;

/** A search with facet values selected (multi-select), over {@link SearchCorpus}. */
class SidewaysSearchTest {
  private static final Query PERU = new TermQuery(new Term(Fields.COUNTRY, "PE"));
  private static final Query ANA = new TermQuery(new Term(Fields.ACTOR, "ana ruiz"));

  private static NewsIndex index;

  @BeforeAll
  static void open() throws IOException {
    index = SearchCorpus.open();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static Matches run(Map<Dimension, Query> selections, SortOrder order) throws IOException {
    return index.withSearcher(
        s ->
            SidewaysSearch.run(
                (NewsSearcher) s,
                DocumentBuilder.facetsConfig(),
                new MatchAllDocsQuery(),
                selections,
                SearchSort.of(order),
                null,
                10));
  }

  private static List<String> ids(Matches m) throws IOException {
    return index.withSearcher(s -> SearchCorpus.ids((NewsSearcher) s, m.top().scoreDocs));
  }

  @Test
  void hitsMatchTheSelectionWhileItsDimensionCountsWithoutIt() throws IOException {
    Matches m = run(Map.of(Dimension.COUNTRY, PERU), SortOrder.OLDEST);

    assertEquals(List.of("w#0", "w#1", "y#1"), ids(m));
    assertEquals(3, m.totalHits());
    assertEquals(6, SearchCorpus.collected(m.forFacet(Dimension.COUNTRY)));
    assertSame(m.main(), m.forFacet(Dimension.ACTOR));
  }

  @Test
  void eachSelectedDimensionCountsUnderEveryOtherSelection() throws IOException {
    Map<Dimension, Query> both = new EnumMap<>(Dimension.class);
    both.put(Dimension.COUNTRY, PERU);
    both.put(Dimension.ACTOR, ANA);

    Matches m = run(both, SortOrder.NEWEST);

    assertEquals(List.of("w#0"), ids(m));
    // country counted over Ana Ruiz's paragraphs: w#0, w#2, y#0
    assertEquals(3, SearchCorpus.collected(m.forFacet(Dimension.COUNTRY)));
    // actor counted over the paragraphs about Peru: w#0, w#1, y#1
    assertEquals(3, SearchCorpus.collected(m.forFacet(Dimension.ACTOR)));
    assertEquals(1, SearchCorpus.collected(m.main()));
  }

  @Test
  void relevanceOrderFindsTheSameHits() throws IOException {
    Matches m = run(Map.of(Dimension.ACTOR, ANA), SortOrder.RELEVANCE);

    assertEquals(3, m.totalHits());
    assertEquals(List.of("w#0", "w#2", "y#0"), ids(m).stream().sorted().toList());
  }
}
