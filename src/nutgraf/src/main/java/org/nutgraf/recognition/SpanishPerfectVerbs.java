package org.nutgraf.recognition;

import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenSequence;

/**
 * A Spanish compound tense of saying or demanding right after a name: "Bruselas ya había exigido",
 * "Madrid ha respondido", "Washington no ha aceptado". A capital standing as the subject of such a
 * verb is its government, as with the simple past ("Bruselas pidió"), which the verbs of saying
 * already cover.
 */
final class SpanishPerfectVerbs {
  private SpanishPerfectVerbs() {}

  /**
   * Whether tokens from {@code next} on read as a compound tense of one of {@code lex}'s verbs: an
   * optional adverb, a form of "haber", the participle, all in lower case and in one clause. Never
   * with lists that have none ({@link Lexicons#perfectParticiples}).
   */
  static boolean at(Lexicons lex, TokenSequence t, int next) {
    int k = next;
    if (inClause(t, k) && Lexicons.in(lex.perfectAdverbs, t, k)) {
      k++;
    }
    if (!inClause(t, k) || !Lexicons.in(lex.perfectAuxiliaries, t, k)) {
      return false;
    }
    return inClause(t, k + 1) && Lexicons.in(lex.perfectParticiples, t, k + 1);
  }

  private static boolean inClause(TokenSequence t, int k) {
    return k < t.size() && !t.is(k, TokenFlags.PUNCT_BEFORE) && t.is(k, TokenFlags.LOWER);
  }
}
