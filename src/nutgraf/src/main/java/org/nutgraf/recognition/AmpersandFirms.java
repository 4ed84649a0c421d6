package org.nutgraf.recognition;

import java.util.List;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenSequence;

/**
 * "Barnes &amp; Noble", "Bath &amp; Body Works": a one-word town below {@value #LARGE} people, or a
 * name that is also a word or a given name, joined by an ampersand to a capitalised word is part of
 * a firm's name, not a place, unless that word is a place too ("Brighton &amp; Hove"), small towns
 * aside. Large cities stay ("Minneapolis &amp; St. Paul"), and so do country names ("Trinidad &amp;
 * Tobago" is read whole by the matcher).
 */
final class AmpersandFirms {
  /** Cities this large are named with a partner city, not a partner in a firm. */
  private static final long LARGE = 150_000;

  private static final int WORD_OR_NAME =
      PlaceEntry.COMMON_WORD | PlaceEntry.GIVEN_NAME | PlaceEntry.NOT_PLACE;

  private AmpersandFirms() {}

  /** Drops the candidates of {@code candidates} that are such a word of a firm's name. */
  static void drop(TokenSequence t, List<PlaceCandidate> candidates, boolean explain) {
    for (int k = 0; k < candidates.size(); k++) {
      PlaceCandidate c = candidates.get(k);
      if (c.dropped || c.to - c.from != 1 || c.hasCountryLevel() || !modest(c)) {
        continue;
      }
      int other = partner(t, c);
      if (other < 0 || opensALargerPlace(candidates, other == c.to ? k + 1 : k - 1, other)) {
        continue;
      }
      c.dropped = true;
      c.evidence =
          explain ? "'" + t.text(c.from, c.to) + "' is joined by '&' to a firm's other name" : "";
    }
  }

  /** Whether every reading of {@code c} is a town below {@link #LARGE} or also a word or name. */
  private static boolean modest(PlaceCandidate c) {
    for (PlaceEntry e : c.entries) {
      if (e.population() >= LARGE && (e.flags() & WORD_OR_NAME) == 0) {
        return false;
      }
    }
    return true;
  }

  /** The capitalised token joined to {@code c} by an ampersand, or -1. */
  private static int partner(TokenSequence t, PlaceCandidate c) {
    if (joinedAfter(t, c.to)) {
      return c.to;
    }
    return joinedBefore(t, c.from) ? c.from - 1 : -1;
  }

  /** Whether an ampersand joins a capitalised token {@code to} to the tokens before it. */
  static boolean joinedAfter(TokenSequence t, int to) {
    return to < t.size()
        && t.is(to, TokenFlags.AMPERSAND_BEFORE)
        && t.is(to, TokenFlags.CAPITALIZED);
  }

  /** Whether an ampersand joins token {@code from} to a capitalised token before it. */
  static boolean joinedBefore(TokenSequence t, int from) {
    return from > 0
        && t.is(from, TokenFlags.AMPERSAND_BEFORE)
        && t.is(from - 1, TokenFlags.CAPITALIZED);
  }

  /**
   * Whether candidate {@code k}, the neighbour on the side of the partner token {@code i}, covers
   * it with a place larger than a small town. Candidates are in text order and do not overlap, so
   * no other candidate can cover it: one lookup, not a pass over the text's candidates.
   */
  private static boolean opensALargerPlace(List<PlaceCandidate> candidates, int k, int i) {
    if (k < 0 || k >= candidates.size()) {
      return false;
    }
    PlaceCandidate c = candidates.get(k);
    if (c.from > i || i >= c.to || c.dropped) {
      return false;
    }
    for (PlaceEntry e : c.entries) {
      if (!e.has(PlaceEntry.SMALL_TOWN)) {
        return true;
      }
    }
    return false;
  }
}
