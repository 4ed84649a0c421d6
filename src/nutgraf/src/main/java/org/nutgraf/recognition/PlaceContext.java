package org.nutgraf.recognition;

import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenSequence;

/** What the words right around a place name say about it: a preposition, a comma, a verb. */
final class PlaceContext {
  private PlaceContext() {}

  /** Whether a lower-case preposition ("in", "from") stands right before token {@code i}. */
  static boolean prepositionBefore(TokenSequence t, int i) {
    return lowerWordBefore(t, i, ContextWords.PREPOSITIONS);
  }

  /**
   * Whether a preposition of location ("in", "near", "from") stands right before token i, "to"
   * after a verb of going there ("moved to", "flew to", "returned to"), or "of" after a word for a
   * place's parts, people or mayor ("the mayor of Buffalo", "north of Reading", "the people of
   * Nice").
   */
  static boolean locativeBefore(TokenSequence t, int i) {
    return lowerWordBefore(t, i, ContextWords.LOCATIVES)
        || (lowerWordBefore(t, i, ContextWords.DIRECTIONS)
            && lowerWordBefore(t, i - 1, ContextWords.GOING))
        || ofAfter(t, i, ContextWords.PARTS_OF_A_PLACE);
  }

  /**
   * Whether "of" after one of {@code parts} stands right before token i ("the mayor of Buffalo",
   * "residents of Lismore", "north of Reading").
   */
  static boolean ofAfter(TokenSequence t, int i, ContextWords parts) {
    return lowerWordBefore(t, i, ContextWords.OF) && lowerWordBefore(t, i - 1, parts);
  }

  private static boolean lowerWordBefore(TokenSequence t, int i, ContextWords words) {
    return i > 0
        && !t.is(i, TokenFlags.PUNCT_BEFORE)
        && t.is(i - 1, TokenFlags.LOWER)
        && words.at(t, i - 1);
  }

  /** "Paris, Texas": a comma and a capitalised word follow the name. */
  static boolean commaPlaceAfter(TokenSequence t, PlaceCandidate c) {
    return commaPlaceAfter(t, c.to);
  }

  /**
   * As {@link #commaPlaceAfter(TokenSequence, PlaceCandidate)} for a name ending before token to.
   */
  static boolean commaPlaceAfter(TokenSequence t, int to) {
    return to < t.size() && t.is(to, TokenFlags.COMMA_BEFORE) && t.is(to, TokenFlags.CAPITALIZED);
  }

  /**
   * "said Noma", "Noma told reporters": a one-word name right after or before a verb of saying, in
   * the same clause, is the speaker.
   */
  static boolean speakerPosition(TokenSequence t, PlaceCandidate c) {
    if (c.to - c.from != 1) {
      return false;
    }
    boolean after = lowerWordBefore(t, c.from, ContextWords.SAYING);
    boolean before =
        c.to < t.size()
            && !t.is(c.to, TokenFlags.PUNCT_BEFORE)
            && t.is(c.to, TokenFlags.LOWER)
            && ContextWords.SAYING.at(t, c.to);
    return after || before;
  }

  /**
   * "ATLANTA —" or "KYIV, Ukraine (Reuters) —": a name in capitals opening a text of ordinary case
   * and followed by punctuation is a dateline, which always names a place.
   */
  static boolean dateline(TokenSequence t, PlaceCandidate c) {
    return dateline(t, c.from, c.to);
  }

  /** As {@link #dateline(TokenSequence, PlaceCandidate)} for a name over tokens from..to. */
  static boolean dateline(TokenSequence t, int from, int to) {
    if (from != 0 || t.isAllCaps() || to >= t.size()) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!t.is(k, TokenFlags.ALL_CAPS)) {
        return false;
      }
    }
    return t.is(to, TokenFlags.PUNCT_BEFORE);
  }

  /**
   * "the National Turkey Federation": between capitalised words of a name, where the capital is the
   * name's, not the country's.
   */
  static boolean insideAName(TokenSequence t, PlaceCandidate c, Lexicons lex) {
    boolean capitalBefore =
        c.from > 0
            && !t.is(c.from, TokenFlags.PUNCT_BEFORE)
            && t.is(c.from - 1, TokenFlags.CAPITALIZED)
            && !t.is(c.from - 1, TokenFlags.SENTENCE_START);
    boolean orgAfter =
        c.to < t.size()
            && !t.is(c.to, TokenFlags.PUNCT_BEFORE)
            && t.is(c.to, TokenFlags.CAPITALIZED)
            && Lexicons.in(lex.orgWords, t, c.to);
    return capitalBefore && orgAfter;
  }
}
