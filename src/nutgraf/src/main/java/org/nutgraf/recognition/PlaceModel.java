package org.nutgraf.recognition;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
          try (InputStream in = PlaceModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("missing resource " + RESOURCE);
            }
            m = read(in, RESOURCE);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
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
    double[] w = new double[PlaceFeatures.COUNT];
    double margin = Double.NEGATIVE_INFINITY;
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      String name = tab < 0 ? line : line.substring(0, tab);
      int f = name.equals(MARGIN) ? PlaceFeatures.COUNT : PlaceFeatures.index(name);
      if (f < 0 || tab < 0) {
        throw new IllegalArgumentException(
            source + ":" + n + ": unknown feature in '" + line + "'");
      }
      try {
        double value = Double.parseDouble(line.substring(tab + 1).trim());
        if (f == PlaceFeatures.COUNT) {
          margin = value;
        } else {
          w[f] = value;
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(source + ":" + n + ": weight is no number: " + line);
      }
    }
    return new PlaceModel(w, margin);
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
