package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nutgraf.testing.HostileText;
import org.nutgraf.text.TextScanner;
import org.nutgraf.text.TokenSequence;

/**
 * Recognition costs a bounded number of steps per token and character, whatever the text: steps are
 * counted, never timed. News text takes 2 to 7 steps a unit; the hostile paragraphs here up to
 * about 95 (a run of capitalised words has each start tried as a name of up to twelve words).
 */
class RecognitionCostTest {
  /** Steps per unit of size (a token or a character) no text may exceed. */
  static final int MAX_STEPS_PER_UNIT = 100;

  private final List<RecognitionCost> costs = new ArrayList<>();
  private final EntityRecognizer recognizer = EntityRecognizer.defaults().reportingCost(costs::add);

  @Test
  void hostileParagraphsCostAFixedMultipleOfTheirLength() {
    for (Map.Entry<String, String> p : hostile(5_000).entrySet()) {
      RecognitionCost cost = cost(p.getValue());

      assertFalse(cost.truncated(), p.getKey());
      assertTrue(cost.stepsPerUnit() <= MAX_STEPS_PER_UNIT, p.getKey() + ": " + cost);
    }
  }

  @Test
  void tenTimesTheTextCostsAtMostTenTimesTheSteps() {
    Map<String, String> small = hostile(1_000);
    Map<String, String> large = hostile(10_000);
    for (String name : small.keySet()) {
      RecognitionCost a = cost(small.get(name));
      RecognitionCost b = cost(large.get(name));

      double growth = (double) b.steps() / a.steps();
      double sizeGrowth = (double) b.size() / a.size();
      assertTrue(growth <= sizeGrowth * 1.1 + 0.5, name + ": " + a + " then " + b);
    }
  }

  @Test
  void manyFirmNamesAmongManyPlacesCostNoMoreThanTheirLength() {
    assertCostGrowsAsTheText(
        "Goldman Sachs opened an office in Lyon, and Eli Lilly hired Ana Ruiz in Porto. ");
  }

  @Test
  void manyStreetsAmongManyPlacesCostNoMoreThanTheirLength() {
    String unit = "Crews in Lyon closed Verdier Street, and police in Lyon shut Bastide Park. ";
    assertCostGrowsAsTheText(unit);
    assertEquals(
        2_000,
        recognizer.recognize(unit.repeat(1_000)).places().stream()
            .filter(m -> m.surface().endsWith("Street") || m.surface().endsWith("Park"))
            .count());
  }

  /** Ten times {@code unit} costs at most about ten times the steps of a hundred times it. */
  private void assertCostGrowsAsTheText(String unit) {
    RecognitionCost a = cost(unit.repeat(100));
    RecognitionCost b = cost(unit.repeat(1_000));

    double growth = (double) b.steps() / a.steps();
    double sizeGrowth = (double) b.size() / a.size();
    assertTrue(growth <= sizeGrowth * 1.1 + 0.5, a + " then " + b);
  }

  @Test
  void aLongRunOfCapitalisedWordsIsNoNameButAKnownNameOpeningItIs() throws IOException {
    String run = HostileText.capitalisedWords(new Random(7), 40);
    KnownNames known =
        KnownNameSet.read(
            new ByteArrayInputStream(
                "Juan Orlando Hernandez\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    EntityRecognizer withKnown =
        new EntityRecognizer(
            EntityRecognizer.defaults().gazetteer(), Lexicons.defaults(), known, false);
    String lower = "when they spoke with the reporters about their long journey home ".repeat(3);
    Recognized found = withKnown.recognize(lower + "Juan Orlando Hernandez " + run + " " + lower);

    assertEquals(
        List.of("Juan Orlando Hernandez"),
        found.persons().stream().map(PersonMention::name).toList());
  }

  @Test
  void randomHostileArticlesStayWithinTheBound() {
    Random r = new Random(16);
    for (int round = 0; round < 100; round++) {
      List<String> texts = new ArrayList<>();
      for (int p = 1 + r.nextInt(4); p > 0; p--) {
        texts.add(HostileText.random(r, 1 + r.nextInt(2_000)));
      }
      costs.clear();
      recognizer.recognizeAll(texts);
      RecognitionCost cost = costs.get(0);

      assertFalse(cost.truncated(), "round " + round);
      assertTrue(cost.stepsPerUnit() <= MAX_STEPS_PER_UNIT, "round " + round + ": " + cost);
    }
  }

  @Test
  void aTextThatUsesUpItsBudgetIsSearchedNoFurther() {
    TokenSequence t = new TokenSequence();
    TextScanner.scan("Maria Lopez met Juan Perez in Tegucigalpa.", t);
    Work work = new Work();
    work.startText(t);
    assertFalse(work.exhausted());

    work.add(Work.STEPS_PER_UNIT * Work.size(t) + Work.BASE_STEPS + 1);

    assertTrue(work.exhausted());
    assertTrue(work.cost().truncated());
    EntityRecognizer r = EntityRecognizer.defaults();
    TokenClasses words = new TokenClasses(WordTable.of(r.lexicons(), r.gazetteer())).of(t);
    assertEquals(
        List.of(), new PlaceMatcher(r.gazetteer(), Lexicons.defaults()).find(t, words, work));
  }

  private Map<String, String> hostile(int words) {
    List<String> titles = new ArrayList<>(Lexicons.defaults().titleKinds.keySet());
    titles.sort(null);
    return HostileText.paragraphs(words, titles);
  }

  private RecognitionCost cost(String text) {
    costs.clear();
    recognizer.recognizeAll(List.of(text));
    return costs.get(0);
  }
}
