package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nutgraf.recognition.PlaceFixture.candidate;
import static org.nutgraf.recognition.PlaceFixture.city;
import static org.nutgraf.recognition.PlaceFixture.country;
import static org.nutgraf.recognition.PlaceFixture.region;
import static org.nutgraf.recognition.PlaceFixture.scan;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.text.TokenSequence;

/** What an article names plainly: countries counted by paragraph, regions of its towns. */
class ArticlePlacesTest {
  private static final TokenSequence T = scan("Peru Bolivia Lima Trujillo Arequipa Texas");
  private static final PlaceEntry PERU = country("Peru", "PE", 34_000_000);
  private static final PlaceEntry BOLIVIA = country("Bolivia", "BO", 12_000_000);
  private static final PlaceEntry LIMA_PE = city("Lima", "PE", "PE.15", 9_000_000, 0);
  private static final PlaceEntry LIMA_US = city("Lima", "US", "US.OH", 35_000, 0);
  private static final PlaceEntry TRUJILLO_PE = city("Trujillo", "PE", "PE.13", 900_000, 0);
  private static final PlaceEntry TRUJILLO_HN = city("Trujillo", "HN", "HN.02", 60_000, 0);
  private static final PlaceEntry AREQUIPA = city("Arequipa", "PE", "PE.04", 1_000_000, 0);
  private static final PlaceEntry TEXAS = region("Texas", "US", "US.TX", 30_000_000);

  @Test
  void countsUnambiguousNamesByArticleAndByParagraph() {
    ArticlePlaces a =
        new ArticlePlaces(
            List.of(
                List.of(candidate(T, "Peru", PERU), candidate(T, "Bolivia", BOLIVIA)),
                List.of(candidate(T, "Peru", PERU), candidate(T, "Arequipa", AREQUIPA))));
    assertEquals(3.0, a.inArticle("PE"));
    assertEquals(1.0, a.inArticle("BO"));
    assertEquals(0.0, a.inArticle("CL"));
    assertEquals(1.0, a.inParagraph(0, "PE"));
    assertEquals(2.0, a.inParagraph(1, "PE"));
    assertEquals(0.0, a.inParagraph(1, "BO"));
  }

  @Test
  void anAmbiguousOrDroppedNameCountsForNoCountry() {
    PlaceCandidate dropped = candidate(T, "Bolivia", BOLIVIA);
    dropped.dropped = true;
    ArticlePlaces a =
        new ArticlePlaces(
            List.of(List.of(candidate(T, "Lima", LIMA_PE, LIMA_US), dropped)), List.of(), false);
    assertEquals(0.0, a.inArticle("PE"));
    assertEquals(0.0, a.inArticle("US"));
    assertEquals(0.0, a.inArticle("BO"));
  }

  @Test
  void aNameWhosePlaceDwarfsItsNamesakesAbroadCountsForThatPlacesCountry() {
    PlaceEntry limaGiven = city("Lima", "PE", "PE.15", 9_000_000, PlaceEntry.GIVEN_NAME);
    ArticlePlaces a =
        new ArticlePlaces(
            List.of(
                List.of(candidate(T, "Lima", LIMA_PE, LIMA_US)),
                List.of(candidate(T, "Trujillo", TRUJILLO_PE, TRUJILLO_HN))));
    assertEquals(1.0, a.inParagraph(0, "PE"), "9 million against 35,000");
    assertEquals(1.0, a.inParagraph(1, "PE"), "900,000 against 60,000");
    assertEquals(0.0, a.inArticle("US"));
    // a name that is also a given name may yet be the person: it supports nothing
    ArticlePlaces given =
        new ArticlePlaces(List.of(List.of(candidate(T, "Lima", limaGiven, LIMA_US))));
    assertEquals(0.0, given.inArticle("PE"));
  }

  @Test
  void mostOtherThanIsTheMostNamedCountryBesideTheOneAskedFor() {
    ArticlePlaces a =
        new ArticlePlaces(
            List.of(
                List.of(
                    candidate(T, "Peru", PERU),
                    candidate(T, "Peru", PERU),
                    candidate(T, "Bolivia", BOLIVIA))));
    assertEquals(2.0, a.mostOtherThan("BO"));
    assertEquals(1.0, a.mostOtherThan("PE"));
    assertEquals(0.0, new ArticlePlaces(List.of(List.of())).mostOtherThan("PE"));
  }

  @Test
  void aTownWhoseEntriesShareARegionPutsTheArticleThere() {
    ArticlePlaces a = new ArticlePlaces(List.of(List.of(candidate(T, "Arequipa", AREQUIPA))));
    assertTrue(a.hasTownIn("PE.04"));
    assertFalse(a.hasTownIn("PE.15"));
    assertFalse(a.hasTownIn(""), "an unknown region is in no article");
  }

  @Test
  void townsInTwoRegionsRegionsAndCountriesPutTheArticleNowhere() {
    ArticlePlaces a =
        new ArticlePlaces(
            List.of(
                List.of(
                    candidate(T, "Trujillo", TRUJILLO_PE, TRUJILLO_HN),
                    candidate(T, "Texas", TEXAS),
                    candidate(T, "Peru", PERU))));
    assertFalse(a.hasTownIn("PE.13"));
    assertFalse(a.hasTownIn("HN.02"));
    assertFalse(a.hasTownIn("US.TX"), "a region does not count itself");
  }

  @Test
  void timesNamedAsCountsOnlyTheCandidatesOwnNameSaidAgain() {
    PlaceCandidate first = candidate(T, "Arequipa", AREQUIPA);
    ArticlePlaces a =
        new ArticlePlaces(
            List.of(
                List.of(first, candidate(T, "Peru", PERU)),
                List.of(candidate(T, "Arequipa", AREQUIPA))));
    assertEquals(3.0, a.inArticle("PE"));
    assertEquals(2.0, a.timesNamedAs(first), "Arequipa twice; Peru is another name");
    assertEquals(0.0, a.timesNamedAs(candidate(T, "Lima", LIMA_PE, LIMA_US)));
  }
}
