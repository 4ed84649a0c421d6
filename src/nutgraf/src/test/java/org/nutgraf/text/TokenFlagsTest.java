package org.nutgraf.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The token flags: one bit each, and what the scanner sets them for. */
class TokenFlagsTest {
  @Test
  void everyFlagIsItsOwnSingleBit() throws IllegalAccessException {
    Set<Integer> seen = new HashSet<>();
    for (Field f : TokenFlags.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
        int bit = f.getInt(null);
        assertEquals(1, Integer.bitCount(bit), f.getName());
        assertTrue(seen.add(bit), f.getName() + " shares its bit");
      }
    }
    assertTrue(seen.size() >= 14);
  }

  @Test
  void hasAsksForEveryBitGiven() {
    int flags = TokenFlags.CAPITALIZED | TokenFlags.POSSESSIVE;
    assertTrue(TokenFlags.has(flags, TokenFlags.CAPITALIZED));
    assertTrue(TokenFlags.has(flags, TokenFlags.CAPITALIZED | TokenFlags.POSSESSIVE));
    assertFalse(TokenFlags.has(flags, TokenFlags.CAPITALIZED | TokenFlags.ALL_CAPS));
    assertFalse(TokenFlags.has(0, TokenFlags.LOWER));
  }

  @Test
  void theScannerMarksCaseCommasPossessivesAndAbbreviations() {
    TokenSequence t = TokenSequence.pooled(0);
    TextScanner.scan("Officials in Lima's port, the U.S. said, met NATO envoys.", t);
    int lima = indexOf(t, "Lima");
    assertTrue(t.is(lima, TokenFlags.CAPITALIZED));
    assertTrue(t.is(lima, TokenFlags.POSSESSIVE));
    assertFalse(t.is(lima, TokenFlags.ALL_CAPS));
    assertTrue(t.is(indexOf(t, "in"), TokenFlags.LOWER));
    int the = indexOf(t, "the");
    assertTrue(t.is(the, TokenFlags.COMMA_BEFORE));
    assertTrue(t.is(the, TokenFlags.PUNCT_BEFORE));
    assertTrue(t.is(indexOf(t, "U.S."), TokenFlags.ABBREVIATION));
    assertTrue(t.is(indexOf(t, "NATO"), TokenFlags.ALL_CAPS));
    assertTrue(t.is(0, TokenFlags.SENTENCE_START));
    assertFalse(t.is(indexOf(t, "port"), TokenFlags.PUNCT_BEFORE));
    assertNotEquals(0, t.flags(indexOf(t, "envoys")) & TokenFlags.LOWER);
  }

  private static int indexOf(TokenSequence t, String word) {
    for (int i = 0; i < t.size(); i++) {
      if (t.text(i).equals(word)) {
        return i;
      }
    }
    throw new AssertionError(word + " is no token");
  }
}
