package org.nutgraf.recognition;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.ToIntFunction;

/**
 * The weights of a fitted linear model as its trainer writes them: lines of {@code feature TAB
 * weight}, at most one {@code MARGIN-LINE TAB value} line, blank lines and {@code #} comments. A
 * feature the file does not list weighs 0.
 *
 * @param weights one weight per feature id
 * @param margin the margin line's value, or the reader's default when the file has none
 */
record WeightsFile(double[] weights, double margin) {

  /**
   * Reads a weights file.
   *
   * @param source the file's name for error messages
   * @param features a feature's id from its name, below 0 for a name that is no feature
   * @param count the number of features
   * @param marginLine the name on the margin's line
   * @param noMargin the margin when the file gives none
   * @throws IllegalArgumentException naming {@code source} and the line, for a line that is no
   *     known feature, a tab and a number
   */
  static WeightsFile read(
      InputStream in,
      String source,
      ToIntFunction<String> features,
      int count,
      String marginLine,
      double noMargin)
      throws IOException {
    double[] w = new double[count];
    double margin = noMargin;
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
      int f = name.equals(marginLine) ? count : features.applyAsInt(name);
      if (f < 0 || tab < 0) {
        throw new IllegalArgumentException(
            source + ":" + n + ": unknown feature in '" + line + "'");
      }
      try {
        double value = Double.parseDouble(line.substring(tab + 1).trim());
        if (f == count) {
          margin = value;
        } else {
          w[f] = value;
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(source + ":" + n + ": weight is no number: " + line);
      }
    }
    return new WeightsFile(w, margin);
  }

  /**
   * Reads the weights file {@code name} shipped beside this class.
   *
   * @throws IllegalStateException when the library jar lacks it
   * @throws UncheckedIOException when it cannot be read
   * @throws IllegalArgumentException as {@link #read} does
   */
  static WeightsFile resource(
      String name, ToIntFunction<String> features, int count, String marginLine, double noMargin) {
    try (InputStream in = WeightsFile.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return read(in, name, features, count, marginLine, noMargin);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The position of {@code name} in {@code names}, or -1: a feature's id from its name. */
  static int indexOf(String[] names, String name) {
    for (int f = 0; f < names.length; f++) {
      if (names[f].equals(name)) {
        return f;
      }
    }
    return -1;
  }
}
