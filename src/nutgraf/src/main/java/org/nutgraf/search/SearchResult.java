package org.nutgraf.search;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.nutgraf.query.Dimension;

/**
 * The answer to a query. Empty lists, never nulls, when nothing matched.
 *
 * @param totalHits matching paragraphs
 * @param totalArticles matching articles, when the query grouped by article
 * @param hits this page's paragraphs (empty when grouped)
 * @param articles this page's articles when grouped, else empty
 * @param next the cursor of the next page; empty on the last page
 * @param facets the requested facet counts, in request order
 * @param dates the date facet, when requested
 * @param cooccurrence the actor × country table, when requested
 */
public record SearchResult(
    long totalHits,
    OptionalLong totalArticles,
    List<Hit> hits,
    List<ArticleHit> articles,
    Optional<String> next,
    List<FacetResult> facets,
    Optional<List<DateBucket>> dates,
    Optional<CooccurrenceTable> cooccurrence) {
  public SearchResult {
    hits = List.copyOf(hits);
    articles = List.copyOf(articles);
    facets = List.copyOf(facets);
    dates = dates.map(List::copyOf);
  }

  /** The counts of one dimension, if requested. */
  public Optional<FacetResult> facet(Dimension dimension) {
    return facets.stream().filter(f -> f.dimension() == dimension).findFirst();
  }
}
