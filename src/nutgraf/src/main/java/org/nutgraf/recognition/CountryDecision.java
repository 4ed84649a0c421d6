package org.nutgraf.recognition;

import java.util.List;
import java.util.Objects;

/**
 * One place name whose namesakes lie in several countries, with each country the fitted country
 * choice weighed and what it chose, for training and for explanations.
 *
 * @param startOffset offset of the name's first character
 * @param endOffset offset after its last character
 * @param surface the name as written
 * @param options each country weighed, in the order of the name's gazetteer entries
 * @param chosen the country chosen, or empty when none scored the model's margin
 */
public record CountryDecision(
    int startOffset, int endOffset, String surface, List<Option> options, String chosen) {
  public CountryDecision {
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(chosen, "chosen");
    options = List.copyOf(options);
  }

  /**
   * One country weighed.
   *
   * @param country its ISO 3166-1 code
   * @param place the name of its largest place so named
   * @param population that place's population (0 when unknown)
   * @param features the names of its features, as the weights file lists them
   * @param score the sum of their weights
   */
  public record Option(
      String country, String place, long population, List<String> features, double score) {
    public Option {
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(place, "place");
      features = List.copyOf(features);
    }
  }
}
