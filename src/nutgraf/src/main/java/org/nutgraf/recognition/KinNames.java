package org.nutgraf.recognition;

import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenSequence;

/**
 * "her baby, Chicago", "their son Austin", "his horse Dubai": a name right after a possessive and a
 * word for a relative or a pet is what that relative or animal is called, not a place.
 */
final class KinNames {
  private KinNames() {}

  /** Whether the name starting at token {@code from} follows "her baby" or "her baby,". */
  static boolean after(TokenSequence t, int from) {
    int kin = from - 1;
    return kin >= 1
        && (!t.is(from, TokenFlags.PUNCT_BEFORE) || t.is(from, TokenFlags.COMMA_BEFORE))
        && t.is(kin, TokenFlags.LOWER)
        && !t.is(kin, TokenFlags.PUNCT_BEFORE)
        && ContextWords.KIN.at(t, kin)
        && t.is(kin - 1, TokenFlags.LOWER)
        && ContextWords.POSSESSIVES.at(t, kin - 1);
  }
}
