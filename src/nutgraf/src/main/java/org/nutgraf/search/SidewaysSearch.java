package org.nutgraf.search;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.nutgraf.index.NewsSearcher;
import org.nutgraf.query.Dimension;

/**
 * Runs a query with facet values selected, through Lucene's drill-sideways: hits match every
 * selection, and each selected dimension is also collected without its own selection, for its facet
 * (multi-select).
 */
final class SidewaysSearch {
  private SidewaysSearch() {}

  /**
   * The first {@code n} documents after {@code after} (null: from the start) in {@code sort} order
   * (null: by relevance) of {@code query} filtered by every one of {@code selections}.
   */
  static Matches run(
      NewsSearcher searcher,
      FacetsConfig config,
      Query query,
      Map<Dimension, Query> selections,
      Sort sort,
      FieldDoc after,
      int n)
      throws IOException {
    DrillDownQuery ddq = new DrillDownQuery(config, query);
    selections.forEach((d, selection) -> ddq.add(d.fieldName(), selection));
    DrillSideways.DrillSidewaysResult r =
        sort == null
            ? new Sideways(searcher, config).search(after, ddq, n)
            : new Sideways(searcher, config).search(ddq, null, after, n, sort, true);
    Map<Dimension, FacetsCollector> sideways = new EnumMap<>(Dimension.class);
    for (int i = 0; i < r.drillSidewaysDims.length; i++) {
      sideways.put(Dimension.of(r.drillSidewaysDims[i]), r.drillSidewaysFacetsCollector[i]);
    }
    return new Matches(r.hits, r.drillDownFacetsCollector, sideways);
  }

  /** Drill-sideways that leaves facet counting to {@link FacetCounter}. */
  private static final class Sideways extends DrillSideways {
    Sideways(NewsSearcher searcher, FacetsConfig config) {
      super(searcher, config, (SortedSetDocValuesReaderState) null);
    }

    @Override
    protected Facets buildFacetsResult(
        FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] dims) {
      return null;
    }
  }
}
