package org.nutgraf.search;

import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.search.TopDocs;
import org.nutgraf.query.Dimension;

/**
 * What a query matched: the top documents of its page and the collectors its facets count from.
 *
 * @param top the page's documents, one more than the page when there is a next page
 * @param main every matching paragraph
 * @param sideways per selected dimension, the paragraphs matching every other selection
 */
record Matches(TopDocs top, FacetsCollector main, Map<Dimension, FacetsCollector> sideways) {

  /** Paragraphs matched in all. */
  long totalHits() {
    long total = 0;
    for (FacetsCollector.MatchingDocs md : main.getMatchingDocs()) {
      total += md.totalHits();
    }
    return total;
  }

  /**
   * The paragraphs a dimension's facet counts: without the dimension's own selection when it has
   * one, so its other values keep their counts (multi-select).
   */
  FacetsCollector forFacet(Dimension d) {
    return sideways.getOrDefault(d, main);
  }
}
