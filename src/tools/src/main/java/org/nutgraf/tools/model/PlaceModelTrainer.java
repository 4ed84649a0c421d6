package org.nutgraf.tools.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Fits the library's place decision: runs the recogniser over GUM's annotated paragraphs, labels
 * each one-word place below country level that the rules kept by the annotation (a proper place
 * mention of exactly that name, or not), fits L2-regularised logistic regression (LIBLINEAR) on the
 * candidates' features, reports cross-validated figures (folds by document) next to the rules'
 * (which keep every such candidate), and writes the weights file the library reads.
 *
 * <pre>
 * java -cp target/nutgraf-cli.jar org.nutgraf.tools.model.PlaceModelTrainer \
 *     --gum ../shared/corpora/gum-entities.jsonl \
 *     --out src/nutgraf/src/main/resources/org/nutgraf/recognition/place-model.tsv \
 *     [--genres academic,court,textbook,vlog,speech,conversation] [--folds 5] [--margin cv|VALUE]
 * </pre>
 *
 * <p>{@code --margin cv} (the default) writes the margin cross-validation chose: of the margins at
 * which no annotated place was dropped in any fold, the one with the most right decisions ({@code
 * -Infinity} when none beats keeping every candidate). A dropped place costs a facet's recall, and
 * the rules were written for news, where the genres fitted on are a weak guide; so the model drops
 * only what it is sure of. A number writes that one instead ({@code -Infinity}: the model drops
 * nothing, the weights only explain). The default genres are those whose texts are CC BY or public
 * domain, as for the person model.
 */
public final class PlaceModelTrainer {
  private static final double[] COSTS = {0.03, 0.1, 0.3, 1};

  /** The margins tried: a candidate scoring below one is no place. */
  static final double[] MARGINS = {Double.NEGATIVE_INFINITY, -3, -2.5, -2, -1.5, -1, -0.5, 0};

  private final List<Example> examples;
  private final FeatureSpace space;

  PlaceModelTrainer(List<Example> examples) {
    this.examples = examples;
    this.space = new FeatureSpace(examples);
  }

  /**
   * "accuracy 0.670, place P 0.600 R 1.000 F1 0.750 (kept 85 of which places 51; dropped 18 of
   * which places 0)": counts of keeping a name (a place) against the annotation.
   */
  static String describe(Counts c) {
    return String.format(
        Locale.ROOT,
        "%s (kept %d of which places %d; dropped %d of which places %d)",
        c.describe("place"),
        c.tp() + c.fp(),
        c.tp(),
        c.fn() + c.tn(),
        c.fn());
  }

  /** Cross-validated counts, one per margin of {@link #MARGINS}, at cost {@code c}. */
  Counts[] crossValidate(int folds, double c) {
    Counts[] out = new Counts[MARGINS.length];
    Arrays.fill(out, Counts.NONE);
    for (Set<String> held : FeatureSpace.folds(examples, folds)) {
      List<Example> train = new ArrayList<>();
      List<Example> test = new ArrayList<>();
      for (Example e : examples) {
        (held.contains(e.document()) ? test : train).add(e);
      }
      double[] w = fit(train, c);
      for (Example e : test) {
        double s = space.score(w, e);
        for (int k = 0; k < MARGINS.length; k++) {
          out[k] = out[k].plus(!(s < MARGINS[k]), place(e));
        }
      }
    }
    return out;
  }

  static boolean place(Example e) {
    return e.gold().equals("place");
  }

  /** Weights by feature id (index 0 unused), positive towards a place. */
  double[] fit(List<Example> train, double c) {
    return space.fit(train, c, PlaceModelTrainer::place);
  }

  /** Writes the weights, with a header naming the source, the figures and the command. */
  void write(Path out, double[] w, double margin, List<String> header) throws IOException {
    space.write(
        out,
        header,
        "@margin below which a name is no place",
        margin > Double.NEGATIVE_INFINITY ? margin : Double.NaN,
        w);
  }

  private static final String USAGE =
      "PlaceModelTrainer --gum gum-entities.jsonl --out place-model.tsv"
          + " [--genres "
          + PersonModelTrainer.DEFAULT_GENRES
          + "] [--folds 5] [--margin cv|VALUE]";

  public static void main(String[] args) throws IOException {
    TrainerOptions options = TrainerOptions.parse(args, Map.of("--margin", "cv"), USAGE);
    Path gum = options.gum();
    Path out = options.out();
    String genres = options.genres();
    int folds = options.folds();
    String fixedMargin = options.get("--margin");
    List<Example> examples = GumDocuments.examples(PlaceExamples::read, gum, genres);
    PlaceModelTrainer trainer = new PlaceModelTrainer(examples);
    long docs = examples.stream().map(Example::document).distinct().count();
    long places = examples.stream().filter(PlaceModelTrainer::place).count();
    System.out.printf(
        Locale.ROOT,
        "%d one-word places below country level kept by the rules (%d annotated places) from %d"
            + " documents of %s%n",
        examples.size(),
        places,
        docs,
        genres);
    Map<String, Integer> golds = new TreeMap<>();
    examples.forEach(e -> golds.merge(e.gold(), 1, Integer::sum));
    System.out.println("annotation: " + golds);
    double bestC = COSTS[0];
    int bestMargin = 0;
    Counts[] best = null;
    for (double c : COSTS) {
      Counts[] cv = trainer.crossValidate(folds, c);
      for (int k = 0; k < MARGINS.length; k++) {
        System.out.printf(Locale.ROOT, "C=%s, drop below %s: %s%n", c, MARGINS[k], describe(cv[k]));
        if (cv[k].fn() > 0) {
          continue; // a margin that drops an annotated place costs a facet's recall
        }
        if (best == null || cv[k].accuracy() > best[bestMargin].accuracy()) {
          best = cv;
          bestC = c;
          bestMargin = k;
        }
      }
    }
    double margin =
        fixedMargin.equals("cv") ? MARGINS[bestMargin] : Double.parseDouble(fixedMargin);
    double[] w = trainer.fit(examples, bestC);
    List<String> header =
        List.of(
            "Place model: the weight of each feature of a one-word place below country level that"
                + " the rules kept; one whose weights add up below the margin line (when there is"
                + " one) is no place.",
            String.format(
                Locale.ROOT,
                "Fitted by org.nutgraf.tools.model.PlaceModelTrainer (LIBLINEAR, L2-regularised"
                    + " logistic regression, C=%s) on %d candidates (%d annotated places) from %d"
                    + " documents of GUM, genres %s.",
                bestC,
                examples.size(),
                places,
                docs,
                genres),
            GumDocuments.SOURCE,
            String.format(
                Locale.ROOT,
                "Cross-validated, %d folds by document: the rules (keep all) %s; drop below %s"
                    + " (cross-validation's choice: the most right decisions of the margins"
                    + " that dropped no annotated place) %s.",
                folds,
                describe(best[0]),
                MARGINS[bestMargin],
                describe(best[bestMargin])),
            "Command: java -cp target/nutgraf-cli.jar org.nutgraf.tools.model.PlaceModelTrainer"
                + " --gum ../shared/corpora/gum-entities.jsonl --out "
                + out
                + " --margin "
                + fixedMargin);
    trainer.write(out, w, margin, header);
    System.out.println("wrote " + out + " (margin " + margin + ")");
  }
}
