package org.nutgraf.bench;

/** The queries the bench times, each with its name in the JSON report. */
public enum QueryKind {
  /** A rare word, counting the country and actor facets. */
  SELECTIVE("selective", true),
  /** Every paragraph, counting the country and actor facets. */
  MATCH_ALL("matchAll", true),
  /** Every paragraph with a country and an actor selected, each facet counted sideways. */
  DRILL_SIDEWAYS("drillSideways", true),
  /** "word country:Name" parsed from a query string, with both facets. */
  PARSED("parsed", true),
  /** A common word grouped by article, three paragraphs each, with both facets. */
  GROUPED("grouped", true);

  private final String key;
  private final boolean hasPlain;

  QueryKind(String key, boolean hasPlain) {
    this.key = key;
    this.hasPlain = hasPlain;
  }

  /** The name in JSON: {@code queries.<key>.p99Ms}. */
  public String key() {
    return key;
  }

  /** True when the bench also times a hand-written plain Lucene equivalent. */
  public boolean hasPlain() {
    return hasPlain;
  }
}
