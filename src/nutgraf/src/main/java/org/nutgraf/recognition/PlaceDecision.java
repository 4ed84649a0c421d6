package org.nutgraf.recognition;

import java.util.List;
import java.util.Objects;

/**
 * One place candidate the fitted place decision judges, with its features and what was decided, for
 * training and for explanations.
 *
 * @param startOffset offset of the name's first character
 * @param endOffset offset after its last character
 * @param surface the name as written
 * @param country the country the rules resolved it to
 * @param features the names of its features, as the weights file lists them
 * @param score the sum of its features' weights (below the model's margin: not a place)
 * @param kept whether it stays a place
 */
public record PlaceDecision(
    int startOffset,
    int endOffset,
    String surface,
    String country,
    List<String> features,
    double score,
    boolean kept) {
  public PlaceDecision {
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(country, "country");
    features = List.copyOf(features);
  }
}
