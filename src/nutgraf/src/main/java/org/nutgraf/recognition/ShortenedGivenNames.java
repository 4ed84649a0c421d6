package org.nutgraf.recognition;

import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenSequence;

/**
 * "Jos. A. Bank", "Wm. T. Hale": a one-word place name that is also a given name, followed by a
 * period, one or more initials and a capitalised word, opens a name written with its given name
 * shortened, the name of a person or of the firm called after one. A preposition before it keeps it
 * a place ("flew to Paris. J. K. Hale said").
 */
final class ShortenedGivenNames {
  private ShortenedGivenNames() {}

  /** Whether {@code c} opens such a name. */
  static boolean opens(TokenSequence t, PlaceCandidate c) {
    int i = c.to;
    // the token tests first: most names are followed by no initial, and the entries and the word
    // before need not be looked at
    if (c.to - c.from != 1
        || i >= t.size()
        || !t.is(i, TokenFlags.INITIAL)
        || !t.is(i, TokenFlags.PUNCT_BEFORE)
        || t.is(i, TokenFlags.COMMA_BEFORE)
        || !c.has(PlaceEntry.GIVEN_NAME)
        || PlaceContext.prepositionBefore(t, c.from)) {
      return false;
    }
    while (i < t.size() && t.is(i, TokenFlags.INITIAL)) {
      i++;
    }
    return i < t.size()
        && t.is(i, TokenFlags.CAPITALIZED)
        && !t.is(i, TokenFlags.INITIAL)
        && !t.is(i, TokenFlags.PUNCT_BEFORE);
  }
}
