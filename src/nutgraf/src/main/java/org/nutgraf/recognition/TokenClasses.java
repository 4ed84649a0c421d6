package org.nutgraf.recognition;

import java.util.Arrays;
import java.util.List;
import org.nutgraf.text.TokenSequence;

/**
 * The {@link WordClass} of each token of one text, looked up in a {@link WordTable} when first
 * asked for and kept, so that the place and person matchers look each token up once between them.
 * Reused from text to text of one call, on the thread that made it; not thread-safe.
 */
final class TokenClasses {
  /** Marks a token not looked up yet. */
  private static final WordClass UNSEEN = new WordClass(0, List.of());

  private final WordTable table;
  private final RecentWords recent;
  private TokenSequence text;
  private WordClass[] classes = new WordClass[64];

  TokenClasses(WordTable table) {
    this.table = table;
    this.recent = table.recentWords();
  }

  /**
   * Starts a call, for classes kept from call to call: lets go of the array a text of more than
   * {@link PersonMatcher#KEPT_TOKENS} tokens grew.
   */
  TokenClasses start() {
    text = null;
    if (classes.length > PersonMatcher.KEPT_TOKENS) {
      classes = new WordClass[64];
    }
    return this;
  }

  /** Starts on {@code t}, forgetting the classes of the text before. */
  TokenClasses of(TokenSequence t) {
    text = t;
    int n = t.size();
    if (classes.length < n) {
      classes = new WordClass[Math.max(n, classes.length * 2)];
    }
    Arrays.fill(classes, 0, n, UNSEEN);
    return this;
  }

  /** The class of token {@code i}; a word on no list has no bits and no titles. */
  WordClass get(int i) {
    WordClass c = classes[i];
    if (c == UNSEEN) {
      c = table.get(text, i, recent);
      classes[i] = c;
    }
    return c;
  }

  /** The bits of token {@code i}: {@link Lexicons} lists and {@link WordTable#PLACE_START}. */
  int bits(int i) {
    return get(i).bits;
  }
}
