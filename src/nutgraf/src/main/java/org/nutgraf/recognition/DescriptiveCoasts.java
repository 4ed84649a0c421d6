package org.nutgraf.recognition;

import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.analysis.CharArraySet;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.text.TokenSequence;

/**
 * A compass word and a coast word ("the West Coast", "the North Shore", listed in {@code
 * descriptive-coasts.txt}) describe a stretch of coast of whatever country the article is about;
 * the gazetteer's place of that name (a New Zealand region, an Australian city) is meant only where
 * the article names its country otherwise.
 */
final class DescriptiveCoasts {
  /** Where the list ships, beside the other lexicons. */
  static final String RESOURCE = "descriptive-coasts.txt";

  private static final CharArraySet NAMES =
      CharArraySet.unmodifiableSet(new CharArraySet(Lexicons.read(RESOURCE), false));

  private DescriptiveCoasts() {}

  /**
   * Marks the candidates of {@code candidates} that are such descriptions ({@link
   * PlaceCandidate#describesCoast}), so that they do not count as the article naming a country.
   */
  static void mark(TokenSequence t, List<PlaceCandidate> candidates) {
    for (PlaceCandidate c : candidates) {
      c.describesCoast = c.to - c.from == 2 && NAMES.contains(t.foldedJoined(c.from, c.to));
    }
  }

  /**
   * Drops {@code c} when it is marked as such a description and {@code named} says the article
   * names none of its entries' countries; returns whether {@code c} still stands.
   */
  static boolean confirm(TokenSequence t, PlaceCandidate c, Predicate<String> named) {
    if (!c.describesCoast) {
      return true;
    }
    for (PlaceEntry e : c.entries) {
      if (e.hasCountry() && named.test(e.country())) {
        return true;
      }
    }
    c.dropped = true;
    c.evidence =
        "'"
            + t.text(c.from, c.to)
            + "' describes a coast of any country; the article names none of its places' countries";
    return false;
  }
}
