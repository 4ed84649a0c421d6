package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.text.TextScanner;
import org.nutgraf.text.TokenSequence;

/** Combining forms of country names that open a hyphenated adjective. */
class CombiningFormsTest {
  private static PlaceEntry[] at(CombiningForms forms, String text, int i) {
    TokenSequence t = new TokenSequence();
    TextScanner.scan(text, t);
    return forms.at(t, i);
  }

  @Test
  void aFormBeforeAHyphenAndACapitalNamesItsCountry() {
    CombiningForms forms = CombiningForms.defaults();
    PlaceEntry[] sino = at(forms, "Sino-Japanese ties warmed.", 0);
    assertEquals(1, sino.length);
    assertEquals("CN", sino[0].country());
    assertEquals(PlaceKind.DEMONYM, sino[0].kind());
    assertEquals("FR", at(forms, "The Franco-Spanish border reopened.", 1)[0].country());
  }

  @Test
  void aloneOrBeforeALowerCaseWordTheFormIsNone() {
    CombiningForms forms = CombiningForms.defaults();
    assertNull(at(forms, "Franco spoke to the crowd.", 0), "a name");
    assertNull(at(forms, "Franco, German and Dutch delegates", 0), "no hyphen");
    assertNull(at(forms, "Sino-centric views", 0), "lower case after the hyphen");
  }

  @Test
  void aLineWithoutACountryCodeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> CombiningForms.of(List.of("Sino")));
  }
}
