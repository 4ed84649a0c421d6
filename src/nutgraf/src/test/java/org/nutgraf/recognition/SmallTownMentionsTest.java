package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A small town the article has put in place ("in Tonopah") counts when it comes back without a
 * preposition ("the Tonopah mine"), in the same paragraph or a later one; never before that.
 */
class SmallTownMentionsTest {
  private final EntityRecognizer recognizer = EntityRecognizer.defaults();

  private List<List<String>> countries(String... paragraphs) {
    return recognizer.recognizeAll(List.of(paragraphs)).stream()
        .map(r -> r.places().stream().map(PlaceMention::country).toList())
        .toList();
  }

  @Test
  void aTownPutInPlaceCountsWhenItComesBack() {
    assertEquals(
        List.of(List.of("US"), List.of("US")),
        countries(
            "Silver prospectors camped in Tonopah through the winter.",
            "Wages at the Tonopah mine doubled by the spring."));
    assertEquals(
        List.of(List.of("US", "US")),
        countries("Crews arrived in Tonopah at dawn, and the Tonopah depot reopened."));
  }

  @Test
  void withoutAPrepositionAnywhereInTheArticleTheTownIsNoPlace() {
    assertEquals(
        List.of(List.of(), List.of()),
        countries(
            "Wages at the Tonopah mine doubled by the spring.",
            "Silver prices rose through the winter."));
  }

  @Test
  void aTownPutInPlaceByOneArticleCountsForNoOther() {
    // the same recogniser, on the same thread, one article after the other
    assertEquals(
        List.of(List.of("US")),
        countries("Silver prospectors camped in Tonopah through the winter."));
    assertEquals(List.of(List.of()), countries("Wages at the Tonopah mine doubled by the spring."));
  }
}
