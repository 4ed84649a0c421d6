package org.nutgraf.tools.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.nutgraf.entity.ActorDictionary;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.recognition.EntityRecognizer;
import org.nutgraf.recognition.Lexicons;

/**
 * Fits the library's country choice: runs the recogniser over GUM's annotated paragraphs, labels
 * each place name whose namesakes lie in several countries with the country its annotation's
 * Wikipedia link means ({@link CountryExamples}), fits L2-regularised logistic regression
 * (LIBLINEAR) on each weighed country's features towards the right one, reports cross-validated
 * figures (folds by document) next to always taking the largest namesake, and writes the weights
 * file the library reads.
 *
 * <pre>
 * java -cp target/nutgraf-cli.jar org.nutgraf.tools.model.CountryModelTrainer \
 *     --gum ../shared/corpora/gum-entities.jsonl \
 *     --out src/nutgraf/src/main/resources/org/nutgraf/recognition/country-model.tsv \
 *     [--genres academic,court,textbook,vlog,speech,conversation] [--folds 5] [--margin cv|VALUE]
 * </pre>
 *
 * <p>A name is given the best-scoring country when that scores at least the margin, otherwise none.
 * {@code --margin cv} (the default) writes the margin and cost cross-validation chose: the most
 * names decided right; a number writes that margin instead. The default genres are those whose
 * texts are CC BY or public domain, as for the other models.
 */
public final class CountryModelTrainer {
  private static final double[] COSTS = {0.03, 0.1, 0.3, 1, 3};

  /** The margins tried: a name whose best country scores below one gets none. */
  static final double[] MARGINS = {Double.NEGATIVE_INFINITY, -3, -2, -1.5, -1, -0.5, 0};

  private final List<CountryCase> cases;
  private final FeatureSpace space;

  CountryModelTrainer(List<CountryCase> cases) {
    this.cases = cases;
    this.space = new FeatureSpace(options(cases));
  }

  private static List<Example> options(List<CountryCase> cases) {
    List<Example> out = new ArrayList<>();
    cases.forEach(c -> out.addAll(c.options()));
    return out;
  }

  /** Weights by feature id (index 0 unused), positive towards the right country. */
  double[] fit(List<CountryCase> train, double c) {
    return space.fit(options(train), c, e -> e.gold().equals("right"));
  }

