package org.nutgraf.tools.model;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The features of a set of examples, numbered 1.. in name order, and what the trainers do with
 * them: fit L2-regularised logistic regression (LIBLINEAR) towards one class, score an example by
 * its features' weights, write the weights file the library reads, and split the documents into
 * cross-validation folds. Fitting is the same every run (a fixed seed).
 */
final class FeatureSpace {
  private static final long SEED = 11;

  /** Weights below this in magnitude are left out of the file (the library reads them as 0). */
  private static final double SMALLEST_WRITTEN = 0.0005;

  private final Map<String, Integer> ids = new TreeMap<>();
  private final List<String> names = new ArrayList<>();

  FeatureSpace(List<Example> examples) {
    for (Example e : examples) {
      for (String f : e.features()) {
        ids.putIfAbsent(f, 0);
      }
    }
    int id = 1;
    for (Map.Entry<String, Integer> e : ids.entrySet()) {
      e.setValue(id++);
      names.add(e.getKey());
    }
  }

  /**
   * Weights by feature id (index 0 unused), positive towards the examples {@code positive} takes.
   */
  double[] fit(List<Example> train, double c, Predicate<Example> positive) {
    Problem problem = new Problem();
    problem.l = train.size();
    problem.n = names.size();
    problem.bias = -1; // the features have a bias of their own
    problem.x = new Feature[train.size()][];
    problem.y = new double[train.size()];
    for (int k = 0; k < train.size(); k++) {
      problem.x[k] = vector(train.get(k));
      problem.y[k] = positive.test(train.get(k)) ? 1 : 0;
    }
    Linear.disableDebugOutput();
    Parameter p = new Parameter(SolverType.L2R_LR, c, 0.0001);
    p.setRandom(new Random(SEED));
    Model m = Linear.train(problem, p);
    double[] raw = m.getFeatureWeights();
    double sign = m.getLabels()[0] == 1 ? 1 : -1;
    double[] w = new double[names.size() + 1];
    for (int f = 0; f < names.size() && f < raw.length; f++) {
      w[f + 1] = sign * raw[f];
    }
    return w;
  }

  private Feature[] vector(Example e) {
    TreeMap<Integer, Integer> counts = new TreeMap<>();
    for (String f : e.features()) {
      Integer id = ids.get(f);
      if (id != null) {
        counts.merge(id, 1, Integer::sum);
      }
    }
    Feature[] x = new Feature[counts.size()];
    int k = 0;
    for (Map.Entry<Integer, Integer> c : counts.entrySet()) {
      x[k++] = new FeatureNode(c.getKey(), c.getValue());
    }
    return x;
  }

  /** The sum of the weights of {@code e}'s features; a feature not in this space weighs 0. */
  double score(double[] w, Example e) {
    double s = 0;
    for (String f : e.features()) {
      Integer id = ids.get(f);
      if (id != null) {
        s += w[id];
      }
    }
    return s;
  }

  /**
   * Writes a weights file: each header line as a {@code #} comment, then {@code marginLine TAB
   * margin} unless {@code margin} is NaN, then the weights ({@link #writeWeights}).
   */
  void write(Path out, List<String> header, String marginLine, double margin, double[] w)
      throws IOException {
    try (Writer o = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (String h : header) {
        o.write("# " + h + "\n");
      }
      if (!Double.isNaN(margin)) {
        o.write(String.format(Locale.ROOT, "%s\t%s%n", marginLine, margin));
      }
      writeWeights(o, w);
    }
  }

  /** Writes one {@code feature TAB weight} line for each weight that counts. */
  private void writeWeights(Writer o, double[] w) throws IOException {
    for (int f = 0; f < names.size(); f++) {
      if (Math.abs(w[f + 1]) >= SMALLEST_WRITTEN) {
        o.write(String.format(Locale.ROOT, "%s\t%.4f%n", names.get(f), w[f + 1]));
      }
    }
  }

  /**
   * The documents held out in each of {@code folds} folds: every document once, shuffled the same
   * way every run.
   */
  static List<Set<String>> folds(List<Example> examples, int folds) {
    List<String> docs =
        new ArrayList<>(new LinkedHashSet<>(examples.stream().map(Example::document).toList()));
    Collections.shuffle(docs, new Random(SEED));
    List<Set<String>> out = new ArrayList<>(folds);
    for (int fold = 0; fold < folds; fold++) {
      Set<String> held = new LinkedHashSet<>();
      for (int d = fold; d < docs.size(); d += folds) {
        held.add(docs.get(d));
      }
      out.add(held);
    }
    return out;
  }
}
