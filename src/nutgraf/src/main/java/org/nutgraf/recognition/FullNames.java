package org.nutgraf.recognition;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * The full names an article gives (folded words), indexed so that asking whether a shorter name
 * ends one, starts one or is its inner surname costs one lookup, not a pass over every name.
 */
final class FullNames {
  private final Set<Words> whole = new HashSet<>();
  private final Set<Words> endings = new HashSet<>();
  private final Set<Words> properEndings = new HashSet<>();
  private final Set<String> firstWords = new HashSet<>();
  private final Set<String> innerSurnames = new HashSet<>();
  private final Set<String> lastWords = new HashSet<>();

  /** Adds a full name; costs steps in proportion to its words and their characters. */
  void add(String[] words, Work work) {
    work.add(words.length * (long) words.length + chars(words));
    whole.add(key(words, 0, words.length));
    for (int from = 0; from < words.length; from++) {
      Words ending = key(words, from, words.length);
      endings.add(ending);
      if (from > 0) {
        properEndings.add(ending);
      }
    }
    lastWords.add(words[words.length - 1]);
    if (words.length > 1) {
      firstWords.add(words[0]);
    }
    if (words.length >= 3) {
      innerSurnames.add(words[words.length - 2]);
    }
  }

  boolean isEmpty() {
    return whole.isEmpty();
  }

  /** Whether {@code words} is one of the names. */
  boolean contains(String[] words) {
    return whole.contains(key(words, 0, words.length));
  }

  /** Whether a name ends with {@code words} (or is them). */
  boolean endsOne(String[] words) {
    return endings.contains(key(words, 0, words.length));
  }

  /** Whether a longer name ends with {@code words}. */
  boolean endsALongerOne(String[] words) {
    return properEndings.contains(key(words, 0, words.length));
  }

  /** Whether a name of two words or more starts with {@code word}. */
  boolean startsOne(String word) {
    return firstWords.contains(word);
  }

  /** Whether a name of three words or more has {@code word} before its last. */
  boolean hasInnerSurname(String word) {
    return innerSurnames.contains(word);
  }

  /** The last word of every name, folded. */
  Set<String> lastWords() {
    return Collections.unmodifiableSet(lastWords);
  }

  /** Whether a name ends in {@code word}. */
  boolean endsIn(String word) {
    return lastWords.contains(word);
  }

  static long chars(String[] words) {
    long n = 0;
    for (String w : words) {
      n += w.length() + 1;
    }
    return n;
  }

  private static Words key(String[] words, int from, int to) {
    return new Words(words, from, to);
  }

  /**
   * Words {@code from..to} of a name, equal to the same words of any other name: a key that reads
   * the name's own array instead of copying it. The array must not change once it is a key.
   */
  private record Words(String[] words, int from, int to) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Words w && Arrays.equals(words, from, to, w.words, w.from, w.to);
    }

    @Override
    public int hashCode() {
      int h = 1;
      for (int k = from; k < to; k++) {
        h = 31 * h + words[k].hashCode();
      }
      return h;
    }
  }
}
