package org.nutgraf.bench;

/** The queries the bench times, each with its name in the JSON report. */
public enum QueryKind {
  /** A rare word, counting the country and actor facets. */
  SELECTIVE("selective"),
  /** Every paragraph, counting the country and actor facets. */
  MATCH_ALL("matchAll"),
  /** Every paragraph with a country and an actor selected, each facet counted sideways. */
  DRILL_SIDEWAYS("drillSideways"),
  /** "word country:Name" parsed from a query string, with both facets. */
  PARSED("parsed"),
  /** A common word grouped by article, three paragraphs each, with both facets. */
  GROUPED("grouped"),
  /** Every paragraph, the top actors by the top countries (with both facets). */
  COOCCURRENCE("cooccurrence"),
  /** Every paragraph, counting all four facets: country, actor, source and place. */
  FOUR_FACETS("fourFacets"),
  /**
   * One of the commonest words (a fifth of paragraphs or more), counting all four facets from its
   * matches: browsing that is not of every paragraph, so no term statistics stand in for counting.
   */
  BROAD_FOUR_FACETS("broadFourFacets"),
  /** Every paragraph, counted by month of publication, no other facet. */
  DATE_HISTOGRAM("dateHistogram"),
  /** A common word, 100 hits a page, each highlighted, no facet. */
  HIGHLIGHT("highlight100"),
  /** One of the commonest words, newest first, the page of 100 hits 5,000 deep, from a cursor. */
  DEEP_PAGING("deepPaging");

  private final String key;

  QueryKind(String key) {
    this.key = key;
  }

  /** The name in JSON: {@code queries.<key>.p99Ms}. */
  public String key() {
    return key;
  }
}
