package org.nutgraf.recognition;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenSequence;

/**
 * "her baby, Chicago", "their son Austin", "his horse Dubai": a name right after a possessive and a
 * word for a relative or a pet is what that relative or animal is called, not a place.
 */
final class KinNames {
  private static final CharArraySet POSSESSIVES =
      new CharArraySet(List.of("her", "his", "their", "my", "our", "your"), false);

  /** Relatives and pets, singular and plural; written by the team as general English. */
  private static final CharArraySet KIN =
      new CharArraySet(
          List.of(
              "baby",
              "babies",
              "son",
              "sons",
              "daughter",
              "daughters",
              "child",
              "children",
              "kid",
              "kids",
              "wife",
              "husband",
              "brother",
              "brothers",
              "sister",
              "sisters",
              "mother",
              "father",
              "mom",
              "mum",
              "dad",
              "grandson",
              "granddaughter",
              "grandchild",
              "niece",
              "nephew",
              "cousin",
              "boyfriend",
              "girlfriend",
              "fiance",
              "fiancee",
              "twin",
              "twins",
              "dog",
              "dogs",
              "cat",
              "cats",
              "puppy",
              "horse",
              "pony"),
          false);

  private KinNames() {}

  /** Whether the name starting at token {@code from} follows "her baby" or "her baby,". */
  static boolean after(TokenSequence t, int from) {
    int kin = from - 1;
    return kin >= 1
        && (!t.is(from, TokenFlags.PUNCT_BEFORE) || t.is(from, TokenFlags.COMMA_BEFORE))
        && t.is(kin, TokenFlags.LOWER)
        && !t.is(kin, TokenFlags.PUNCT_BEFORE)
        && Lexicons.in(KIN, t, kin)
        && t.is(kin - 1, TokenFlags.LOWER)
        && Lexicons.in(POSSESSIVES, t, kin - 1);
  }
}
