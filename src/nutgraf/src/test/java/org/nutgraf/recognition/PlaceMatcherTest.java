package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.text.TextScanner;
import org.nutgraf.text.TokenSequence;

/**
 * The place matcher on its own: the gazetteer names it proposes in a text, before context rules and
 * resolution choose among their readings.
 */
class PlaceMatcherTest {
  private static final Gazetteer GAZETTEER = Gazetteer.defaults();
  private static final WordTable WORDS = WordTable.of(Lexicons.defaults(), GAZETTEER);

  private record Found(List<String> names, long steps) {}

  private static Found find(PlaceMatcher matcher, String text) {
    TokenSequence t = new TokenSequence();
    TextScanner.scan(text, t);
    Work work = new Work();
    work.startText(t);
    List<PlaceCandidate> found = matcher.find(t, new TokenClasses(WORDS).of(t), work);
    return new Found(found.stream().map(c -> t.text(c.from, c.to)).toList(), work.cost().steps());
  }

  private static List<String> names(String text) {
    return find(new PlaceMatcher(GAZETTEER, Lexicons.defaults()), text).names();
  }

  @Test
  void theLongestNameStartingAtAWordWins() {
    assertEquals(List.of("New Mexico"), names("The ranchers of New Mexico sold their herds."));
    assertEquals(
        List.of("San Pedro Sula", "Honduras"), names("Buses left San Pedro Sula for Honduras."));
  }

  @Test
  void aShortNameCountsOnlyInTheCaseItIsWritten() {
    assertEquals(List.of("US"), names("The US said nothing."));
    assertTrue(names("Let us go home.").isEmpty());
  }

  @Test
  void lowerCaseWordsStartNoEnglishName() {
    assertTrue(names("a walk through the chad and the jordan fields").isEmpty());
  }

  @Test
  void aNameMetAgainIsFoundAgainWithTheSameSteps() {
    // the second and later walks from "Kenya" start after it, from the mark the first one left
    PlaceMatcher matcher = new PlaceMatcher(GAZETTEER, Lexicons.defaults());
    String text = "Kenya and Kenya's neighbours met in Nairobi, Kenya.";
    Found first = find(matcher, text);
    Found again = find(matcher, text);
    Found fresh = find(new PlaceMatcher(GAZETTEER, Lexicons.defaults()), text);

    assertEquals(List.of("Kenya", "Kenya", "Nairobi", "Kenya"), first.names());
    assertEquals(first, again);
    assertEquals(first, fresh);
  }
}
