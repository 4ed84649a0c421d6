package org.nutgraf.recognition;

import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenSequence;

/**
 * "the ruling in Roe v. Wade", "Miranda v. Arizona": a one-word name right before or after "v.",
 * "vs." or "versus" and another capitalised word names a party to a court case. When that word is
 * also a frequent surname, the party is a person, not the town or region of that name (Roe, Italy;
 * Miranda, Venezuela). A country stays a place ("United States v. Nixon"), and so does a state that
 * is no surname ("Arizona").
 */
final class CaseParties {
  private CaseParties() {}

  /** Whether {@code c} is a party named by a surname in a case name, as above. */
  static boolean party(Lexicons lex, TokenSequence t, PlaceCandidate c) {
    if (c.to - c.from != 1) {
      return false;
    }
    int next = c.to; // "Roe v. Wade": the name, "v", another name
    boolean firstParty =
        next + 1 < t.size()
            && !t.is(next, TokenFlags.PUNCT_BEFORE)
            && isVersus(t, next)
            && t.is(next + 1, TokenFlags.CAPITALIZED);
    int previous = c.from - 1; // "Loving v. Miranda": a name, "v", the name
    boolean secondParty =
        previous >= 1
            && isVersus(t, previous)
            && !t.is(previous, TokenFlags.PUNCT_BEFORE)
            && t.is(previous - 1, TokenFlags.CAPITALIZED);
    return (firstParty || secondParty)
        && !c.hasCountryLevel()
        && (lex.classify(t, c.from) & Lexicons.SURNAME) != 0;
  }

  private static boolean isVersus(TokenSequence t, int i) {
    return t.is(i, TokenFlags.LOWER)
        && (t.foldedEquals(i, "v") || t.foldedEquals(i, "vs") || t.foldedEquals(i, "versus"));
  }
}
