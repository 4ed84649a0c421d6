package org.nutgraf.bench;

/** What indexes or searches in a bench run. */
public enum Engine {
  /** Lucene alone: StandardAnalyzer, the same stored fields, no entities, no facets. */
  PLAIN("plain"),
  /** Nutgraf, one article at a time: entity recognition, entity fields and facets. */
  NUTGRAF("nutgraf"),
  /** Nutgraf's bulk API: one calling thread, articles tagged on a pool. */
  BULK("nutgraf-bulk");

  private final String label;

  Engine(String label) {
    this.label = label;
  }

  /** Its name in JSON and in directory names. */
  public String label() {
    return label;
  }
}
