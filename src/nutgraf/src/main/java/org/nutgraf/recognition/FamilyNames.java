package org.nutgraf.recognition;

import java.util.List;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenSequence;

/**
 * A frequent family name that is also the name of a place is the family name when a person's name
 * puts it there: right after a capitalised word that is on none of the word lists (a given name the
 * lists lack, "Keondra Taylor") when it is a town below {@value #LARGE} people, and after an
 * initial ("D. Solon", "M T Ponce") or "née" whatever the place. The word before must not end a
 * place name itself ("Marion Taylor County" holds two), and text whose case says little (a headline
 * in title case, "Floods Hit Taylor") is left alone.
 */
final class FamilyNames {
  /** Towns this large are named after an unlisted word too ("Downtown Houston"). */
  private static final long LARGE = 100_000;

  /** The lists a word before the family name must be on none of: all but the surnames. */
  private static final int LISTED = ~Lexicons.SURNAME;

  private FamilyNames() {}

  /** Drops the candidates of {@code candidates} that are such a family name. */
  static void drop(
      Lexicons lex, TokenSequence t, List<PlaceCandidate> candidates, boolean explain) {
    for (int k = 0; k < candidates.size(); k++) {
      PlaceCandidate c = candidates.get(k);
      if (c.dropped
          || c.to - c.from != 1
          || c.from == 0
          || !mayEndAName(t, c.from - 1) // most places follow "in", "of", "the": no lookup
          || c.hasCountryLevel()
          || t.caseIsUninformative(c.from)
          || (lex.classify(t, c.from) & Lexicons.SURNAME) == 0) {
        continue;
      }
      String why = reason(lex, t, c, k > 0 ? candidates.get(k - 1) : null);
      if (why != null) {
        c.dropped = true;
        c.evidence = explain ? "'" + t.text(c.from, c.to) + "' is a family name " + why : "";
      }
    }
  }

  /** What makes {@code c} a family name, or null if nothing does. */
  private static String reason(
      Lexicons lex, TokenSequence t, PlaceCandidate c, PlaceCandidate before) {
    int p = c.from - 1;
    if (t.is(p, TokenFlags.INITIAL) && !t.is(c.from, TokenFlags.COMMA_BEFORE)) {
      return "after an initial";
    }
    if (t.is(c.from, TokenFlags.PUNCT_BEFORE) || t.is(c.from, TokenFlags.HYPHEN_BEFORE)) {
      return null;
    }
    if (t.is(p, TokenFlags.LOWER) && t.foldedEquals(p, "nee")) {
      return "after 'née'";
    }
    if (!t.is(p, TokenFlags.CAPITALIZED) || t.is(p, TokenFlags.POSSESSIVE)) {
      return null;
    }
    if (t.length(p) == 1 && !t.is(p, TokenFlags.SENTENCE_START)) {
      return "after an initial"; // "R T Ponce"
    }
    if (t.is(p, TokenFlags.ALL_CAPS)
        || (lex.classify(t, p) & LISTED) != 0
        || Lexicons.isMonth(t, p)
        || (before != null && before.to == c.from)
        || !modest(c)) {
      return null;
    }
    return "after '" + t.text(p) + "', a given name the lists lack";
  }

  /** Whether token {@code p} may be what comes before a family name: a capital or "née". */
  private static boolean mayEndAName(TokenSequence t, int p) {
    return t.is(p, TokenFlags.CAPITALIZED) || t.is(p, TokenFlags.INITIAL) || t.length(p) == 3;
  }

  /** Whether every reading of {@code c} is a town or a place below {@link #LARGE} people. */
  private static boolean modest(PlaceCandidate c) {
    for (PlaceEntry e : c.entries) {
      boolean town = e.kind() == PlaceKind.CITY || e.kind() == PlaceKind.PLACE;
      if (!town || e.population() >= LARGE) {
        return false;
      }
    }
    return true;
  }
}
