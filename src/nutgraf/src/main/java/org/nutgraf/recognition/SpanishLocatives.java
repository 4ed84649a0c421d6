package org.nutgraf.recognition;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenSequence;

/**
 * The Spanish words that put a small town right after them, as "in" and "near" do in English: "de"
 * after a word for a settlement or for nearness ("el municipio de Tecoluca", "cerca de Tecoluca",
 * "las afueras de"). Not "en" alone: Spanish writes bodies after it without an article ("en
 * Hacienda", the ministry), and not "de" after any other word ("la hija de", a surname). These
 * words are the language's own list, so an English text has none.
 */
final class SpanishLocatives {
  private static final CharArraySet DE = new CharArraySet(List.of("de"), false);

  private SpanishLocatives() {}

  /**
   * Whether "de" after one of {@code lex}'s settlement words ({@link Lexicons#settlementWords})
   * stands right before token {@code i}, in one clause; never with lists that have none.
   */
  static boolean before(Lexicons lex, TokenSequence t, int i) {
    return i >= 2
        && !t.is(i, TokenFlags.PUNCT_BEFORE)
        && !t.is(i - 1, TokenFlags.PUNCT_BEFORE)
        && t.is(i - 1, TokenFlags.LOWER)
        && t.is(i - 2, TokenFlags.LOWER)
        && Lexicons.in(DE, t, i - 1)
        && Lexicons.in(lex.settlementWords, t, i - 2);
  }
}
