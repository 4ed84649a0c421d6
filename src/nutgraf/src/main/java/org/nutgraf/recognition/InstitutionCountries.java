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
 * Names of a country's own institutions ("Gardaí", "Taoiseach", "Bundestag", "Lok Sabha") as
 * evidence of the country an article is set in, read from {@code country-institutions.tsv}. They
 * name no place and are no mention, but an article whose police are the Gardaí is set in Ireland,
 * and "in Dundalk" there is the Irish town. A name matches where its first word is capitalised (or
 * all capitals) and its other words follow with no punctuation between; the longest name wins.
 * Immutable and thread-safe.
 */
final class InstitutionCountries {
  /** Where the list ships, beside the other lexicons. */
  static final String RESOURCE = "country-institutions.tsv";

  private static volatile InstitutionCountries defaults;

  /** One listed name: its folded words after the first, and its country's code. */
  private record Institution(String[] rest, String country) {}

  /** Receives each institution name found: its tokens {@code from..to} and its country. */
  interface Found {
    void at(int from, int to, String country);
  }

  /** The listed names by their first folded word, longest first. */
  private final CharArrayMap<List<Institution>> byFirst;

  /**
   * The listed first words' folded hashes: a capitalised token that misses the filter starts no
   * name, and most are turned away without a map lookup.
   */
  private final WordFilter firstWords;

  /**
   * The names of {@code lines}, each "Name\tCC" as written in running text.
   *
   * @throws IllegalArgumentException when a line has no tab or no two-letter code after it
   */
  static InstitutionCountries of(List<String> lines) {
    return new InstitutionCountries(lines);
  }

  /** The list that ships in the jar, loaded once. */
  static InstitutionCountries defaults() {
    InstitutionCountries d = defaults;
    if (d == null) {
      synchronized (InstitutionCountries.class) {
        d = defaults;
        if (d == null) {
          d = new InstitutionCountries(Lexicons.read(RESOURCE));
          defaults = d;
        }
      }
    }
    return d;
  }

  private InstitutionCountries(List<String> lines) {
    Map<String, List<Institution>> map = new HashMap<>();
    for (String line : lines) {
      NameCountry f = NameCountry.parse(line);
      String[] words = TokenKey.of(f.name()).split(" ");
      String[] rest = new String[words.length - 1];
      System.arraycopy(words, 1, rest, 0, rest.length);
      map.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Institution(rest, f.country()));
    }
    byFirst = new CharArrayMap<>(map.size(), false);
    map.forEach(
        (first, list) -> {
          List<Institution> longestFirst = new ArrayList<>(list);
          longestFirst.sort((a, b) -> b.rest.length - a.rest.length);
          byFirst.put(first, List.copyOf(longestFirst));
        });
    firstWords = new WordFilter(map.keySet());
  }

  /** Reports every listed name in {@code t} to {@code found}, left to right, none overlapping. */
  void find(TokenSequence t, Found found) {
    for (int i = 0; i < t.size(); i++) {
      if (!t.is(i, TokenFlags.CAPITALIZED) && !t.is(i, TokenFlags.ALL_CAPS)) {
        continue;
      }
      if (!firstWords.mayHold(t.foldedHash(i))) {
        continue;
      }
      List<Institution> names = byFirst.get(t.foldedBuffer(), t.foldedStart(i), t.length(i));
      if (names == null) {
        continue;
      }
      for (Institution name : names) {
        int to = i + 1 + name.rest.length;
        if (to <= t.size() && follows(t, i + 1, name.rest)) {
          found.at(i, to, name.country);
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
