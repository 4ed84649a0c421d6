package org.nutgraf.tools.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.recognition.CountryDecision;

/** Fitting and judging the country model on made-up names weighed between two countries. */
class CountryModelTrainerTest {
  /** A name whose right country is the one its article names, whatever the sizes. */
  private static CountryCase named(String doc, String gold) {
    String other = gold.equals("AA") ? "BB" : "AA";
    List<Example> options =
        List.of(
            new Example(doc, "Kelso " + gold, List.of("bias", "named"), "right", false, false),
            new Example(doc, "Kelso " + other, List.of("bias", "larger"), "wrong", false, false));
    return new CountryCase(doc, "Kelso", options, List.of(gold, other), List.of(10L, 1000L), gold);
  }

  private static List<CountryCase> corpus() {
    List<CountryCase> out = new ArrayList<>();
    for (int d = 0; d < 10; d++) {
      out.add(named("doc" + d, d % 2 == 0 ? "AA" : "BB"));
    }
    return out;
  }

  @Test
  void theFeatureOfTheRightCountryWeighsForItAndTheOtherAgainst() {
    double[] w = new CountryModelTrainer(corpus()).fit(corpus(), 1);
    // features are numbered 1.. in name order: bias, larger, named
    assertTrue(w[3] > 0, "named " + w[3]);
    assertTrue(w[2] < 0, "larger " + w[2]);
    assertArrayEquals(w, new CountryModelTrainer(corpus()).fit(corpus(), 1), "the same every run");
  }

  @Test
  void theBestCountryIsChosenOnlyAtOrAboveTheMargin() {
    CountryModelTrainer t = new CountryModelTrainer(corpus());
    double[] w = {0, 0, -1, 2};
    CountryCase c = corpus().get(1);
    assertEquals("BB", t.choose(w, c, Double.NEGATIVE_INFINITY));
    assertEquals("BB", t.choose(w, c, 2));
    assertEquals("", t.choose(w, c, 2.5));
    assertEquals("", t.choose(new double[4], c, Double.NEGATIVE_INFINITY), "a tie chooses none");
  }

  @Test
  void crossValidationJudgesEveryNameOnceAtEveryMargin() {
    CountryModelTrainer t = new CountryModelTrainer(corpus());
    int[] right = t.crossValidate(5, 1);
    assertEquals(CountryModelTrainer.MARGINS.length, right.length);
    assertEquals(10, right[0], "with no margin the named country wins every held-out name");
    assertEquals(0, t.largestRight(), "the larger namesake is never right here");
  }

  @Test
  void aNameIsLabelledByTheLinkOfThePlaceAnnotatedExactlyThereOrAsNoPlace() throws Exception {
    WikipediaCountry links = new WikipediaCountry(Gazetteer.defaults());
    CountryDecision d =
        new CountryDecision(
            12,
            18,
            "Durham",
            List.of(
                new CountryDecision.Option("US", "Durham", 280_000, List.of("bias"), 0),
                new CountryDecision.Option("GB", "Durham", 48_000, List.of("bias"), 0)),
            "");
    String text = "She studied in Durham for a year.";
    JsonMapper json = new JsonMapper();
    JsonNode place =
        json.readTree(
            "[{\"start\":12,\"end\":18,\"type\":\"place\",\"proper\":true,"
                + "\"wikipedia\":\"Durham,_England\"}]");
    JsonNode unlinked =
        json.readTree("[{\"start\":12,\"end\":18,\"type\":\"place\",\"proper\":true}]");
    JsonNode person =
        json.readTree("[{\"start\":0,\"end\":3,\"type\":\"person\",\"proper\":true}]");
    assertEquals(Optional.of("GB"), CountryExamples.gold(text, place, d, links));
    assertEquals(Optional.empty(), CountryExamples.gold(text, unlinked, d, links));
    assertEquals(Optional.of(""), CountryExamples.gold(text, person, d, links), "no place there");
  }
}
