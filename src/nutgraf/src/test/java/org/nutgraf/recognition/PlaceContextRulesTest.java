package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.text.TokenSequence;

/** The context rules: which readings of a name its surroundings rule out, and why. */
class PlaceContextRulesTest {
  private static final Lexicons LEX = Lexicons.defaults();

  private static final PlaceEntry TURKEY =
      new PlaceEntry(
          "Turkey", PlaceKind.COUNTRY, "TR", "", 85_000_000, PlaceEntry.LOWER_HOMONYM, "Turkey");
  private static final PlaceEntry MOBILE =
      city("Mobile", "US", "US.AL", 190_000, PlaceEntry.COMMON_WORD);
  private static final PlaceEntry SPLIT_BIG =
      city("Split", "HR", "HR.15", 160_000, PlaceEntry.NOT_PLACE);
  private static final PlaceEntry SPLIT_SMALL =
      city("Split", "HR", "HR.15", 16_000, PlaceEntry.NOT_PLACE);
  private static final PlaceEntry TROY = city("Troy", "US", "US.NY", 50_000, PlaceEntry.GIVEN_NAME);

  /** Applies the rules to the candidate over {@code name} in paragraph 0 of {@code texts}. */
  private static PlaceCandidate apply(String name, PlaceEntry entry, String... texts) {
    List<TokenSequence> seqs = java.util.Arrays.stream(texts).map(PlaceFixture::scan).toList();
    PlaceCandidate c = candidate(seqs.get(0), name, entry);
    new PlaceContextRules(LEX, true).apply(seqs.get(0), c, seqs);
    return c;
  }

  @Test
  void aDatelineIsAPlaceWhateverTheWord() {
    PlaceCandidate c = apply("MOBILE", MOBILE, "MOBILE, Ala. — Shipyards reopened.");
    assertTrue(c.dateline);
    assertFalse(c.dropped);
    assertArrayEquals(new PlaceEntry[] {MOBILE}, c.entries);
  }

  @Test
  void aRelativesNameIsNoPlace() {
    PlaceCandidate c = apply("Troy", TROY, "She thanked her husband, Troy, for the idea.");
    assertTrue(c.dropped);
    assertEquals("'Troy' names a relative or a pet", c.evidence);
  }

  @Test
  void aCommonWordNeedsAPrepositionOrARegionAfterIt() {
    PlaceCandidate bare = apply("Mobile", MOBILE, "Their Mobile plan failed.");
    assertTrue(bare.dropped);
    assertEquals("'Mobile' is also a common word", bare.evidence);
    assertFalse(apply("Mobile", MOBILE, "Storms hit ships in Mobile overnight.").dropped);
    assertFalse(apply("Mobile", MOBILE, "Ships left Mobile, Alabama, at dawn.").dropped);
  }

  @Test
  void aCommonWordOpeningASentenceIsNoPlaceEvenBeforeARegion() {
    assertTrue(apply("Mobile", MOBILE, "Mobile shipyards reopened.").dropped);
  }

  @Test
  void aNameRarelyAPlaceNeedsItsRegionOrALocativeBeforeASizeableTown() {
    PlaceCandidate bare = apply("Split", SPLIT_BIG, "Analysts Split the difference.");
    assertTrue(bare.dropped);
    assertEquals("'Split' is rarely a place", bare.evidence);
    assertFalse(apply("Split", SPLIT_BIG, "Ferries docked in Split overnight.").dropped);
    assertTrue(
        apply("Split", SPLIT_SMALL, "Ferries docked in Split overnight.").dropped,
        "a small town needs more than 'in'");
    assertTrue(
        apply("Split", SPLIT_BIG, "Ferries docked in Split Harbour overnight.").dropped,
        "the word opens a longer name");
    assertFalse(apply("Split", SPLIT_SMALL, "Ferries left Split, Croatia, at noon.").dropped);
  }

