package org.nutgraf.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.nutgraf.index.NewsSearcher;

/** Runs a query with no facet value selected: its top documents and facet counts in one pass. */
final class FlatSearch {
  private FlatSearch() {}

  /**
   * The first {@code n} documents after {@code after} (null: from the start) in {@code sort} order
   * (null: by relevance), and a collector of every match.
   */
  static Matches run(NewsSearcher searcher, Query query, Sort sort, FieldDoc after, int n)
      throws IOException {
    if (query instanceof MatchAllDocsQuery) {
      // every paragraph matches: the page's top documents alone, which Lucene finds without
      // visiting them all, and the matches read from the live docs when counted
      TopDocs top =
          sort == null
              ? searcher.searchAfter(after, query, n)
              : searcher.searchAfter(after, query, n, sort);
      return new Matches(top, EveryParagraph.of(searcher.getIndexReader()), Map.of());
    }
    FacetsCollectorManager.FacetsResult r =
        sort == null
            ? FacetsCollectorManager.searchAfter(
                searcher, after, query, n, new FacetsCollectorManager())
            : FacetsCollectorManager.searchAfter(
                searcher, after, query, n, sort, new FacetsCollectorManager());
    return new Matches(r.topDocs(), r.facetsCollector(), Map.of());
  }
}
