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

/** Fitting and judging the place model on a handful of made-up one-word places. */
class PlaceModelTrainerTest {
  /**
   * Ten documents, each with a town after "in" (a place) and a town name that is someone's surname
   * after a title (no place).
   */
  private static List<Example> corpus() {
    List<Example> out = new ArrayList<>();
    for (int d = 0; d < 10; d++) {
      out.add(new Example("doc" + d, "Kelso", List.of("bias", "after-in"), "place", true, true));
      out.add(
          new Example("doc" + d, "Whitby", List.of("bias", "after-title"), "person", true, true));
    }
    return out;
  }

  @Test
  void aFeatureSeenOnPlacesWeighsTowardsAPlaceAndOneSeenOnOthersAgainst() {
    double[] w = new PlaceModelTrainer(corpus()).fit(corpus(), 1);
    // features are numbered 1.. in name order: after-in, after-title, bias
    assertEquals(4, w.length, "three features, index 0 unused");
    assertTrue(w[1] > 0, "after-in " + w[1]);
    assertTrue(w[2] < 0, "after-title " + w[2]);
  }

  @Test
  void fittingIsTheSameEveryRun() {
    PlaceModelTrainer t = new PlaceModelTrainer(corpus());
    assertArrayEquals(t.fit(corpus(), 0.3), t.fit(corpus(), 0.3));
  }

  @Test
  void onlyAnExactPlaceAnnotationCountsAsAPlace() {
    assertTrue(PlaceModelTrainer.place(corpus().get(0)));
    assertTrue(!PlaceModelTrainer.place(corpus().get(1)));
    Example partOf =
        new Example("d", "York", List.of("bias"), "part of a longer place name", true, true);
    assertTrue(!PlaceModelTrainer.place(partOf), "a word inside a longer place is no place");
  }

  @Test
  void crossValidationJudgesEveryExampleOnceAtEveryMargin() {
    Counts[] cv = new PlaceModelTrainer(corpus()).crossValidate(5, 1);
    assertEquals(PlaceModelTrainer.MARGINS.length, cv.length);
    Counts keepAll = cv[0];
    assertEquals(new Counts(10, 10, 0, 0), keepAll, "no margin keeps every candidate");
    for (Counts c : cv) {
      assertEquals(20, c.tp() + c.fp() + c.fn() + c.tn());
    }
    Counts atZero = cv[cv.length - 1];
    assertEquals(new Counts(10, 0, 0, 10), atZero, "the features separate the classes");
  }

  @Test
  void countsGiveTheUsualFiguresAndZeroWhenUndefined() {
    Counts c = new Counts(0, 0, 0, 0).plus(true, true).plus(true, false).plus(false, true);
    assertEquals(new Counts(1, 1, 1, 0), c);
    assertEquals(0.5, c.f1());
    assertEquals(1 / 3.0, c.accuracy(), 1e-12);
    assertEquals(0, new Counts(0, 0, 0, 0).accuracy());
    assertEquals(0, new Counts(0, 0, 0, 0).f1());
    assertEquals(
        "accuracy 0.333, place P 0.500 R 0.500 F1 0.500 (kept 2 of which places 1; dropped 1 of"
            + " which places 1)",
        PlaceModelTrainer.describe(c));
  }

  @Test
  void theWeightsFileHasItsHeaderTheMarginAndTheWeightsThatCount(@TempDir Path tmp)
      throws IOException {
    PlaceModelTrainer t = new PlaceModelTrainer(corpus());
    Path out = tmp.resolve("place-model.tsv");
    t.write(out, new double[] {0, 1.23456, 0.0001, -2}, -1.5, List.of("made by a test"));
    assertEquals(
        List.of(
            "# made by a test",
            "@margin below which a name is no place\t-1.5",
            "after-in\t1.2346",
            "bias\t-2.0000"),
        Files.readAllLines(out));
  }

  @Test
  void withoutAMarginTheFileHoldsOnlyWeights(@TempDir Path tmp) throws IOException {
    PlaceModelTrainer t = new PlaceModelTrainer(corpus());
    Path out = tmp.resolve("place-model.tsv");
    t.write(out, new double[] {0, 1, -1, 0}, Double.NEGATIVE_INFINITY, List.of());
    assertEquals(List.of("after-in\t1.0000", "after-title\t-1.0000"), Files.readAllLines(out));
  }
}
