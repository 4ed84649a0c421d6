package org.nutgraf.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nutgraf.NewsIndex;
import org.nutgraf.index.Fields;
import org.nutgraf.query.Dimension;

class MatchesTest {
  private static final TopDocs NO_PAGE =
      new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);

  private static NewsIndex index;

  @BeforeAll
  static void open() throws IOException {
    index = SearchCorpus.open();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static FacetsCollector collect(Query q) throws IOException {
    return index.withSearcher(s -> s.search(q, new FacetsCollectorManager()));
  }

  @Test
  void totalHitsAddsUpEverySegment() throws IOException {
    FacetsCollector all = collect(new MatchAllDocsQuery());

    assertEquals(2, all.getMatchingDocs().size());
    assertEquals(6, new Matches(NO_PAGE, all, Map.of()).totalHits());
  }

  @Test
  void totalHitsCountsMatchesNotThePage() throws IOException {
    FacetsCollector wool = collect(new TermQuery(new Term(Fields.TEXT, "wool")));

    assertEquals(3, new Matches(NO_PAGE, wool, Map.of()).totalHits());
  }

  @Test
  void aDimensionWithASelectionCountsFromItsSidewaysCollector() throws IOException {
    FacetsCollector main = collect(new TermQuery(new Term(Fields.COUNTRY, "PE")));
    FacetsCollector withoutCountry = collect(new MatchAllDocsQuery());
    Matches m = new Matches(NO_PAGE, main, Map.of(Dimension.COUNTRY, withoutCountry));

    assertSame(withoutCountry, m.forFacet(Dimension.COUNTRY));
    assertSame(main, m.forFacet(Dimension.SOURCE));
  }
}
