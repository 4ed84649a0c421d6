package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nutgraf.text.TextScanner;
import org.nutgraf.text.TokenSequence;

/** Names of a country's institutions found in running text, each with its country. */
class InstitutionCountriesTest {
  private static List<String> found(InstitutionCountries names, String text) {
    TokenSequence t = new TokenSequence();
    TextScanner.scan(text, t);
    List<String> out = new ArrayList<>();
    names.find(t, (from, to, country) -> out.add(t.text(from, to) + "=" + country));
    return out;
  }

  @Test
  void theShippedListKnowsParliamentsPoliceAndHeadsOfGovernment() {
    InstitutionCountries names = InstitutionCountries.defaults();
    assertEquals(
        List.of("Taoiseach=IE", "Gardai=IE"),
        found(names, "The Taoiseach thanked Gardai for their patience at the count."));
    assertEquals(
        List.of("Lok Sabha=IN", "Knesset=IL"),
        found(names, "A delegation from the Lok Sabha toured the Knesset last spring."));
  }

  @Test
  void theLongestNameWinsAndItsWordsMustFollowWithoutPunctuation() {
    InstitutionCountries names = InstitutionCountries.of(List.of("Dome\tXA", "Dome Council\tXB"));
    assertEquals(List.of("Dome Council=XB"), found(names, "The Dome Council voted twice."));
    assertEquals(List.of("Dome=XA"), found(names, "Under the Dome, Council members sat."));
  }

  @Test
  void aLowerCaseWordIsNoInstitution() {
    InstitutionCountries names = InstitutionCountries.of(List.of("Pentagon\tUS"));
    assertEquals(List.of(), found(names, "The logo was a blue pentagon on a white field."));
  }

  @Test
  void aLineWithoutACountryCodeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> InstitutionCountries.of(List.of("Knesset")));
  }
}
