package org.nutgraf.tools.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fitting and judging the person model on a handful of made-up candidate spans. */
class PersonModelTrainerTest {
  /**
   * Twelve documents, each with a person (a title before it, two points for the hand-set rule in
   * even documents, one in odd ones) and a non-person (a lower-case word after it).
   */
  private static List<Example> corpus() {
    List<Example> out = new ArrayList<>();
    for (int d = 0; d < 12; d++) {
      boolean even = d % 2 == 0;
      out.add(new Example("doc" + d, "Ms. Vora", List.of("bias", "title"), "person", even, !even));
      out.add(
          new Example(
              "doc" + d,
              "Harbour Board",
              List.of("bias", "next-lower"),
              "organization",
              false,
              true));
    }
    return out;
  }

  private static double weight(double[] w, String feature) {
    // features are numbered 1.. in name order
    List<String> names = List.of("bias", "next-lower", "title");
    return w[names.indexOf(feature) + 1];
  }

  @Test
  void aFeatureSeenOnPersonsWeighsTowardsAPersonAndOneSeenOnOthersAgainst() {
    PersonModelTrainer t = new PersonModelTrainer(corpus(), false);
    double[] w = t.fit(corpus(), 1);
    assertEquals(4, w.length, "three features, index 0 unused");
    assertTrue(weight(w, "title") > 0, "title " + weight(w, "title"));
    assertTrue(weight(w, "next-lower") < 0, "next-lower " + weight(w, "next-lower"));
  }

  @Test
  void fittingIsTheSameEveryRun() {
    PersonModelTrainer t = new PersonModelTrainer(corpus(), false);
    assertArrayEquals(t.fit(corpus(), 0.3), t.fit(corpus(), 0.3));
  }

  @Test
  void onOnePointSpansAFeatureOnlyTwoPointSpansHaveGetsNoWeight() {
    List<Example> examples = new ArrayList<>(corpus());
    for (int d = 0; d < 12; d++) {
      examples.add(
          new Example("doc" + d, "Dr. Holt", List.of("bias", "two-point"), "person", true, false));
    }
    PersonModelTrainer t = new PersonModelTrainer(examples, true);
    double[] w = t.fit(examples, 1);
    // features in name order: bias, next-lower, title, two-point
    assertEquals(0, w[4], 1e-9);
    assertTrue(w[3] > 0);
  }

  @Test
  void crossValidationJudgesEveryExampleOnceAgainstTheHandSetRule() {
    Counts[] c = new PersonModelTrainer(corpus(), false).crossValidate(3, 1);
    assertEquals(2 + PersonModelTrainer.THRESHOLDS.length, c.length);
    Counts model = c[0];
    assertEquals(24, model.tp() + model.fp() + model.fn() + model.tn());
    assertEquals(1.0, model.accuracy(), "the features separate the classes");
    Counts hand = c[1];
    assertEquals(new Counts(6, 0, 6, 12), hand, "the rule takes the two-point persons only");
  }

  @Test
  void crossValidationCanJudgeSomeDocumentsWhileFittingOnAll() {
    PersonModelTrainer t = new PersonModelTrainer(corpus(), false);
    Counts[] even = t.crossValidate(3, 1, e -> e.handSet() || e.document().equals("doc0"));
    assertEquals(new Counts(6, 0, 0, 1), even[0], "the even documents' persons, doc0's other");
    assertEquals(new Counts(6, 0, 0, 1), even[1]);
  }

  @Test
  void countsGiveTheUsualFiguresAndZeroWhenUndefined() {
    Counts c = new Counts(0, 0, 0, 0).plus(true, true).plus(true, false).plus(false, true);
    assertEquals(new Counts(1, 1, 1, 0), c);
    assertEquals(0.5, c.precision());
    assertEquals(0.5, c.recall());
    assertEquals(0.5, c.f1());
    assertEquals(1 / 3.0, c.accuracy(), 1e-12);
    Counts none = new Counts(0, 0, 0, 0);
    assertEquals(0, none.precision());
    assertEquals(0, none.f1());
    assertEquals(0, none.accuracy());
    assertEquals("accuracy 0.333, person P 0.500 R 0.500 F1 0.500", c.describe("person"));
  }

  @Test
  void theWeightsFileHasItsHeaderTheMarginAndTheWeightsThatCount(@TempDir Path tmp)
      throws IOException {
    PersonModelTrainer t = new PersonModelTrainer(corpus(), false);
    Path out = tmp.resolve("person-model.tsv");
    t.write(out, new double[] {0, 0.00001, -1.23456, 2}, 1.5, List.of("made by a test"));
    assertEquals(
        List.of(
            "# made by a test",
            PersonModelTrainer.MARGIN + "\t1.5",
            "next-lower\t-1.2346",
            "title\t2.0000"),
        Files.readAllLines(out));
  }
}
