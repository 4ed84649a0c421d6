package org.nutgraf.recognition;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenSequence;

/**
 * How Georgia the US state is told from Georgia the country, and Niger the country from Nigeria's
 * Niger State: a state's offices around the name ("the governor of Georgia", "Sen. Ossoff of
 * Georgia", "Georgia lawmakers") or a town of that state in the article ("ATLANTA —") pick the
 * state; otherwise the country keeps its name unless the article names only the state's country and
 * the state is not dwarfed by the country (a region a tenth the country's size is not what the name
 * means).
 */
final class StateOrCountry {
  /** Offices and bodies of a state or province, written before "of" or after the name. */
  private static final CharArraySet STATE_OFFICES =
      new CharArraySet(
          List.of(
              "governor",
              "gov.",
              "lieutenant",
              "sen.",
              "senator",
              "rep.",
              "representative",
              "congressman",
              "congresswoman",
              "assemblyman",
              "assemblywoman",
              "state",
              "legislature",
              "lawmakers",
              "legislators",
              "governors",
              "statehouse"),
          false);

  /** A region this many times smaller than the country of the same name is not what it means. */
  static final int DWARF_RATIO = 10;

  private StateOrCountry() {}

  /**
   * The region entry of {@code c} that its words or the article point to, or null: "governor of
   * Georgia", "Georgia lawmakers", or a town of that region named in the article.
   */
  static PlaceEntry cued(TokenSequence t, PlaceCandidate c, ArticlePlaces article) {
    PlaceEntry region = null;
    for (PlaceEntry e : c.entries) {
      if (e.kind() == PlaceKind.REGION && e.hasCountry()) {
        if (region != null && !region.country().equals(e.country())) {
          return null; // two states of two countries: words cannot tell which
        }
        region = region == null ? e : region;
      }
    }
    if (region == null) {
      return null;
    }
    return article.hasTownIn(region.admin1()) || officeAround(t, c) ? region : null;
  }

  /** "governor of X", "Sen. Ossoff of X", "the state of X", "X lawmakers". */
  static boolean officeAround(TokenSequence t, PlaceCandidate c) {
    if (c.from >= 2 && t.foldedEquals(c.from - 1, "of") && !t.is(c.from, TokenFlags.PUNCT_BEFORE)) {
      for (int k = c.from - 2; k >= Math.max(0, c.from - 5); k--) {
        if (t.is(k + 1, TokenFlags.PUNCT_BEFORE)) {
          break; // "the governor, a friend of X": the office is not X's
        }
        if (Lexicons.in(STATE_OFFICES, t, k)) {
          return true;
        }
      }
    }
    return c.to < t.size()
        && !t.is(c.to, TokenFlags.PUNCT_BEFORE)
        && t.is(c.to, TokenFlags.LOWER)
        && Lexicons.in(STATE_OFFICES, t, c.to);
  }

  /** Whether the place {@code e} is a tenth the size of the country {@code country} or less. */
  static boolean dwarfedBy(PlaceEntry e, PlaceEntry country, Gazetteer gazetteer) {
    long countryPopulation =
        country.kind() == PlaceKind.COUNTRY && country.population() > 0
            ? country.population()
            : gazetteer.country(country.country()).map(x -> x.population()).orElse(0L);
    return e.population() * DWARF_RATIO <= countryPopulation;
  }
}
