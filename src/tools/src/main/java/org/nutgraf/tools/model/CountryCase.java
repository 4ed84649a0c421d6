package org.nutgraf.tools.model;

import java.util.List;

/**
 * One ambiguous place name of a training document, with each country the recogniser weighed and the
 * country the annotation means.
 *
 * @param document the document it comes from (folds keep a document's cases together)
 * @param surface the name as written
 * @param options one example per country weighed, gold "right" for the annotation's country
 * @param countries the options' countries, in the same order
 * @param populations the population of each option's place
 * @param gold the annotation's country, or empty when the name is no place there
 */
record CountryCase(
    String document,
    String surface,
    List<Example> options,
    List<String> countries,
    List<Long> populations,
    String gold) {

  /** The index of the option of largest population (the first on a tie). */
  int largest() {
    int best = 0;
    for (int k = 1; k < populations.size(); k++) {
      if (populations.get(k) > populations.get(best)) {
        best = k;
      }
    }
    return best;
  }
}