  @Test
  void aShortWordInCapitalsAmidOrdinaryTextIsAnAbbreviation() {
    PlaceEntry town = city("Erie", "US", "US.PA", 90_000, 0);
    PlaceCandidate c = apply("ERIE", town, "Members of ERIE voted again.");
    assertTrue(c.dropped);
    assertEquals("'ERIE' is an abbreviation", c.evidence);
  }

  @Test
  void aRegionListedInCapitalsIsNoAbbreviationOfSomethingElse() {
    PlaceEntry nsw = region("NSW", "AU", "AU.02", 8_000_000);
    assertFalse(apply("NSW", nsw, "Fires spread across NSW overnight.").dropped);
    PlaceEntry peru = country("PERU", "PE", 34_000_000);
    assertFalse(apply("PERU", peru, "Fans of PERU sang.").dropped, "a country name is kept");
  }

  @Test
  void aNameWrittenWithoutItsInnerCapitalIsSomethingElse() {
    PlaceEntry noho = new PlaceEntry("NoHo", PlaceKind.PLACE, "US", "US.NY", 0, 0, "NoHo");
    PlaceCandidate c = apply("Noho", noho, "They ate at Noho on Friday.");
    assertTrue(c.dropped);
    assertEquals("'Noho' lacks the capital inside 'NoHo'", c.evidence);
    assertFalse(apply("NoHo", noho, "They ate in NoHo on Friday.").dropped);
  }

  @Test
  void aTownBesideAVerbOfSayingIsTheSpeakerButACountryIsNot() {
    PlaceCandidate c =
        apply("Troy", city("Troy", "US", "US.NY", 50_000, 0), "\"Enough,\" said Troy.");
    assertTrue(c.dropped);
    assertEquals("'Troy' is the speaker next to a verb of saying", c.evidence);
    PlaceEntry chad = country("Chad", "TD", 18_000_000);
    assertFalse(apply("Chad", chad, "\"Enough,\" said Chad.").dropped);
  }

  @Test
  void aCountryThatIsAFoodIsTheFoodBeforeAWordOfTheKitchen() {
    PlaceCandidate c = apply("Turkey", TURKEY, "We carved Turkey breasts for everyone.");
    assertTrue(c.dropped);
    assertEquals("'Turkey' is the food", c.evidence);
  }

  @Test
  void aSentenceOpeningHomonymIsTheWordWhenTheArticleUsesTheWord() {
    PlaceCandidate c =
        apply(
            "Turkey",
            TURKEY,
            "Turkey is best brined overnight.",
            "Buy the turkeys early, cooks say.");
    assertTrue(c.dropped);
    assertEquals("the article uses 'turkey' as a word", c.evidence);
    assertFalse(
        apply("Turkey", TURKEY, "Turkey is sending envoys.", "The talks begin Monday.").dropped);
    assertFalse(
        apply("Turkey", TURKEY, "Envoys flew to Turkey today.", "Cooks bought a turkey.").dropped,
        "mid-sentence the capital says it is the country");
  }

  @Test
  void aGivenNameOpeningASentenceIsNoTown() {
    PlaceCandidate c = apply("Troy", TROY, "Troy scored twice on Sunday.");
    assertTrue(c.dropped);
    assertEquals("'Troy' may be a given name", c.evidence);
    assertFalse(apply("Troy", TROY, "Flooding closed roads near Troy again.").dropped);
  }

  @Test
  void onlyTheReadingsRuledOutAreRemoved() {
    TokenSequence t = scan("Their Mobile plan failed.");
    PlaceEntry plain = city("Mobile", "US", "US.AZ", 200, 0);
    PlaceCandidate c = candidate(t, "Mobile", MOBILE, plain);
    new PlaceContextRules(LEX, true).apply(t, c, List.of(t));
    assertFalse(c.dropped);
    assertArrayEquals(new PlaceEntry[] {plain}, c.entries);
  }
}
