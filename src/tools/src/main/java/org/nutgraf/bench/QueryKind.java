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
  GROUPED("grouped");

  private final String key;

  QueryKind(String key) {
    this.key = key;
  }

  /** The name in JSON: {@code queries.<key>.p99Ms}. */
  public String key() {
    return key;
  }
}
