package org.nutgraf.recognition;

import java.util.Arrays;
import java.util.function.Predicate;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenSequence;

/**
 * Abbreviations that stand for a country only in an article already about it ({@link
 * PlaceEntry#NEEDS_ARTICLE_COUNTRY}): "SA" is South Africa in a piece that also names Limpopo or
 * South Africans, but South Australia or nothing elsewhere, and a company suffix after a name
 * ("Nestlé SA") anywhere.
 */
final class ArticleConfirmedNames {
  private ArticleConfirmedNames() {}

  /**
   * Drops the entries of {@code c} that need their country named elsewhere when {@code named} says
   * the article does not name it, or when a capitalised word inside the sentence comes right before
   * the name; drops {@code c} when none is left. Returns whether {@code c} still stands.
   */
  static boolean confirm(TokenSequence t, PlaceCandidate c, Predicate<String> named) {
    if (!c.has(PlaceEntry.NEEDS_ARTICLE_COUNTRY)) {
      return true;
    }
    boolean afterName = afterNameWord(t, c.from);
    PlaceEntry[] keep = new PlaceEntry[c.entries.length]; // rare: only such abbreviations get here
    int kept = 0;
    for (PlaceEntry e : c.entries) {
      if (!e.has(PlaceEntry.NEEDS_ARTICLE_COUNTRY) || (!afterName && named.test(e.country()))) {
        keep[kept++] = e;
      }
    }
    if (kept == c.entries.length) {
      return true;
    }
    if (kept == 0) {
      c.dropped = true;
      c.evidence =
          "'"
              + t.text(c.from, c.to)
              + (afterName
                  ? "' follows a name: a suffix of it, not a country"
                  : "' stands for a country only in an article that names it otherwise");
      return false;
    }
    c.entries = Arrays.copyOf(keep, kept);
    return true;
  }

  /** A capitalised word right before {@code from}, in the same sentence and with no punctuation. */
  private static boolean afterNameWord(TokenSequence t, int from) {
    return from > 0
        && !t.is(from, TokenFlags.PUNCT_BEFORE)
        && t.is(from - 1, TokenFlags.CAPITALIZED)
        && !t.is(from - 1, TokenFlags.SENTENCE_START);
  }
}
