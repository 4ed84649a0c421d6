package org.nutgraf.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The tokens of one text: filled by the scanner or from a token stream, and reused. */
class TokenSequenceTest {
  private static TokenSequence scan(String text) {
    TokenSequence t = new TokenSequence();
    TextScanner.scan(text, t);
    return t;
  }

  /** Appends words as a token stream hands them over, one space apart, with no flags. */
  private static TokenSequence appended(String... words) {
    TokenSequence t = new TokenSequence();
    t.clear();
    int offset = 0;
    for (String w : words) {
      t.append(w.toCharArray(), w.length(), offset, offset + w.length(), 0);
      offset += w.length() + 1;
    }
    t.finish();
    return t;
  }

  @Test
  void foldedFormsIgnoreCaseAndAccents() {
    TokenSequence t = scan("San Pedro SULA, Pétion-Ville");
    assertEquals("sula", t.folded(2));
    assertEquals("san pedro sula", t.foldedJoined(0, 3));
    assertEquals("", t.foldedJoined(2, 2));
    assertTrue(t.foldedEquals(3, "petion"));
    assertFalse(t.foldedEquals(3, "peti"));
    assertEquals("SULA", t.text(2));
    assertEquals(3 + 5 + 4 + 6 + 5, t.charCount(), "the letters of the words, no separators");
  }

  @Test
  void theTextOfARunIsAsWrittenInTheScannedText() {
    TokenSequence t = scan("Port-au-Prince  lies west");
    assertEquals("Port-au-Prince  lies", t.text(0, 4));
    assertEquals("", t.text(1, 1));
  }

  @Test
  void tokensFromATokenStreamKeepTheirOffsetsAndJoinBySpaces() {
    TokenSequence t = appended("Nueva", "York", "grew");
    assertEquals(3, t.size());
    assertEquals(6, t.startOffset(1));
    assertEquals(10, t.endOffset(1));
    assertEquals("Nueva York", t.text(0, 2));
    assertEquals("nueva york", t.foldedJoined(0, 2));
  }

  @Test
  void tokensFromATokenStreamGetCaseFlagsWhenNoneAreGiven() {
    TokenSequence t = appended("Peru", "exports", "UN");
    assertTrue(t.is(0, TokenFlags.CAPITALIZED | TokenFlags.SENTENCE_START));
    assertTrue(t.is(1, TokenFlags.LOWER));
    assertFalse(t.is(1, TokenFlags.SENTENCE_START));
    assertTrue(t.is(2, TokenFlags.ALL_CAPS));

    TokenSequence given = new TokenSequence();
    given.clear();
    given.append("x".toCharArray(), 1, 0, 1, TokenFlags.CAPITALIZED);
    assertTrue(given.is(0, TokenFlags.CAPITALIZED), "flags given are kept");
    assertFalse(given.is(0, TokenFlags.LOWER));
  }

  @Test
  void aHyphenBetweenAppendedTokensIsWrittenBack() {
    TokenSequence t = new TokenSequence();
    t.clear();
    t.append("Guinea".toCharArray(), 6, 0, 6, TokenFlags.CAPITALIZED);
    t.append("Bissau".toCharArray(), 6, 7, 13, TokenFlags.CAPITALIZED | TokenFlags.HYPHEN_BEFORE);
    t.finish();
    assertEquals("Guinea-Bissau", t.text(0, 2));
  }

  @Test
  void clearEmptiesTheSequenceForTheNextText() {
    TokenSequence t = appended("Lima", "Cusco");
    t.clear();
    t.append("Quito".toCharArray(), 5, 0, 5, 0);
    t.finish();
    assertEquals(1, t.size());
    assertEquals("Quito", t.text(0));
    assertEquals("quito", t.folded(0));
  }

  @Test
  void longTextsGrowTheArrays() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      sb.append("Word").append(i).append(' ');
    }
    TokenSequence t = scan(sb.toString());
    assertEquals(500, t.size());
    assertEquals("word499", t.folded(499));
    assertEquals("Word499", t.text(499));
  }

  @Test
  void aHeadlineInTitleCaseOrCapitalsSaysNothingByItsCase() {
    TokenSequence title = scan("Floods Sweep Across Northern Provinces");
    assertTrue(title.isTitleCase());
    assertFalse(title.isAllCaps());
    assertTrue(title.caseIsUninformative(2));

    TokenSequence caps = scan("FLOODS SWEEP ACROSS NORTHERN PROVINCES");
    assertTrue(caps.isAllCaps());
    assertFalse(caps.isTitleCase());

    // every longer word capitalised, but "met" is a verb title case would capitalise
    TokenSequence names =
        scan("Editors at the Boston Globe and the Austin Chronicle met on Friday.");
    assertFalse(names.isTitleCase());
    assertTrue(
        scan("Editors at the Boston Globe and the Austin Chronicle Met on Friday").isTitleCase());
    assertTrue(scan("Ruud van Nistelrooy Signs for Club in Spain").isTitleCase());

    TokenSequence prose = scan("Floods swept across the northern provinces of Peru.");
    assertFalse(prose.isTitleCase());
    assertFalse(prose.isAllCaps());
    assertTrue(prose.caseIsUninformative(0), "a sentence's first word");
    assertFalse(prose.caseIsUninformative(7), "Peru mid-sentence");
  }

  @Test
  void thePoolGivesEachThreadItsOwnSequencePerSlot() throws InterruptedException {
    TokenSequence first = TokenSequence.pooled(3);
    assertSame(first, TokenSequence.pooled(3));
    assertNotSame(first, TokenSequence.pooled(4));
    AtomicReference<TokenSequence> other = new AtomicReference<>();
    Thread thread = new Thread(() -> other.set(TokenSequence.pooled(3)));
    thread.start();
    thread.join();
    assertNotSame(first, other.get());
  }
}
