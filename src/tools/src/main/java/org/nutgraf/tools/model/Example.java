package org.nutgraf.tools.model;

import java.util.List;

/**
 * One candidate span of a training document, with its features and what the annotation says it is.
 *
 * @param document the document it comes from (folds keep a document's examples together)
 * @param surface the span as written
 * @param features its feature names, as the weights file lists them; a name may repeat
 * @param gold what the annotation says: "person", "place", "organization", another type, or "none"
 * @param handSet whether the hand-set rule (two evidence points) took it for a person
 * @param borderline whether the model decides it (one evidence point, too few for the hand-set
 *     rule, on a span of the kind the model decides: {@code PersonDecision.modelDecides})
 */
record Example(
    String document,
    String surface,
    List<String> features,
    String gold,
    boolean handSet,
    boolean borderline) {

  /** Whether the annotation calls it a person. */
  boolean person() {
    return gold.equals("person");
  }
}
