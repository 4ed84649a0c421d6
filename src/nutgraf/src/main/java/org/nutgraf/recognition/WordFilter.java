package org.nutgraf.recognition;

import java.util.Collection;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * A bit filter over the hashes of the listed words that are on some of the {@link Lexicons} lists
 * (or of any set of folded words): a token whose folded hash ({@link
 * org.nutgraf.text.TokenSequence#foldedHash}) misses it is on none of them, known without looking
 * the token up. The person matcher asks the words around a name (mostly lower case: "said",
 * "president", "von") whether they are on a few short lists; most are on none. Immutable and
 * thread-safe.
 */
final class WordFilter {
  /** Bits of the filter: 16,384, so that a few thousand words leave most of them clear. */
  private static final int BITS = 1 << 14;

  private final long[] bits = new long[BITS / 64];

  /** A filter over the words of {@code words} on any of the lists {@code lists} (bits). */
  WordFilter(CharArrayMap<WordClass> words, int lists) {
    for (var e : words.entrySet()) {
      if ((e.getValue().bits & lists) != 0) {
        hold(hash((char[]) e.getKey()));
      }
    }
  }

  /** A filter over the folded {@code words} themselves. */
  WordFilter(Collection<String> words) {
    for (String w : words) {
      hold(w.hashCode());
    }
  }

  private void hold(int hash) {
    int slot = slot(hash);
    bits[slot >>> 6] |= 1L << slot;
  }

  /**
   * Whether a word whose folded form hashes to {@code hash} may be on one of the lists; false means
   * it is on none.
   */
  boolean mayHold(int hash) {
    int slot = slot(hash);
    return (bits[slot >>> 6] & (1L << slot)) != 0;
  }

  /** {@link String#hashCode} of {@code word}, as the token sequence hashes folded tokens. */
  private static int hash(char[] word) {
    int h = 0;
    for (char c : word) {
      h = 31 * h + c;
    }
    return h;
  }

  private static int slot(int hash) {
    return (hash * 0x9E3779B9) >>> (32 - 14);
  }
}
