package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nutgraf.recognition.PlaceFixture.indexOf;
import static org.nutgraf.recognition.PlaceFixture.scan;

import org.junit.jupiter.api.Test;
import org.nutgraf.text.TokenSequence;

/** A Spanish compound tense of saying after a name, read from the Spanish word lists. */
class SpanishPerfectVerbsTest {
  private static final Lexicons SPANISH = Lexicons.forLanguage("es");

  private static boolean after(Lexicons lex, String text, String name) {
    TokenSequence t = scan(text);
    return SpanishPerfectVerbs.at(lex, t, indexOf(t, name) + 1);
  }

  @Test
  void anAuxiliaryAndAParticipleOfSayingMakeTheTense() {
    assertTrue(after(SPANISH, "Lisboa ha respondido con dureza.", "Lisboa"));
    assertTrue(after(SPANISH, "Lisboa ya había exigido garantías.", "Lisboa"));
    assertTrue(after(SPANISH, "Lisboa no ha aceptado la oferta.", "Lisboa"));
  }

  @Test
  void aParticipleOfAnyOtherVerbOrNoAuxiliaryIsNoTense() {
    assertFalse(after(SPANISH, "Lisboa ha crecido mucho.", "Lisboa"));
    assertFalse(after(SPANISH, "Lisboa respondido ayer.", "Lisboa"));
  }

  @Test
  void punctuationBetweenCutsTheTenseOff() {
    assertFalse(after(SPANISH, "Lisboa ha, según dicen, respondido.", "Lisboa"));
  }

  @Test
  void theEnglishListsHaveNoSuchVerbs() {
    assertFalse(after(Lexicons.defaults(), "Lisboa ha respondido con dureza.", "Lisboa"));
  }
}