  /** The country the weights {@code w} choose for {@code c} at {@code margin}, or "" for none. */
  String choose(double[] w, CountryCase c, double margin) {
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < c.options().size(); k++) {
      double s = space.score(w, c.options().get(k));
      if (s > bestScore) {
        second = bestScore;
        bestScore = s;
        best = k;
      } else if (s > second) {
        second = s;
      }
    }
    return best < 0 || bestScore < margin || !(bestScore > second) ? "" : c.countries().get(best);
  }

  /**
   * Right decisions of {@code n} names, cross-validated: one count per margin of {@link #MARGINS}.
   */
  int[] crossValidate(int folds, double c) {
    int[] right = new int[MARGINS.length];
    for (Set<String> held : folds(folds)) {
      List<CountryCase> train = new ArrayList<>();
      List<CountryCase> test = new ArrayList<>();
      for (CountryCase k : cases) {
        (held.contains(k.document()) ? test : train).add(k);
      }
      double[] w = fit(train, c);
      for (CountryCase k : test) {
        for (int m = 0; m < MARGINS.length; m++) {
          if (choose(w, k, MARGINS[m]).equals(k.gold())) {
            right[m]++;
          }
        }
      }
    }
    return right;
  }

  private List<Set<String>> folds(int folds) {
    List<Example> firsts = new ArrayList<>();
    for (CountryCase k : cases) {
      firsts.add(k.options().get(0));
    }
    return FeatureSpace.folds(firsts, folds);
  }

  /** Names whose gold is the option of largest population. */
  int largestRight() {
    int n = 0;
    for (CountryCase k : cases) {
      if (k.countries().get(k.largest()).equals(k.gold())) {
        n++;
      }
    }
    return n;
  }

  /** Writes the weights, with a header naming the source, the figures and the command. */
  void write(Path out, double[] w, double margin, List<String> header) throws IOException {
    space.write(out, header, "@margin below which no country is chosen", margin, w);
  }

  private static final String USAGE =
      "CountryModelTrainer --gum gum-entities.jsonl --out country-model.tsv"
          + " [--genres "
          + PersonModelTrainer.DEFAULT_GENRES
          + "] [--folds 5] [--margin none|cv|VALUE] [--cost cv|VALUE]";

  public static void main(String[] args) throws IOException {
    TrainerOptions options =
        TrainerOptions.parse(args, Map.of("--margin", "none", "--cost", "cv"), USAGE);
    Path gum = options.gum();
    Path out = options.out();
    String genres = options.genres();
    int folds = options.folds();
    String fixedMargin = options.get("--margin");
    String fixedCost = options.get("--cost");
    Gazetteer gazetteer = Gazetteer.defaults();
    EntityRecognizer recognizer =
        new EntityRecognizer(gazetteer, Lexicons.defaults(), ActorDictionary.defaults(), false);
    Set<String> chosen = new LinkedHashSet<>(Arrays.asList(genres.split(",")));
    List<CountryCase> cases;
    try {
      cases = CountryExamples.read(gum, chosen, recognizer, gazetteer);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    CountryModelTrainer trainer = new CountryModelTrainer(cases);
    long docs = cases.stream().map(CountryCase::document).distinct().count();
    long none = cases.stream().filter(c -> c.gold().isEmpty()).count();
    int n = cases.size();
    System.out.printf(
        Locale.ROOT,
        "%d ambiguous names (%d no place) from %d documents of %s%n",
        n,
        none,
        docs,
        genres);
    int largest = trainer.largestRight();
    System.out.printf(Locale.ROOT, "always the largest namesake: %d of %d right%n", largest, n);
    double bestC = COSTS[0];
    int bestMargin = 0;
    int bestRight = -1;
    for (double c : COSTS) {
      int[] right = trainer.crossValidate(folds, c);
      for (int m = 0; m < MARGINS.length; m++) {
        System.out.printf(
            Locale.ROOT, "C=%s, margin %s: %d of %d right%n", c, MARGINS[m], right[m], n);
        if (right[m] > bestRight) {
          bestRight = right[m];
          bestC = c;
          bestMargin = m;
        }
      }
    }
    double margin =
        switch (fixedMargin) {
          case "none" -> Double.NaN;
          case "cv" -> MARGINS[bestMargin];
          default -> Double.parseDouble(fixedMargin);
        };
    if (!fixedCost.equals("cv")) {
      bestC = Double.parseDouble(fixedCost);
    }
    double[] w = trainer.fit(cases, bestC);
    List<String> header =
        List.of(
            "Country model: the weight of each feature of one country of a place name whose"
                + " namesakes lie in several countries. With a margin line, the best-scoring"
                + " country is chosen when it scores at least the margin, otherwise none; without"
                + " one the weights only explain the rules' choice.",
            String.format(
                Locale.ROOT,
                "Fitted by org.nutgraf.tools.model.CountryModelTrainer (LIBLINEAR, L2-regularised"
                    + " logistic regression, C=%s) on %d names (%d no place) from %d documents of"
                    + " GUM, genres %s, each labelled by the Wikipedia article its annotation links.",
                bestC,
                n,
                none,
                docs,
                genres),
            GumDocuments.SOURCE,
            String.format(
                Locale.ROOT,
                "Cross-validated, %d folds by document: %d of %d names right at margin %s"
                    + " (cross-validation's choice); always the largest namesake: %d of %d.",
                folds,
                bestRight,
                n,
                MARGINS[bestMargin],
                largest,
                n),
            "Command: java -cp target/nutgraf-cli.jar org.nutgraf.tools.model.CountryModelTrainer"
                + " --gum ../shared/corpora/gum-entities.jsonl --out "
                + out
                + (genres.equals(PersonModelTrainer.DEFAULT_GENRES) ? "" : " --genres " + genres)
                + " --margin "
                + fixedMargin
                + (fixedCost.equals("cv") ? "" : " --cost " + fixedCost));
    trainer.write(out, w, margin, header);
    System.out.println("wrote " + out + " (margin " + margin + ", C " + bestC + ")");
  }
}
