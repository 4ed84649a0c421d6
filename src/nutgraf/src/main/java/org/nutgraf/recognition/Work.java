package org.nutgraf.recognition;

import org.nutgraf.text.TokenSequence;

/**
 * The steps recognition takes on the texts of one call, counted so that its cost can be bounded and
 * tested. Each text may cost {@link #STEPS_PER_UNIT} steps per unit of its size (a token or a
 * character) plus {@link #BASE_STEPS}; the matchers stop looking for names in a text that has used
 * that up, so that hostile text yields fewer names, never slowness.
 */
final class Work {
  /** Steps allowed per token and per character of a text: far above what any text takes. */
  static final int STEPS_PER_UNIT = 200;

  /** Steps allowed for any text, however short. */
  static final int BASE_STEPS = 1_000;

  private long steps;
  private long size;
  private long limit;
  private boolean truncated;

  /** The size of a text: its tokens and their characters. */
  static long size(TokenSequence t) {
    return (long) t.size() + t.charCount();
  }

  /** Starts the budget of text {@code t}; the steps of earlier texts stay counted. */
  void startText(TokenSequence t) {
    long s = size(t);
    size += s;
    limit = steps + STEPS_PER_UNIT * s + BASE_STEPS;
  }

  /** Counts {@code n} steps. */
  void add(long n) {
    steps += n;
  }

  /** True once the current text has used up its budget; it is then recognised no further. */
  boolean exhausted() {
    if (steps > limit) {
      truncated = true;
      return true;
    }
    return false;
  }

  RecognitionCost cost() {
    return new RecognitionCost(steps, size, truncated);
  }
}
