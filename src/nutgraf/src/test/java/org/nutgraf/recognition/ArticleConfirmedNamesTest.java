package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "SA" is South Africa only in an article that names South Africa otherwise, never after a name.
 */
class ArticleConfirmedNamesTest {
  private final EntityRecognizer recognizer = EntityRecognizer.defaults();

  private List<String> countries(String text) {
    return recognizer.recognize(text).places().stream().map(PlaceMention::country).toList();
  }

  @Test
  void anAbbreviationCountsInAnArticleThatNamesItsCountry() {
    assertEquals(
        List.of("ZA", "ZA"),
        countries("Maize growers across SA expect a poor harvest, South African millers said."));
  }

  @Test
  void withoutItsCountryNamedElsewhereTheAbbreviationIsNoPlace() {
    assertEquals(List.of(), countries("Maize growers across SA expect a poor harvest."));
    assertEquals(
        List.of("AU"), countries("Vineyards in SA lost fruit to frost, Adelaide growers said."));
  }

  @Test
  void rightAfterACapitalisedNameItIsACompanySuffix() {
    assertEquals(
        List.of("ZA"),
        countries("Shares of Brenmoor SA slid after the South African election results."));
  }
}
