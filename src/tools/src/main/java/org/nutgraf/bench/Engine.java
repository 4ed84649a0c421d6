package org.nutgraf.bench;

/** What indexes or searches in a bench run. */
public enum Engine {
  /** Lucene alone: StandardAnalyzer, the same stored fields, no entities, no facets. */
  PLAIN,
  /** Nutgraf: entity recognition, entity fields and facets. */
  NUTGRAF;

  /** Lower-case name, as in JSON. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
