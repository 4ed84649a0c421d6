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
import org.nutgraf.text.TokenSequence;

/** "City, Region" and "City, Country": the pair decides both names. */
class CityStatePairingTest {
  private static final PlaceEntry VIENNA_AT = city("Vienna", "AT", "AT.09", 1_900_000, 0);
  private static final PlaceEntry VIENNA_VA = city("Vienna", "US", "US.VA", 16_000, 0);
  private static final PlaceEntry VIENNA_GA = city("Vienna", "US", "US.GA", 3_700, 0);
  private static final PlaceEntry VIRGINIA = region("Virginia", "US", "US.VA", 8_600_000);
  private static final PlaceEntry AUSTRIA = country("Austria", "AT", 9_000_000);

  @Test
  void aCityFollowedByItsRegionKeepsTheEntriesThatShareTheRegion() {
    TokenSequence t = scan("The office in Vienna, Virginia, closed.");
    PlaceCandidate c = candidate(t, "Vienna", VIENNA_AT, VIENNA_GA, VIENNA_VA);
    PlaceCandidate s = candidate(t, "Virginia", VIRGINIA);
    CityStatePairing.pair(t, List.of(c, s), true);
    assertArrayEquals(new PlaceEntry[] {VIENNA_VA}, c.entries);
    assertArrayEquals(new PlaceEntry[] {VIRGINIA}, s.entries);
    assertTrue(c.paired);
    assertTrue(s.paired);
    assertEquals("'Vienna, Virginia'", c.evidence);
    assertEquals(c.evidence, s.evidence);
  }

  @Test
  void aCityFollowedByItsCountryKeepsTheCityOfThatCountry() {
    TokenSequence t = scan("Talks in Vienna, Austria, resumed.");
    PlaceCandidate c = candidate(t, "Vienna", VIENNA_VA, VIENNA_AT);
    PlaceCandidate s = candidate(t, "Austria", AUSTRIA);
    CityStatePairing.pair(t, List.of(c, s), false);
    assertArrayEquals(new PlaceEntry[] {VIENNA_AT}, c.entries);
    assertTrue(c.paired);
    assertEquals("", c.evidence, "no explanation was asked for");
  }

  @Test
  void aCountyPairsWithItsRegionAcrossTheWordCounty() {
    TokenSequence t = scan("Deputies in Vienna County, Virginia, searched the woods.");
    PlaceCandidate c = candidate(t, "Vienna", VIENNA_AT, VIENNA_VA);
    PlaceCandidate s = candidate(t, "Virginia", VIRGINIA);
    CityStatePairing.pair(t, List.of(c, s), true);
    assertArrayEquals(new PlaceEntry[] {VIENNA_VA}, c.entries);
    assertTrue(c.paired);
    // a county whose name is no place of that region is one the gazetteer lacks
    TokenSequence u = scan("Deputies in Vienna County, Virginia, searched the woods.");
    PlaceCandidate foreign = candidate(u, "Vienna", VIENNA_AT);
    PlaceCandidate state = candidate(u, "Virginia", VIRGINIA);
    CityStatePairing.pair(u, List.of(foreign, state), true);
    assertTrue(foreign.dropped);
    assertEquals("'Vienna County, Virginia' is a county the gazetteer lacks", foreign.evidence);
    assertFalse(state.dropped);
  }

  @Test
  void aRegionThatIsNotTheCitysOwnPairsNothing() {
    TokenSequence t = scan("The office in Vienna, Austria, closed.");
    PlaceCandidate c = candidate(t, "Vienna", VIENNA_GA, VIENNA_VA);
    PlaceCandidate s = candidate(t, "Austria", AUSTRIA);
    CityStatePairing.pair(t, List.of(c, s), true);
    assertFalse(c.paired);
    assertEquals(2, c.entries.length);
  }

  @Test
  void withoutACommaBetweenThemTheNamesAreNoPair() {
    TokenSequence t = scan("The Vienna Virginia line closed.");
    PlaceCandidate c = candidate(t, "Vienna", VIENNA_AT, VIENNA_VA);
    PlaceCandidate s = candidate(t, "Virginia", VIRGINIA);
    CityStatePairing.pair(t, List.of(c, s), true);
    assertFalse(c.paired);
    assertFalse(s.paired);
  }

  @Test
  void namesApartOrADroppedNameAreNoPair() {
    TokenSequence apart = scan("From Vienna, the capital, to Virginia.");
    PlaceCandidate c = candidate(apart, "Vienna", VIENNA_AT, VIENNA_VA);
    PlaceCandidate s = candidate(apart, "Virginia", VIRGINIA);
    CityStatePairing.pair(apart, List.of(c, s), true);
    assertFalse(c.paired);

    TokenSequence t = scan("The office in Vienna, Virginia, closed.");
    PlaceCandidate c2 = candidate(t, "Vienna", VIENNA_AT, VIENNA_VA);
    PlaceCandidate s2 = candidate(t, "Virginia", VIRGINIA);
    s2.dropped = true;
    CityStatePairing.pair(t, List.of(c2, s2), true);
    assertFalse(c2.paired);
  }

  @Test
  void aCountryFollowedByACountryIsNoPair() {
    TokenSequence t = scan("Trade between Austria, Hungary and others grew.");
    PlaceCandidate a = candidate(t, "Austria", AUSTRIA);
    PlaceCandidate h = candidate(t, "Hungary", country("Hungary", "HU", 9_600_000));
    CityStatePairing.pair(t, List.of(a, h), true);
    assertFalse(a.paired);
    assertFalse(h.paired);
  }
}
