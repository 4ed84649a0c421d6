package org.nutgraf.recognition;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Weights fitted on annotated text (by the tools' {@code PersonModelTrainer}) that decide whether a
 * candidate span with too little hand-set evidence is a person: the sum of its features' weights
 * must pass {@link #margin()}. Read from {@code person-model.tsv}: lines of {@code feature TAB
 * weight}, one {@code @margin for one evidence point TAB value} line, {@code #} comments. Immutable
 * and thread-safe.
 */
final class PersonModel {
  static final String RESOURCE = "person-model.tsv";

  private static volatile PersonModel defaults;

  /** The line of the weights file that gives {@link #margin()}. */
  static final String MARGIN = "@margin for one evidence point";

  private final double[] weights;
  private final double margin;

  PersonModel(double[] weights, double margin) {
    if (weights.length != PersonFeatures.COUNT) {
      throw new IllegalArgumentException(
          "expected " + PersonFeatures.COUNT + " weights, got " + weights.length);
    }
    this.weights = weights.clone();
    this.margin = margin;
  }

  /** The weights shipped with the library. */
  static PersonModel defaults() {
    PersonModel m = defaults;
    if (m == null) {
      synchronized (PersonModel.class) {
        m = defaults;
        if (m == null) {
          WeightsFile f =
              WeightsFile.resource(
                  RESOURCE,
                  PersonFeatures::index,
                  PersonFeatures.COUNT,
                  MARGIN,
                  Double.POSITIVE_INFINITY);
          m = new PersonModel(f.weights(), f.margin());
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
  static PersonModel read(InputStream in, String source) throws IOException {
    WeightsFile f =
        WeightsFile.read(
            in,
            source,
            PersonFeatures::index,
            PersonFeatures.COUNT,
            MARGIN,
            Double.POSITIVE_INFINITY);
    return new PersonModel(f.weights(), f.margin());
  }

  /**
   * What a candidate with one evidence point must score to be a person (chosen by the trainer's
   * cross-validation); infinite, so that none is, when the file gives none.
   */
  double margin() {
    return margin;
  }

  /** The weight of feature {@code f}. */
  double weight(int f) {
    return weights[f];
  }

  /** The sum of the weights of {@code c}'s features: above zero, a person. */
  double score(PersonCandidate c) {
    double s = 0;
    for (int k = 0; k < c.featureCount; k++) {
      s += weights[c.features[k]];
    }
    return s;
  }

  /**
   * Each of {@code c}'s features with its weight, the sum and the decision: "title 'Mr.' +1.20, one
   * word -0.30 … = 1.45: a person".
   */
  String explain(PersonCandidate c, double score, boolean person) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < c.featureCount; k++) {
      int f = c.features[k];
      if (weights[f] == 0) {
        continue;
      }
      if (!sb.isEmpty()) {
        sb.append(", ");
      }
      String label = c.label(k);
      String name = PersonFeatures.name(f);
      if (label.isEmpty()) {
        sb.append(name);
      } else if (f >= PersonFeatures.PREVIOUS) {
        sb.append(name, 0, name.indexOf('#')).append(' ').append(label);
      } else {
        sb.append(label);
      }
      sb.append(String.format(Locale.ROOT, " %+.2f", weights[f]));
    }
    sb.append(String.format(Locale.ROOT, " = %.2f: ", score));
    sb.append(person ? "a person" : "no person");
    return sb.toString();
  }
}
