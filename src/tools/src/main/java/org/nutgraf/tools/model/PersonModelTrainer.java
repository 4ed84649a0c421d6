package org.nutgraf.tools.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Fits the library's person model: runs the recogniser over GUM's annotated paragraphs, labels each
 * candidate span by the annotation, fits L2-regularised logistic regression (LIBLINEAR) on the
 * candidates' features, reports cross-validated figures (folds by document) next to the hand-set
 * rule's, and writes the weights file the library reads.
 *
 * <pre>
 * java -cp target/nutgraf-cli.jar org.nutgraf.tools.model.PersonModelTrainer \
 *     --gum ../shared/corpora/gum-entities.jsonl \
 *     --out src/nutgraf/src/main/resources/org/nutgraf/recognition/person-model.tsv \
 *     [--genres academic,court,textbook,vlog,speech,conversation] [--folds 5] [--margin cv|VALUE]
 *     [--fixtures src/data/annotations/fixture-persons.jsonl [--articles index-fixtures/articles]]
 * </pre>
 *
 * <p>{@code --margin cv} (the default) writes the margin cross-validation chose; a number writes
 * that one instead ({@code Infinity}: one evidence point never makes a person, the weights only
 * explain). The default genres are those whose texts are CC BY or public domain; bio and voyage (CC
 * BY-SA) are left out so that the shipped weights need no share-alike licence.
 *
 * <p>{@code --fixtures} adds the project's own annotated news articles ({@link FixtureExamples}),
 * each a cross-validation document of its own, found among {@code --articles} (default {@code
 * index-fixtures/articles}); the figures are then also given for GUM's and the articles' spans
 * apart.
 */
public final class PersonModelTrainer {
  /** The genres whose texts are CC BY or in the public domain. */
  static final String DEFAULT_GENRES = "academic,court,textbook,vlog,speech,conversation";

  private static final double[] COSTS = {0.03, 0.1, 0.3, 1};

  /**
   * The margins tried for a candidate with one evidence point: the library takes it for a person
   * when its score passes the margin that gave the best cross-validated accuracy (the most right
   * decisions; precision weighs as much as recall).
   */
  /** The line of the weights file that gives the margin for candidates of one point. */
  static final String MARGIN = "@margin for one evidence point";

  static final double[] THRESHOLDS = {0, 0.5, 1, 1.5, 2, 3};

  private final List<Example> examples;
  private final FeatureSpace space;

  /** Whether the model is fitted and judged on one-point spans only, the ones it decides. */
  private final boolean onePoint;

  PersonModelTrainer(List<Example> examples, boolean onePoint) {
    this.examples = examples;
    this.onePoint = onePoint;
    this.space = new FeatureSpace(examples);
  }

  /** The model's and the hand-set rule's cross-validated counts, at cost {@code c}. */
  Counts[] crossValidate(int folds, double c) {
    return crossValidate(folds, c, e -> true);
  }

  /**
   * The model's and the hand-set rule's cross-validated counts, at cost {@code c}, on the examples
   * {@code judged} takes (all examples are fitted on).
   */
  Counts[] crossValidate(int folds, double c, Predicate<Example> judged) {
    Counts model = Counts.NONE;
    Counts hand = Counts.NONE;
    Counts[] combined = new Counts[THRESHOLDS.length];
    Arrays.fill(combined, model);
    for (Set<String> held : FeatureSpace.folds(examples, folds)) {
      List<Example> train = new ArrayList<>();
      List<Example> test = new ArrayList<>();
      for (Example e : examples) {
        (held.contains(e.document()) ? test : train).add(e);
      }
      double[] w = fit(train, c);
      for (Example e : test) {
        if (!judged.test(e)) {
          continue;
        }
        double s = space.score(w, e);
        if (!onePoint || e.borderline()) {
          model = model.plus(s > 0, e.person());
        }
        hand = hand.plus(e.handSet(), e.person());
        for (int k = 0; k < THRESHOLDS.length; k++) {
          combined[k] =
              combined[k].plus(e.handSet() || e.borderline() && s > THRESHOLDS[k], e.person());
        }
      }
    }
    Counts[] out = new Counts[2 + THRESHOLDS.length];
    out[0] = model;
    out[1] = hand;
    System.arraycopy(combined, 0, out, 2, THRESHOLDS.length);
    return out;
  }

  /** Weights by feature id (index 0 unused), positive towards a person. */
  double[] fit(List<Example> all, double c) {
    List<Example> train = onePoint ? all.stream().filter(Example::borderline).toList() : all;
    return space.fit(train, c, Example::person);
  }

  /** Writes the weights, with a header naming the source, the figures and the command. */
  void write(Path out, double[] w, double margin, List<String> header) throws IOException {
    space.write(out, header, MARGIN, margin, w);
  }

  private static final String USAGE =
      "PersonModelTrainer --gum gum-entities.jsonl --out person-model.tsv"
          + " [--genres "
          + DEFAULT_GENRES
          + "] [--folds 5] [--margin cv|VALUE] [--fit all|one-point]"
          + " [--fixtures fixture-persons.jsonl [--articles index-fixtures/articles]]";

