package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Firms and brands named after people, in sentences of the team's own. */
class NamedFirmsTest {
  private final EntityRecognizer recognizer = EntityRecognizer.defaults();

  private List<String> persons(String text) {
    return recognizer.recognize(text).persons().stream().map(PersonMention::name).toList();
  }

  private List<String> countries(String text) {
    return recognizer.recognize(text).places().stream().map(PlaceMention::country).toList();
  }

  @Test
  void aFirmNamedAfterItsFoundersIsNoPerson() {
    assertEquals(List.of(), persons("Goldman Sachs said its trading revenue fell by a fifth."));
    assertEquals(List.of(), persons("Analysts at Morgan Stanley lowered their forecast."));
    assertEquals(List.of(), persons("Eli Lilly raised the price of its new drug."));
    // initials and abbreviations are matched as the scanner reads them
    assertEquals(List.of(), persons("T. Rowe Price said client assets grew."));
    assertEquals(List.of(), persons("J.P. Morgan said it would open a branch in Lagos."));
    // a hyphen or a space between the founders' names: the same firm
    assertEquals(List.of(), persons("Harley Davidson said sales in Europe slowed."));
    // the firm's name leaves the person named beside it alone
    assertEquals(
        List.of("Odile Marchetti"),
        persons("Lockheed Martin hired Odile Marchetti to run its space unit."));
  }

  @Test
  void aFirmStartingWithARankIsNoOfficer() {
    assertEquals(List.of(), persons("General Motors said it would build trucks in Ohio."));
    assertEquals(List.of("US"), countries("General Motors said it would build trucks in Ohio."));
  }

  @Test
  void aPlaceInsideAFirmNamedAfterPeopleIsNoPlace() {
    // "Bristol" here is a founder's name, not the English city; "Berkshire" no English county
    assertEquals(List.of(), countries("Bristol Myers Squibb reported a loss."));
    assertEquals(List.of(), countries("Berkshire Hathaway sold its airline shares."));
    assertEquals(List.of(), persons("Bristol Myers Squibb reported a loss."));
  }

  @Test
  void aTitleOrAnAppositionMakesTheNameThePersonAgain() {
    assertEquals(
        List.of("Ralph Lauren"), persons("The designer Ralph Lauren said he would retire soon."));
    assertEquals(
        List.of("Jack Daniel"), persons("Jack Daniel, a farmer near Lynchburg, said rain came."));
  }

  @Test
  void anInstitutionWordThatIsNoFamilyNameEndsNoPersonsName() {
    // "Law" is a family name as well as an institution's word; "Corporation" and "Inc." are not
    assertEquals(List.of("Kenneth Law"), persons("Kenneth Law said he would stay on."));
    assertEquals(List.of(), persons("Rand Corporation said the study would be published."));
    assertEquals(List.of(), persons("Mars Inc. said cocoa prices had doubled."));
  }
}
