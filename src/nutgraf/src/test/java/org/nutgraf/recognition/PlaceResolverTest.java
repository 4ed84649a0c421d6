package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.text.TextScanner;
import org.nutgraf.text.TokenSequence;

/**
 * The place resolver on its own: given the candidates the matcher found in an article, the country
 * each one is given, or none.
 */
class PlaceResolverTest {
  private static final Gazetteer GAZETTEER = Gazetteer.defaults();
  private static final Lexicons LEXICONS = Lexicons.defaults();

  /** Each candidate's surface, in order, with the country chosen for it ("-" when dropped). */
  private static Map<String, String> resolve(String... paragraphs) {
    List<TokenSequence> texts = new ArrayList<>();
    List<List<PlaceCandidate>> candidates = new ArrayList<>();
    TokenClasses words = new TokenClasses(WordTable.of(LEXICONS, GAZETTEER));
    Work work = new Work();
    PlaceMatcher matcher = new PlaceMatcher(GAZETTEER, Lexicons.defaults());
    for (int p = 0; p < paragraphs.length; p++) {
      TokenSequence t = TokenSequence.pooled(p);
      TextScanner.scan(paragraphs[p], t);
      work.startText(t);
      texts.add(t);
      candidates.add(matcher.find(t, words.of(t), work));
    }
    new PlaceResolver(GAZETTEER, LEXICONS, true).resolve(texts, candidates);
    Map<String, String> out = new LinkedHashMap<>();
    for (int p = 0; p < texts.size(); p++) {
      for (PlaceCandidate c : candidates.get(p)) {
        String country = c.dropped || c.chosen == null ? "-" : c.chosen.country();
        out.put(texts.get(p).text(c.from, c.to) + "@" + p, country);
      }
    }
    return out;
  }

  @Test
  void aCityFollowedByItsStateIsDecidedByThePairWhateverItsSize() {
    assertEquals(
        Map.of("Paris@0", "US", "Texas@0", "US", "Dallas@0", "US"),
        resolve("The fair moved from Paris, Texas, to a barn outside Dallas."));
  }

  @Test
  void aLoneCityNameIsTheLargestPlaceOfThatNameWhenNothingSaysOtherwise() {
    assertEquals(
        Map.of("Paris@0", "FR", "French@1", "FR"),
        resolve(
            "Farmers marched through Paris on Tuesday.",
            "The French government said it would meet them."));
  }

  @Test
  void georgiaIsTheUsStateBesideAGovernorOrAtlantaAndTheCountryBesideTbilisi() {
    assertEquals(
        Map.of("Georgia@0", "US", "Atlanta@0", "US"),
        resolve("The governor of Georgia signed the bill in Atlanta."));
    assertEquals(
        Map.of("Georgia@0", "GE", "Tbilisi@0", "GE"),
        resolve(
            "Georgia's prime minister spoke in Tbilisi.",
            "Protesters filled the streets of the capital."));
  }

  @Test
  void aCityNameTakesTheCountryTheArticleIsAbout() {
    assertEquals(
        Map.of("Chileans@0", "CL", "Santiago@1", "CL"),
        resolve("Chileans voted on Sunday.", "In Santiago, queues formed before dawn."));
    assertEquals(
        Map.of("Dominicans@0", "DO", "Santiago@1", "DO"),
        resolve("Dominicans voted on Sunday.", "In Santiago, queues formed before dawn."));
  }

  @Test
  void anInstitutionOfACountryChoosesBetweenTownsOfTheSameNameThere() {
    assertEquals(
        Map.of("Dundalk@1", "IE"),
        resolve(
            "Gardai closed the bypass for three hours on Saturday.",
            "A cyclist was taken to hospital in Dundalk after the crash."));
    assertEquals(
        Map.of("Dundalk@1", "-"),
        resolve(
            "The bypass was closed for three hours on Saturday.",
            "A cyclist was taken to hospital in Dundalk after the crash."));
  }

  @Test
  void aPlaceNameInsideAnInstitutionOfAnotherCountryIsPartOfIt() {
    assertEquals(
        Map.of("Sabha@0", "-"), resolve("Members of the Lok Sabha debated the water bill."));
    assertEquals(
        Map.of("Scotland@0", "GB"), resolve("Detectives from Scotland Yard flew out at dawn."));
  }

  @Test
  void aCompassCoastIsTheGazetteerPlaceOnlyWhereTheArticleNamesItsCountry() {
    assertEquals(
        Map.of("West Coast@0", "-", "Oregon@0", "US"),
        resolve("Ferries stopped along the West Coast as storms reached Oregon."));
    assertEquals(
        Map.of("West Coast@0", "NZ", "New Zealand@1", "NZ"),
        resolve(
            "Ferries stopped along the West Coast on Friday.",
            "Storms cut roads across New Zealand."));
  }
}
