package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nutgraf.recognition.PlaceFixture.candidate;
import static org.nutgraf.recognition.PlaceFixture.city;
import static org.nutgraf.recognition.PlaceFixture.indexOf;
import static org.nutgraf.recognition.PlaceFixture.scan;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.text.TokenSequence;

/** Small towns count only where the sentence puts a place or a region follows the name. */
class SmallTownsTest {
  private static final PlaceEntry TOWN_US =
      city("Dunmore", "US", "US.PA", 9000, PlaceEntry.SMALL_TOWN);
  private static final PlaceEntry TOWN_IE =
      city("Dunmore", "IE", "IE.C", 600, PlaceEntry.SMALL_TOWN);
  private static final PlaceEntry CITY_AU = city("Dunmore", "AU", "AU.02", 80_000, 0);

  private static boolean admitted(String text, String name) {
    TokenSequence t = scan(text);
    int i = indexOf(t, name);
    return SmallTowns.admitted(Lexicons.defaults(), t, i, i + 1);
  }

  @Test
  void aLocativeBeforeTheTownAdmitsIt() {
    assertTrue(admitted("The mill closed in Dunmore last spring.", "Dunmore"));
    assertTrue(admitted("Crews camped outside Dunmore overnight.", "Dunmore"));
  }

  @Test
  void fromAndAtAdmitNoSmallTownForTheyAlsoPrecedePersons() {
    assertFalse(admitted("A letter came from Dunmore yesterday.", "Dunmore"));
    assertFalse(admitted("Reporters laughed at Dunmore again.", "Dunmore"));
  }

  @Test
  void aPossessiveAfterTheLocativeReadsAsAPerson() {
    assertFalse(admitted("Nothing changed in Dunmore's view of the deal.", "Dunmore"));
  }

  @Test
  void aCommaAndACapitalisedWordAfterTheTownAdmitItForThePairingToConfirm() {
    assertTrue(admitted("Dunmore, Pennsylvania, voted early.", "Dunmore"));
    assertFalse(admitted("Mayor Dunmore spoke.", "Dunmore"));
  }

  @Test
  void aSentenceStartWrittenInCapitalsSaysNothingOfTheLocative() {
    assertFalse(admitted("IN DUNMORE TONIGHT", "DUNMORE"));
  }

  @Test
  void settleDropsAnUnpairedTownThatOnlyACommaAdmitted() {
    TokenSequence t = scan("Dunmore, Jenkins and Price signed.");
    PlaceCandidate c = candidate(t, "Dunmore", TOWN_US);
    SmallTowns.settle(Lexicons.defaults(), t, List.of(c));
    assertTrue(c.dropped);
    assertEquals("'Dunmore' is a small town with no place named with it", c.evidence);
  }

  @Test
  void settleKeepsAPairedTownALocatedTownAndTheLargerPlaceOfTheName() {
    TokenSequence t = scan("Dunmore, Jenkins and Price signed.");
    PlaceCandidate paired = candidate(t, "Dunmore", TOWN_US);
    paired.paired = true;
    PlaceCandidate mixed = candidate(t, "Dunmore", TOWN_US, CITY_AU);
    SmallTowns.settle(Lexicons.defaults(), t, List.of(paired, mixed));
    assertFalse(paired.dropped);
    assertFalse(mixed.dropped);
    assertEquals(List.of(CITY_AU), List.of(mixed.entries));

    TokenSequence located = scan("The mill closed in Dunmore last spring.");
    PlaceCandidate town = candidate(located, "Dunmore", TOWN_US);
    SmallTowns.settle(Lexicons.defaults(), located, List.of(town));
    assertFalse(town.dropped);
    assertEquals(1, town.entries.length);
  }

  @Test
  void aSmallTownYieldsToALargerNamesakeUnlessTheArticleNamesItsCountry() {
    TokenSequence t = scan("The mill closed in Dunmore last spring.");
    PlaceCandidate c = candidate(t, "Dunmore", TOWN_US, TOWN_IE, CITY_AU);
    SmallTowns.yieldToLargerNamesakes(c, country -> country.equals("IE"));
    assertEquals(List.of(TOWN_IE, CITY_AU), List.of(c.entries));
    assertFalse(c.dropped);
  }

  @Test
  void smallTownsWithNoLargerNamesakeOrAPairingAreLeftAlone() {
    TokenSequence t = scan("The mill closed in Dunmore last spring.");
    PlaceCandidate towns = candidate(t, "Dunmore", TOWN_US, TOWN_IE);
    SmallTowns.yieldToLargerNamesakes(towns, country -> false);
    assertEquals(2, towns.entries.length);
    PlaceCandidate paired = candidate(t, "Dunmore", TOWN_US, CITY_AU);
    paired.paired = true;
    SmallTowns.yieldToLargerNamesakes(paired, country -> false);
    assertEquals(2, paired.entries.length);
  }
}
