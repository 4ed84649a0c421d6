package org.nutgraf.recognition;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenSequence;

/**
 * "300 BC", "the fifth century BC": an era written in capitals after a year or a century, which a
 * place abbreviation of the same letters ("BC" for British Columbia) must not read as a place.
 */
final class EraAbbreviations {
  private static final CharArraySet ERAS =
      new CharArraySet(List.of("bc", "bce", "ad", "ce"), false);
  private static final CharArraySet PERIODS =
      new CharArraySet(List.of("century", "centuries", "millennium", "millennia"), false);

  private EraAbbreviations() {}

  /**
   * Whether tokens {@code from..to} are one era word in capitals right after a number ("508 BC",
   * "the 7th century BC") or a word for a century.
   */
  static boolean era(TokenSequence t, int from, int to) {
    return to - from == 1
        && from > 0
        && t.is(from, TokenFlags.ALL_CAPS)
        && !t.is(from, TokenFlags.PUNCT_BEFORE)
        && Lexicons.in(ERAS, t, from)
        && (t.is(from - 1, TokenFlags.DIGIT) || Lexicons.in(PERIODS, t, from - 1));
  }
}
