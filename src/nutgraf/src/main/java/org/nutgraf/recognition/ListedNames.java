package org.nutgraf.recognition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenKey;
import org.nutgraf.text.TokenSequence;

/**
 * Names of one or more words from a list, found in token sequences: a name matches where its first
 * word is capitalised (or all capitals) and its other words follow with no punctuation between (a
 * joining hyphen counts as none: "Harley-Davidson"); the longest name wins and found names do not
 * overlap. Each name carries a value of type {@code V}. Immutable and thread-safe.
 *
 * @param <V> what each listed name carries (a country's code, the name as written)
 */
final class ListedNames<V> {
  /** One listed name: its folded words after the first, and its value. */
  private record Name<V>(String[] rest, V value) {}

  /** Receives each listed name found: its tokens {@code from..to} and its value. */
  interface Found<V> {
    void at(int from, int to, V value);
  }

  /** The listed names by their first folded word, longest first. */
  private final CharArrayMap<List<Name<V>>> byFirst;

  /**
   * The listed first words' folded hashes: a capitalised token that misses the filter starts no
   * name, and most are turned away without a map lookup.
   */
  private final WordFilter firstWords;

  /**
   * The names of {@code names}, each as written in running text with its value; a name listed twice
   * is found with the value listed first.
   */
  ListedNames(List<Map.Entry<String, V>> names) {
    Map<String, List<Name<V>>> map = new HashMap<>();
    for (Map.Entry<String, V> e : names) {
      String[] words = TokenKey.of(e.getKey()).split(" ");
      String[] rest = new String[words.length - 1];
      System.arraycopy(words, 1, rest, 0, rest.length);
      map.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Name<>(rest, e.getValue()));
    }
    byFirst = new CharArrayMap<>(map.size(), false);
    map.forEach(
        (first, list) -> {
          List<Name<V>> longestFirst = new ArrayList<>(list);
          longestFirst.sort((a, b) -> b.rest.length - a.rest.length);
          byFirst.put(first, List.copyOf(longestFirst));
        });
    firstWords = new WordFilter(map.keySet());
  }

  /** Reports every listed name in {@code t} to {@code found}, left to right, none overlapping. */
  void find(TokenSequence t, Found<V> found) {
    for (int i = 0; i < t.size(); i++) {
      if (!t.is(i, TokenFlags.CAPITALIZED) && !t.is(i, TokenFlags.ALL_CAPS)) {
        continue;
      }
      if (!firstWords.mayHold(t.foldedHash(i))) {
        continue;
      }
      List<Name<V>> names = byFirst.get(t.foldedBuffer(), t.foldedStart(i), t.length(i));
      if (names == null) {
        continue;
      }
      for (Name<V> name : names) {
        int to = i + 1 + name.rest.length;
        if (to <= t.size() && follows(t, i + 1, name.rest)) {
          found.at(i, to, name.value);
          i = to - 1;
          break;
        }
      }
    }
  }

  /** Whether the folded {@code words} stand at tokens {@code from...} with no punctuation. */
  private static boolean follows(TokenSequence t, int from, String[] words) {
    for (int k = 0; k < words.length; k++) {
      if (t.is(from + k, TokenFlags.PUNCT_BEFORE) || !t.foldedEquals(from + k, words[k])) {
        return false;
      }
    }
    return true;
  }
}
