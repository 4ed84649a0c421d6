package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nutgraf.recognition.PlaceFixture.candidate;
import static org.nutgraf.recognition.PlaceFixture.city;
import static org.nutgraf.recognition.PlaceFixture.country;
import static org.nutgraf.recognition.PlaceFixture.region;
import static org.nutgraf.recognition.PlaceFixture.scan;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nutgraf.gazetteer.Country;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.text.TokenSequence;

/** Georgia the state or Georgia the country: offices around the name, towns of the state. */
class StateOrCountryTest {
  private static final PlaceEntry GEORGIA_GE = country("Georgia", "GE", 3_700_000);
  private static final PlaceEntry GEORGIA_US = region("Georgia", "US", "US.GA", 10_900_000);
  private static final PlaceEntry ATLANTA = city("Atlanta", "US", "US.GA", 500_000, 0);

  private static boolean office(String text) {
    TokenSequence t = scan(text);
    return StateOrCountry.officeAround(t, candidate(t, "Georgia", GEORGIA_GE, GEORGIA_US));
  }

  private static PlaceEntry cued(String text, List<PlaceCandidate> others) {
    TokenSequence t = scan(text);
    PlaceCandidate c = candidate(t, "Georgia", GEORGIA_GE, GEORGIA_US);
    return StateOrCountry.cued(t, c, new ArticlePlaces(List.of(others)));
  }

  @Test
  void anOfficeOfTheStateBeforeOfOrAfterTheNameIsAnOffice() {
    assertTrue(office("The governor of Georgia vetoed it."));
    assertTrue(office("A letter from Sen. Warnock of Georgia arrived."));
    assertTrue(office("Georgia lawmakers met at dawn."));
  }

  @Test
  void anyOtherWordOrPunctuationBetweenIsNoOffice() {
    assertFalse(office("The president of Georgia vetoed it."));
    assertFalse(office("The governor, a friend of Georgia, spoke."));
    assertFalse(office("The governor spoke of. Georgia was calm."));
    assertFalse(office("Georgia, lawmakers said, was calm."));
    assertFalse(office("Georgia Lawmakers Meet"));
  }

  @Test
  void theRegionIsChosenByItsOfficeOrByATownOfItInTheArticle() {
    assertEquals(GEORGIA_US, cued("The governor of Georgia vetoed it.", List.of()));
    TokenSequence other = scan("Crowds gathered in Atlanta.");
    PlaceCandidate atlanta = candidate(other, "Atlanta", ATLANTA);
    assertEquals(GEORGIA_US, cued("Georgia voted early.", List.of(atlanta)));
    assertNull(cued("Georgia voted early.", List.of()));
  }

  @Test
  void twoStatesOfTwoCountriesCannotBeToldApartByWords() {
    TokenSequence t = scan("The governor of Georgia vetoed it.");
    PlaceEntry other = region("Georgia", "ZA", "ZA.01", 1_000_000);
    PlaceCandidate c = candidate(t, "Georgia", GEORGIA_US, other);
    assertNull(StateOrCountry.cued(t, c, new ArticlePlaces(List.of(List.of()))));
  }

  @Test
  void aNameWithNoRegionEntryIsNeverCued() {
    TokenSequence t = scan("The governor of Georgia vetoed it.");
    PlaceCandidate c = candidate(t, "Georgia", GEORGIA_GE);
    assertNull(StateOrCountry.cued(t, c, new ArticlePlaces(List.of(List.of()))));
  }

  @Test
  void aRegionATenthOfItsCountrysSizeOrLessIsDwarfed() {
    Gazetteer none = new Gazetteer.Builder().build();
    PlaceEntry big = country("Niger", "NE", 25_000_000);
    assertTrue(StateOrCountry.dwarfedBy(region("Niger", "NG", "NG.31", 2_500_000), big, none));
    assertFalse(StateOrCountry.dwarfedBy(region("Niger", "NG", "NG.31", 2_500_001), big, none));
  }

  @Test
  void aCountryNameWithoutItsPopulationIsSizedByTheGazetteersCountry() {
    Gazetteer g =
        new Gazetteer.Builder().country(new Country("NE", "Niger", "Niamey", 25_000_000)).build();
    PlaceEntry demonym = new PlaceEntry("Nigerien", PlaceKind.DEMONYM, "NE", "", 0, 0, "Niger");
    assertTrue(StateOrCountry.dwarfedBy(region("Niger", "NG", "NG.31", 2_000_000), demonym, g));
    assertFalse(
        StateOrCountry.dwarfedBy(
            region("Niger", "NG", "NG.31", 2_000_000), demonym, new Gazetteer.Builder().build()));
  }
}
