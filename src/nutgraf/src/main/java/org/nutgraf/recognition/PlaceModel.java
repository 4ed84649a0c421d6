package org.nutgraf.recognition;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Weights fitted on annotated text (by the tools' {@code PlaceModelTrainer}) that decide whether a
 * one-word place name the rules kept is a place: a candidate whose features' weights add up below
 * {@link #margin()} is not. Read from {@code place-model.tsv}: lines of {@code feature TAB weight},
 * one {@code @margin below which a name is no place TAB value} line, {@code #} comments. Without a
 * margin line the margin is minus infinity: the weights only explain. Immutable and thread-safe.
 */
final class PlaceModel {
  static final String RESOURCE = "place-model.tsv";

  /** The line of the weights file that gives {@link #margin()}. */
  static final String MARGIN = "@margin below which a name is no place";

  private static volatile PlaceModel defaults;

  private final double[] weights;
  private final double margin;

  PlaceModel(double[] weights, double margin) {
    if (weights.length != PlaceFeatures.COUNT) {
      throw new IllegalArgumentException(
          "expected " + PlaceFeatures.COUNT + " weights, got " + weights.length);
    }
    this.weights = weights.clone();
    this.margin = margin;
  }

  /** The weights shipped with the library. */
  static PlaceModel defaults() {
    PlaceModel m = defaults;
    if (m == null) {
      synchronized (PlaceModel.class) {
        m = defaults;
        if (m == null) {
          WeightsFile f =
              WeightsFile.resource(
                  RESOURCE,
                  PlaceFeatures::index,
                  PlaceFeatures.COUNT,
                  MARGIN,
                  Double.NEGATIVE_INFINITY);
          m = new PlaceModel(f.weights(), f.margin());
          defaults = m;
        }
      }
    }
    return m;
  }

  /**
   * Reads weights from {@code in}; a feature not listed weighs 0.
   *
   * @throws IllegalArgumentException naming {@code source} and the line, for a line that is no
   *     known feature and a number
   */
  static PlaceModel read(InputStream in, String source) throws IOException {
    WeightsFile f =
        WeightsFile.read(
            in,
            source,
            PlaceFeatures::index,
            PlaceFeatures.COUNT,
            MARGIN,
            Double.NEGATIVE_INFINITY);
    return new PlaceModel(f.weights(), f.margin());
  }

  /** Below this score a candidate is no place; minus infinity when the model decides nothing. */
  double margin() {
    return margin;
  }

  /** Whether the model can turn a decision (its margin is finite), not only explain one. */
  boolean decides() {
    return margin > Double.NEGATIVE_INFINITY;
  }

  /** The weight of feature {@code f}. */
  double weight(int f) {
    return weights[f];
  }

  /** The sum of the weights of the first {@code n} features of {@code features}. */
  double score(int[] features, int n) {
    double s = 0;
    for (int k = 0; k < n; k++) {
      s += weights[features[k]];
    }
    return s;
  }

  /**
   * Each feature with its weight, the sum and the decision: "kind city +0.40, sentence start -0.90
   * … = -1.20: no place (margin -1.00)".
   */
  String explain(int[] features, int n, double score, boolean place) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < n; k++) {
      int f = features[k];
      if (!sb.isEmpty()) {
        sb.append(", ");
      }
      sb.append(PlaceFeatures.name(f)).append(String.format(Locale.ROOT, " %+.2f", weights[f]));
    }
    sb.append(String.format(Locale.ROOT, " = %.2f: ", score));
    sb.append(place ? "a place" : "no place");
    if (decides()) {
      sb.append(String.format(Locale.ROOT, " (margin %.2f)", margin));
    }
    return sb.toString();
  }
}
