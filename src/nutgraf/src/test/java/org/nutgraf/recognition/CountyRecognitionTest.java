package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Counties and provinces below the first administrative level (British and Irish counties,
 * Philippine provinces) are places of their country; "X County" is the American form; bare "the
 * Gulf" is the sea, not a province of Papua New Guinea.
 */
class CountyRecognitionTest {
  private final EntityRecognizer recognizer = EntityRecognizer.defaults();

  private List<String> countries(String text) {
    return recognizer.recognize(text).places().stream().map(PlaceMention::country).toList();
  }

  /** Countries of each text, recognised together as one article. */
  private List<List<String>> article(String... texts) {
    return recognizer.recognizeAll(List.of(texts)).stream()
        .map(r -> r.places().stream().map(PlaceMention::country).distinct().sorted().toList())
        .toList();
  }

  @Test
  void aBritishOrIrishCountyIsAPlaceOfItsCountry() {
    assertEquals(
        List.of("GB", "GB"), countries("Floods cut off farms across Cumbria and Northumberland."));
    assertEquals(List.of("IE"), countries("The ferry service to County Donegal resumed."));
  }

  @Test
  void aCountyBeatsASmallerForeignTownOfItsName() {
    assertEquals(List.of("GB"), countries("The rally stage ran through the lanes of Norfolk."));
  }

  @Test
  void aPhilippineProvinceIsAPlaceOfThePhilippines() {
    assertEquals(
        List.of("PH", "PH"), countries("Rivers burst their banks in Pampanga and Laguna."));
  }

  @Test
  void aNameFollowedByCountyIsTheAmericanCounty() {
    List<String> found = countries("Deputies in Suffolk County searched the marina overnight.");
    assertFalse(found.contains("GB"), found.toString());
  }

  @Test
  void anArticleThatWritesTheAmericanCountyMeansItEverywhere() {
    List<List<String>> found =
        article(
            "A reporter for the Suffolk Ledger found the old deed.",
            "Suffolk County prosecutors reopened the case.");
    assertFalse(found.get(0).contains("GB"), found.toString());
    assertEquals(List.of("GB"), article("The Suffolk Ledger reported the harvest.").get(0));
  }

  @Test
  void theBareGulfIsTheSea() {
    assertEquals(List.of(), countries("Tankers crossing the Gulf slowed to a crawl."));
    assertTrue(countries("Warships patrolled the Gulf off Bahrain.").contains("BH"));
    assertFalse(countries("Warships patrolled the Gulf off Bahrain.").contains("PG"));
  }
}
