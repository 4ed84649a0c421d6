package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nutgraf.recognition.PlaceFixture.indexOf;
import static org.nutgraf.recognition.PlaceFixture.scan;

import org.junit.jupiter.api.Test;
import org.nutgraf.text.TokenSequence;

/** The context word lists, looked up by a token's folded letters. */
class ContextWordsTest {
  private static boolean at(ContextWords list, String text, String word) {
    TokenSequence t = scan(text);
    return list.at(t, indexOf(t, word));
  }

  @Test
  void aListedWordIsFoundInAnyCaseAndItsNeighboursAreNot() {
    assertTrue(at(ContextWords.LOCATIVES, "Protesters gathered in Lagos.", "in"));
    assertTrue(at(ContextWords.LOCATIVES, "In Lagos, protesters gathered.", "In"));
    assertTrue(at(ContextWords.KIN, "She named her daughter Georgia.", "daughter"));
    assertFalse(at(ContextWords.KIN, "She named her team Georgia.", "team"));
    assertFalse(at(ContextWords.LOCATIVES, "Protesters gathered inside Lagos.", "gathered"));
    assertFalse(at(ContextWords.PARTS_OF_A_PLACE, "The mayoral race in Lagos.", "mayoral"));
  }

  @Test
  void aWordOfTheSameHashIsNotTakenForTheListedOne() {
    // '9' then U+063E, an Arabic letter that folds to itself: the String hash of "in"
    String twin = "9\u063e";
    assertEquals("in".hashCode(), twin.hashCode());
    TokenSequence t = scan("Protesters gathered " + twin + " Lagos.");
    int i = indexOf(t, twin);
    assertEquals("in".hashCode(), t.foldedHash(i));

    assertFalse(ContextWords.LOCATIVES.at(t, i));
    assertFalse(ContextWords.PREPOSITIONS.at(t, i));
  }

  @Test
  void everyListHoldsOnlyFoldedWords() {
    for (ContextWords list : ContextWords.values()) {
      for (String word : list.words()) {
        TokenSequence t = scan(word);
        assertEquals(1, t.size(), word);
        assertTrue(list.at(t, 0), list + ": " + word);
      }
    }
  }
}