  public static void main(String[] args) throws IOException {
    TrainerOptions options =
        TrainerOptions.parse(
            args,
            Map.of(
                "--margin",
                "cv",
                "--fit",
                "all",
                "--fixtures",
                "",
                "--articles",
                "index-fixtures/articles"),
            USAGE);
    Path gum = options.gum();
    Path out = options.out();
    String genres = options.genres();
    int folds = options.folds();
    String fixedMargin = options.get("--margin");
    String fitOn = options.get("--fit");
    Path fixtures = options.get("--fixtures").isEmpty() ? null : Path.of(options.get("--fixtures"));
    Path articles = Path.of(options.get("--articles"));
    if (!fitOn.equals("all") && !fitOn.equals("one-point")) {
      TrainerOptions.exit("--fit: expected all or one-point, got '" + fitOn + "'", USAGE);
    }
    boolean onePoint = fitOn.equals("one-point");
    List<Example> examples = new ArrayList<>(GumDocuments.examples(GumExamples::read, gum, genres));
    List<Example> fromFixtures = List.of();
    if (fixtures != null) {
      Path annotation = fixtures;
      List<Path> read = List.of(articles);
      fromFixtures =
          GumDocuments.examples(recognizer -> FixtureExamples.read(annotation, read, recognizer));
      examples.addAll(fromFixtures);
    }
    PersonModelTrainer trainer = new PersonModelTrainer(examples, onePoint);
    long fixtureDocs = fromFixtures.stream().map(Example::document).distinct().count();
    long fixturePersons = fromFixtures.stream().filter(Example::person).count();
    long docs = examples.stream().map(Example::document).distinct().count() - fixtureDocs;
    long persons = examples.stream().filter(Example::person).count() - fixturePersons;
    long borderline = examples.stream().filter(Example::borderline).count();
    long borderlinePersons = examples.stream().filter(e -> e.borderline() && e.person()).count();
    System.out.printf(
        Locale.ROOT, "one-point spans: %d (%d persons)%n", borderline, borderlinePersons);
    System.out.printf(
        Locale.ROOT,
        "%d candidate spans (%d persons) from %d documents of %s%n",
        examples.size() - fromFixtures.size(),
        persons,
        docs,
        genres);
    if (fixtures != null) {
      System.out.printf(
          Locale.ROOT,
          "%d candidate spans (%d persons) from %d articles annotated in %s%n",
          fromFixtures.size(),
          fixturePersons,
          fixtureDocs,
          fixtures);
    }
    double bestC = COSTS[0];
    Counts[] best = null;
    for (double c : COSTS) {
      Counts[] cv = trainer.crossValidate(folds, c);
      System.out.printf(
          Locale.ROOT,
          "C=%s: model%s %s%n",
          c,
          onePoint ? " on one-point spans" : "",
          cv[0].describe("person"));
      if (best == null || cv[0].f1() > best[0].f1()) {
        best = cv;
        bestC = c;
      }
    }
    System.out.printf(Locale.ROOT, "hand-set rule: %s%n", best[1].describe("person"));
    int margin = 0;
    for (int k = 0; k < THRESHOLDS.length; k++) {
      Counts combined = best[2 + k];
      System.out.printf(
          Locale.ROOT,
          "hand-set rule, or one point and score > %s: %s%n",
          THRESHOLDS[k],
          combined.describe("person"));
      if (combined.accuracy() > best[2 + margin].accuracy()) {
        margin = k;
      }
    }
    String apart = "";
    if (fixtures != null) {
      Predicate<Example> fixture = e -> e.document().startsWith(FixtureExamples.DOCUMENT_PREFIX);
      Counts[] onGum = trainer.crossValidate(folds, bestC, fixture.negate());
      Counts[] onFixtures = trainer.crossValidate(folds, bestC, fixture);
      apart =
          String.format(
              Locale.ROOT,
              " GUM's spans: model %s, the rule or score above the margin %s; the articles'"
                  + " spans: model %s, the rule or score above the margin %s.",
              onGum[0].describe("person"),
              onGum[2 + margin].describe("person"),
              onFixtures[0].describe("person"),
              onFixtures[2 + margin].describe("person"));
      System.out.println("apart, at C=" + bestC + ":" + apart);
    }
    double[] w = trainer.fit(examples, bestC);
    List<String> header =
        List.of(
            "Person model: the weight of each feature of a candidate span. A span with two hand-set"
                + " evidence points is a person; one with one point is when its weights add up"
                + " above the margin below.",
            String.format(
                Locale.ROOT,
                "Fitted by org.nutgraf.tools.model.PersonModelTrainer (LIBLINEAR, L2-regularised"
                    + " logistic regression, C=%s) on %s of %d candidate spans (%d persons) from %d"
                    + " documents of GUM, genres %s%s.",
                bestC,
                onePoint ? "the one-point spans" : "all",
                examples.size() - fromFixtures.size(),
                persons,
                docs,
                genres,
                fixtures == null
                    ? ""
                    : String.format(
                        Locale.ROOT,
                        ", and %d candidate spans (%d persons) from %d of the project's fixture"
                            + " articles, annotated by the team (%s)",
                        fromFixtures.size(),
                        fixturePersons,
                        fixtureDocs,
                        fixtures)),
            GumDocuments.SOURCE,
            String.format(
                Locale.ROOT,
                "Cross-validated, %d folds by document: model alone%s %s; hand-set rule %s;"
                    + " the rule or one point and score above %s (cross-validation's choice of margin) %s.%s",
                folds,
                onePoint ? " on one-point spans (the hand-set rule calls none a person)" : "",
                best[0].describe("person"),
                best[1].describe("person"),
                THRESHOLDS[margin],
                best[2 + margin].describe("person"),
                apart),
            "Command: java -cp target/nutgraf-cli.jar org.nutgraf.tools.model.PersonModelTrainer"
                + " --gum ../shared/corpora/gum-entities.jsonl --out "
                + out
                + " --margin "
                + fixedMargin
                + " --fit "
                + fitOn
                + (fixtures == null ? "" : " --fixtures " + fixtures + " --articles " + articles));
    double written =
        fixedMargin.equals("cv") ? THRESHOLDS[margin] : Double.parseDouble(fixedMargin);
    trainer.write(out, w, written, header);
    System.out.println("wrote " + out);
  }
}
