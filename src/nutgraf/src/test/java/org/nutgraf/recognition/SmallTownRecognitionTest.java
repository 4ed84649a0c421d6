package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Towns of a few thousand people (the fuller GeoNames list in the built-in gazetteer) resolve where
 * the sentence puts a place, and stay surnames and words everywhere else.
 */
class SmallTownRecognitionTest {
  private final EntityRecognizer recognizer = EntityRecognizer.defaults();

  private List<String> countries(String text) {
    return recognizer.recognize(text).places().stream().map(PlaceMention::country).toList();
  }

  @Test
  void aSmallTownCountsAfterALocativeOrBesideItsState() {
    assertEquals(List.of("US"), countries("Volunteers in Wahoo stacked sandbags all night."));
    assertEquals(List.of("US"), countries("Prospectors camped near Tonopah for a week."));
    assertEquals(List.of("US", "US"), countries("Wahoo, Nebraska, voted to rebuild its levee."));
    assertEquals(List.of("US", "US"), countries("WAHOO, Neb. — The river crested overnight."));
  }

  @Test
  void aSmallTownCountsAfterOfAndAWordForItsPartsOrPeople() {
    assertEquals(List.of("US"), countries("Many residents of Tonopah lined the road."));
    assertEquals(List.of("US"), countries("The mayor of Wahoo cut the ribbon."));
    assertEquals(List.of("US"), countries("The levee failed two miles north of Wahoo."));
    // a centre is as often a trade's or a storm's: no town
    assertEquals(List.of(), countries("Traders praised the centre of Viking trade."));
    assertEquals(List.of(), countries("He spoke of Tonopah often."));
  }

  @Test
  void aSmallTownNameElsewhereIsASurnameOrAWord() {
    assertEquals(List.of(), countries("Baxter said the council would meet again on Friday."));
    assertEquals(List.of(), countries("The striker Fletcher scored twice before the break."));
    assertEquals(List.of(), countries("Hope faded as the search went into a third day."));
    assertEquals(List.of(), countries("The deal was, in Baxter's words, a gamble."));
  }

  @Test
  void aCommaAloneDoesNotMakeASmallTown() {
    assertEquals(List.of(), countries("Fletcher, Baxter and two others signed the letter."));
  }

  @Test
  void aLargerPlaceOfTheSameNameWinsUnlessTheArticleIsAboutTheTown() {
    assertEquals(List.of("AU"), countries("Lifeguards in Rockingham closed the beach."));
  }
}
