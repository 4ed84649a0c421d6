package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings of names that real news needs: regional and bare demonyms, state abbreviations, a
 * country that shares its name with a foreign state, a country that is also a bird, and towns named
 * like words when the sentence makes them places.
 */
class NameReadingsTest {
  private final EntityRecognizer recognizer = EntityRecognizer.defaults();

  private List<String> countries(String text) {
    return recognizer.recognize(text).places().stream().map(PlaceMention::country).toList();
  }

  @Test
  void regionalAndBareDemonymsGiveTheirCountry() {
    assertEquals(List.of("KR"), countries("A Korean shipbuilder won the tanker order."));
    assertEquals(List.of("BA"), countries("Bosnian prosecutors reopened the case."));
    assertEquals(List.of("IT"), countries("Sicilian growers lost half their lemons to hail."));
    assertEquals(List.of("DE"), countries("Bavarian brewers raised their prices."));
  }

  @Test
  void aCombiningFormBeforeAHyphenNamesItsCountryAndNoPerson() {
    assertEquals(
        List.of("CN", "US"), countries("Sino-American grain talks resumed in the spring."));
    assertEquals(List.of("FR", "DE"), countries("The Franco-German fighter jet flew at last."));
    assertEquals(List.of(), recognizer.recognize("The Franco-German jet flew.").persons());
  }

  @Test
  void theNorthsOwnBodiesAndThePeninsulasWarAreNotTheSouth() {
    assertEquals(
        List.of("KP"),
        countries("The Korean Central News Agency called the drills a provocation."));
    assertEquals(List.of(), countries("Veterans of the Korean War laid wreaths on Sunday."));
  }

  @Test
  void australianStateAbbreviationsPairWithTheirTowns() {
    assertEquals(List.of("AU", "AU"), countries("Floods in Townsville, Qld., cut the highway."));
    assertEquals(List.of("AU", "AU"), countries("Embers fell on Bendigo, Vic., overnight."));
  }

  @Test
  void aCityFiledAsXCityIsFoundByItsBareNameWhereNoOtherPlaceHasIt() {
    assertEquals(List.of("PH"), countries("Traffic in Makati crawled after the typhoon."));
    assertEquals(List.of("PH"), countries("A Pasig court heard the case on Monday."));
    assertEquals(List.of("PA"), countries("Shipping agents in Panama expect more traffic."));
    assertEquals(List.of("US"), countries("The governor of Oklahoma signed the bill."));
  }

  @Test
  void inNigerIsTheCountry() {
    assertEquals(
        List.of("NE"), countries("Aid convoys reached villages in Niger after the floods."));
  }

  @Test
  void turkeyBeforeThanksgivingIsTheBird() {
    assertEquals(List.of(), countries("Turkey prices rose ahead of Thanksgiving."));
    assertEquals(List.of(), countries("Leftover Turkey sandwiches filled the office fridge."));
    assertEquals(List.of("TR"), countries("Turkey's prices rose again in November."));
    assertEquals(List.of("TR"), countries("Turkey prices its bonds in lira."));
  }

  @Test
  void niceAndReadingArePlacesWhenTheSentenceSaysSo() {
    assertEquals(List.of("FR"), countries("Hotels in Nice were full for the carnival."));
    assertEquals(List.of("GB"), countries("Commuters near Reading faced long delays."));
    assertEquals(List.of(), countries("Reading between the lines, the budget is tight."));
    assertEquals(List.of(), countries("Nice work by the defence kept the score level."));
    // "to" names a destination after a verb of going, and nothing more after another verb
    assertEquals(List.of("FR"), countries("The painter moved to Nice after the war."));
    assertEquals(List.of("GB"), countries("Two of the brothers returned to Reading in spring."));
    assertEquals(List.of(), countries("The visitors lost to Reading on Saturday."));
  }
}
