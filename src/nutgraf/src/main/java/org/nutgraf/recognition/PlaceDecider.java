package org.nutgraf.recognition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nutgraf.text.TokenSequence;

/**
 * Applies the fitted place decision ({@link PlaceModel}) to the candidates of one article after the
 * rules resolved them: each one-word place below country level ({@link PlaceFeatures#applies})
 * whose features score below the model's margin is dropped. Features are computed only for those
 * candidates. Thread-safe.
 */
final class PlaceDecider {
  private final PlaceModel model;
  private final Lexicons lex;
  private final boolean explain;

  PlaceDecider(PlaceModel model, Lexicons lex, boolean explain) {
    this.model = model;
    this.lex = lex;
    this.explain = explain;
  }

  /** Whether applying it can change anything: the model decides, or explanations are wanted. */
  boolean active() {
    return model.decides() || explain;
  }

  /**
   * Decides the candidates of one article in place; returns what it decided when {@code record} is
   * true (one list per text), otherwise an empty list.
   */
  List<List<PlaceDecision>> apply(
      List<TokenSequence> texts, List<List<PlaceCandidate>> candidates, Work work, boolean record) {
    List<List<PlaceDecision>> out = new ArrayList<>();
    Set<String> countries = null;
    int[] features = new int[PlaceFeatures.COUNT];
    for (int p = 0; p < texts.size(); p++) {
      TokenSequence t = texts.get(p);
      List<PlaceDecision> decided = record ? new ArrayList<>() : null;
      for (PlaceCandidate c : candidates.get(p)) {
        if (!PlaceFeatures.applies(t, c, lex)) {
          continue;
        }
        if (countries == null) {
          countries = countries(candidates);
        }
        int n = PlaceFeatures.of(t, c, lex, countries, features);
        work.add(n);
        double score = model.score(features, n);
        boolean place = !(score < model.margin());
        String country = c.chosen.country();
        if (explain) {
          String why = "model: " + model.explain(features, n, score, place);
          c.evidence = c.evidence.isEmpty() ? why : c.evidence + "; " + why;
        }
        if (!place) {
          c.dropped = true;
        }
        if (record) {
          List<String> names = new ArrayList<>(n);
          for (int k = 0; k < n; k++) {
            names.add(PlaceFeatures.name(features[k]));
          }
          decided.add(
              new PlaceDecision(
                  t.startOffset(c.from),
                  t.endOffset(c.to - 1),
                  t.text(c.from, c.to),
                  country,
                  names,
                  score,
                  place));
        }
      }
      if (record) {
        out.add(decided);
      }
    }
    return out;
  }

  /** The countries the article's kept country-level names give. */
  private static Set<String> countries(List<List<PlaceCandidate>> candidates) {
    Set<String> out = new HashSet<>();
    for (List<PlaceCandidate> list : candidates) {
      for (PlaceCandidate c : list) {
        if (!c.dropped && c.chosen != null && c.chosen.kind().isCountryLevel()) {
          out.add(c.chosen.country());
        }
      }
    }
    return out;
  }
}
