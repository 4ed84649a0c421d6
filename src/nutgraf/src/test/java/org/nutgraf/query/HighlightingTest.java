package org.nutgraf.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HighlightingTest {

  @Test
  void defaultsAreTheDocumentedMarksAndLength() {
    assertEquals(new Highlighting("[", "]", "{", "}", 300), Highlighting.defaults());
  }

  @Test
  void copiesChangeOnlyWhatTheyName() {
    Highlighting h = Highlighting.defaults();

    assertEquals(new Highlighting("<b>", "</b>", "{", "}", 300), h.terms("<b>", "</b>"));
    assertEquals(new Highlighting("[", "]", "<i>", "</i>", 300), h.entities("<i>", "</i>"));
    assertEquals(new Highlighting("[", "]", "{", "}", 80), h.maxChars(80));
    assertEquals(Highlighting.defaults(), h);
  }

  @Test
  void snippetsShorterThanTwentyCharactersAreRefused() {
    assertEquals(
        "maxChars: must be >= 20, was 19",
        assertThrows(IllegalArgumentException.class, () -> Highlighting.defaults().maxChars(19))
            .getMessage());
    assertEquals(20, Highlighting.defaults().maxChars(20).maxChars());
  }

  @Test
  void missingMarksAreNamed() {
    assertEquals(
        "termClose",
        assertThrows(NullPointerException.class, () -> Highlighting.defaults().terms("<", null))
            .getMessage());
    assertEquals(
        "entityOpen",
        assertThrows(NullPointerException.class, () -> Highlighting.defaults().entities(null, ">"))
            .getMessage());
  }
}
