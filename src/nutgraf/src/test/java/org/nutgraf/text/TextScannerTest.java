package org.nutgraf.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the scanner splits news text into words, and what it notes on each. */
class TextScannerTest {
  private static TokenSequence scan(String text) {
    TokenSequence t = new TokenSequence();
    TextScanner.scan(text, t);
    return t;
  }

  private static List<String> words(String text) {
    TokenSequence t = scan(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(t.text(i));
    }
    return out;
  }

  @Test
  void innerApostrophesAndAbbreviationPeriodsStayInTheWord() {
    assertEquals(
        List.of("Gen.", "O'Neill", "toured", "Côte", "d'Ivoire", "and", "the", "U.S."),
        words("Gen. O'Neill toured Côte d'Ivoire and the U.S."));
  }

  @Test
  void aPossessiveIsDroppedAndNoted() {
    TokenSequence t = scan("Honduras's coast and the Andes' peaks");
    assertEquals("Honduras", t.text(0));
    assertTrue(t.is(0, TokenFlags.POSSESSIVE));
    assertEquals("Andes", t.text(4));
    assertTrue(t.is(4, TokenFlags.POSSESSIVE));
    assertFalse(t.is(1, TokenFlags.POSSESSIVE));
  }

  @Test
  void hyphensSplitAWordAndJoinItsParts() {
    TokenSequence t = scan("Guinea-Bissau - again");
    assertEquals(List.of("Guinea", "Bissau", "again"), words("Guinea-Bissau - again"));
    assertTrue(t.is(1, TokenFlags.HYPHEN_BEFORE));
    assertEquals("Guinea-Bissau", t.text(0, 2));
    assertFalse(t.is(2, TokenFlags.HYPHEN_BEFORE), "a free-standing dash joins nothing");
    assertTrue(t.is(2, TokenFlags.PUNCT_BEFORE));
  }

  @Test
  void punctuationIsNotedOnTheNextWord() {
    TokenSequence t = scan("Lima, Peru. Rain fell");
    assertTrue(t.is(0, TokenFlags.SENTENCE_START));
    assertTrue(t.is(1, TokenFlags.COMMA_BEFORE));
    assertFalse(t.is(1, TokenFlags.SENTENCE_START));
    assertTrue(t.is(2, TokenFlags.SENTENCE_START | TokenFlags.PUNCT_BEFORE));
    assertEquals(0, t.flags(3) & TokenFlags.PUNCT_BEFORE);
    TokenSequence firm = scan("Hale & Dorr won");
    assertTrue(firm.is(1, TokenFlags.AMPERSAND_BEFORE | TokenFlags.PUNCT_BEFORE));
    assertFalse(firm.is(2, TokenFlags.AMPERSAND_BEFORE));
  }

  @Test
  void aTitleBeforeANameEndsNoSentenceButAnAbbreviatedPlaceMay() {
    TokenSequence t = scan("Dr. Ruiz moved to Fresno, Calif. He stayed");
    assertFalse(t.is(1, TokenFlags.SENTENCE_START), "Ruiz after Dr.");
    assertTrue(t.is(0, TokenFlags.ABBREVIATION));
    assertEquals("Calif.", t.text(5));
    assertTrue(t.is(6, TokenFlags.SENTENCE_START), "He after Calif.");
  }

  @Test
  void offsetsPointIntoTheTextAsWritten() {
    String text = "  In  São Paulo, \"Lula\" spoke.";
    TokenSequence t = scan(text);
    for (int i = 0; i < t.size(); i++) {
      assertEquals(t.text(i), text.substring(t.startOffset(i), t.endOffset(i)));
    }
    assertEquals("São Paulo", text.substring(t.startOffset(1), t.endOffset(2)));
    assertTrue(t.is(3, TokenFlags.QUOTE_BEFORE));
  }

  @Test
  void numbersKeepTheirSeparatorsAndCaseIsRecorded() {
    TokenSequence t = scan("NATO sent 1,300 troops at 10:30 to Riga");
    assertEquals("1,300", t.text(2));
    assertTrue(t.is(2, TokenFlags.DIGIT));
    assertEquals("10:30", t.text(5));
    assertTrue(t.is(0, TokenFlags.CAPITALIZED | TokenFlags.ALL_CAPS));
    assertTrue(t.is(1, TokenFlags.LOWER));
    assertTrue(t.is(7, TokenFlags.CAPITALIZED));
    assertFalse(t.is(7, TokenFlags.ALL_CAPS));
  }

  @Test
  void caseIsRecordedBeyondAsciiToo() {
    TokenSequence t = scan("ÉLYSÉE aides met Ángela Ólafsdóttir in Łódź and ŁÓDŹ, née ǅokić");
    assertTrue(t.is(0, TokenFlags.CAPITALIZED | TokenFlags.ALL_CAPS));
    assertTrue(t.is(3, TokenFlags.CAPITALIZED));
    assertFalse(t.is(3, TokenFlags.ALL_CAPS));
    assertTrue(t.is(4, TokenFlags.CAPITALIZED));
    assertFalse(t.is(4, TokenFlags.ALL_CAPS));
    assertTrue(t.is(6, TokenFlags.CAPITALIZED));
    assertFalse(t.is(6, TokenFlags.ALL_CAPS));
    assertTrue(t.is(8, TokenFlags.CAPITALIZED | TokenFlags.ALL_CAPS));
    assertTrue(t.is(9, TokenFlags.LOWER)); // "née"
    assertTrue(t.is(10, TokenFlags.CAPITALIZED)); // a title-case digraph opens it
  }

  @Test
  void spanishDoubledCapitalsKeepTheirPeriodsOnlyInARun() {
    assertEquals(
        List.of("Las", "FF.", "AA.", "de", "EE.", "UU.", "llegaron"),
        words("Las FF.AA. de EE. UU. llegaron"));
    assertEquals(List.of("Vino", "de", "EE", "Luego"), words("Vino de EE. Luego"));
  }

  @Test
  void handlesAreNotedAndFoldingIgnoresCaseAndAccents() {
    TokenSequence t = scan("@Bogotá met ÁNGEL");
    assertTrue(t.is(0, TokenFlags.HANDLE));
    assertEquals("bogota", t.folded(0));
    assertEquals("angel", t.folded(2));
  }

  @Test
  void anEmptyOrWordlessTextHasNoTokensAndAScanReplacesTheLast() {
    TokenSequence t = scan("Several words were here.");
    TextScanner.scan("", t);
    assertEquals(0, t.size());
    TextScanner.scan(" -- ... !", t);
    assertEquals(0, t.size());
    TextScanner.scan("Quito", t);
    assertEquals(1, t.size());
    assertEquals("Quito", t.text(0));
  }

  @Test
  void scanningACharArrayReadsOnlyTheLengthGiven() {
    char[] chars = "Lima Cusco".toCharArray();
    TokenSequence t = new TokenSequence();
    TextScanner.scan(chars, 4, t);
    assertEquals(1, t.size());
    assertEquals("Lima", t.text(0));
  }
}
