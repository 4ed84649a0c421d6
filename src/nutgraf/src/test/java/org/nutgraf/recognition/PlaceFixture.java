package org.nutgraf.recognition;

import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.text.TextScanner;
import org.nutgraf.text.TokenSequence;

/**
 * Texts and place candidates made by hand for the tests of one place rule, so that a rule is tested
 * on the entries it is given and not on what the matcher and the shipped gazetteer happen to hold.
 */
final class PlaceFixture {
  private PlaceFixture() {}

  /** The tokens of {@code text}, in a sequence of their own. */
  static TokenSequence scan(String text) {
    TokenSequence t = new TokenSequence();
    TextScanner.scan(text, t);
    return t;
  }

  /** The index of the first token written {@code word}. */
  static int indexOf(TokenSequence t, String word) {
    for (int i = 0; i < t.size(); i++) {
      if (t.text(i).equals(word)) {
        return i;
      }
    }
    throw new AssertionError("'" + word + "' is no token of the text");
  }

  /** A candidate over the words of {@code name} (one or more, as written) with these entries. */
  static PlaceCandidate candidate(TokenSequence t, String name, PlaceEntry... entries) {
    String[] words = name.split(" ");
    int from = indexOf(t, words[0]);
    return new PlaceCandidate(from, from + words.length, entries);
  }

  static PlaceEntry country(String name, String code, long population) {
    return new PlaceEntry(name, PlaceKind.COUNTRY, code, "", population, 0, name);
  }

  static PlaceEntry region(String name, String code, String admin1, long population) {
    return new PlaceEntry(name, PlaceKind.REGION, code, admin1, population, 0, name);
  }

  static PlaceEntry city(String name, String code, String admin1, long population, int flags) {
    return new PlaceEntry(name, PlaceKind.CITY, code, admin1, population, flags, name);
  }

  static PlaceEntry capital(String name, String code, long population, int flags) {
    return new PlaceEntry(name, PlaceKind.CAPITAL, code, "", population, flags, name);
  }
}
