package org.nutgraf.recognition;

import java.util.List;
import java.util.Objects;

/**
 * One span the person matcher proposed and what was decided about it, for training and for
 * explanations.
 *
 * @param startOffset offset of the span's first character
 * @param endOffset offset after its last character
 * @param surface the span as written
 * @param features the names of its features, as the weights file lists them; a name may repeat
 * @param score the sum of its features' weights (above zero: a person)
 * @param accepted whether it was taken for a person (a person that overlaps one taken before it is
 *     not)
 * @param modelDecides whether the fitted model decides it, as it does for the spans where the
 *     hand-set evidence is weakest: one point, no place name in it, not in a title-case line, and a
 *     name of two words or more or the bare surname of one known person
 */
public record PersonDecision(
    int startOffset,
    int endOffset,
    String surface,
    List<String> features,
    double score,
    boolean accepted,
    boolean modelDecides) {
  public PersonDecision {
    Objects.requireNonNull(surface, "surface");
    features = List.copyOf(features);
  }
}
