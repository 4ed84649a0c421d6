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
    if (c.to - c.from != 1
        || c.hasCountryLevel()
        || (lex.classify(t, c.from) & Lexicons.SURNAME) == 0) {
      return false;
    }
    int after = c.to;
    boolean before =
        after + 1 < t.size()
            && !t.is(after, TokenFlags.PUNCT_BEFORE)
            && isVersus(t, after)
            && t.is(after + 1, TokenFlags.CAPITALIZED);
    int versus = c.from - 1;
    return before
        || versus >= 1
            && isVersus(t, versus)
            && !t.is(versus, TokenFlags.PUNCT_BEFORE)
            && t.is(versus - 1, TokenFlags.CAPITALIZED);
  }

  private static boolean isVersus(TokenSequence t, int i) {
    return t.is(i, TokenFlags.LOWER)
        && (t.foldedEquals(i, "v") || t.foldedEquals(i, "vs") || t.foldedEquals(i, "versus"));
  }
}
