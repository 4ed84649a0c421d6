package org.nutgraf.recognition;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Weights fitted on annotated text (by the tools' {@code CountryModelTrainer}) that choose the
 * country of a place name whose namesakes lie in several countries: each country is scored by the
 * weights of its features ({@link CountryFeatures}); the best wins when it scores at least {@link
 * #margin()}, otherwise the name is dropped. Read from {@code country-model.tsv}: lines of {@code
 * feature TAB weight}, at most one {@code @margin below which no country is chosen TAB value} line,
 * {@code #} comments. Without a margin line the model decides nothing: its scores only explain the
 * rules' choice ({@link CountryChoice}). Immutable and thread-safe.
 */
final class CountryModel {
  static final String RESOURCE = "country-model.tsv";

  /** The line of the weights file that gives {@link #margin()}. */
  static final String MARGIN = "@margin below which no country is chosen";

  private static volatile CountryModel defaults;

  private final double[] weights;
  private final double margin;

  CountryModel(double[] weights, double margin) {
    if (weights.length != CountryFeatures.COUNT) {
      throw new IllegalArgumentException(
          "expected " + CountryFeatures.COUNT + " weights, got " + weights.length);
    }
    this.weights = weights.clone();
    this.margin = margin;
  }

  /** The weights shipped with the library. */
  static CountryModel defaults() {
    CountryModel m = defaults;
    if (m == null) {
      synchronized (CountryModel.class) {
        m = defaults;
        if (m == null) {
          WeightsFile f =
              WeightsFile.resource(
                  RESOURCE, CountryFeatures::index, CountryFeatures.COUNT, MARGIN, Double.NaN);
          m = new CountryModel(f.weights(), f.margin());
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
  static CountryModel read(InputStream in, String source) throws IOException {
    WeightsFile f =
        WeightsFile.read(
            in, source, CountryFeatures::index, CountryFeatures.COUNT, MARGIN, Double.NaN);
    return new CountryModel(f.weights(), f.margin());
  }

  /** Below this score the best country is not chosen; NaN when the model decides nothing. */
  double margin() {
    return margin;
  }

  /** Whether the model chooses countries (its file has a margin line), not only explains. */
  boolean decides() {
    return !Double.isNaN(margin);
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
   * Each feature with its weight and the sum: "ten times larger … +2.10, kind city +0.40 = 1.90".
   */
  String explain(int[] features, int n, double score) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < n; k++) {
      int f = features[k];
      if (!sb.isEmpty()) {
        sb.append(", ");
      }
      sb.append(CountryFeatures.name(f)).append(String.format(Locale.ROOT, " %+.2f", weights[f]));
    }
    return sb.append(String.format(Locale.ROOT, " = %.2f", score)).toString();
  }
}
