package org.nutgraf.recognition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenSequence;

/**
 * When a small town ({@link PlaceEntry#SMALL_TOWN}) may count: right after a preposition that puts
 * a place there ("in Wahoo", "near Tonopah"; in Spanish {@link SpanishLocatives}) or after "of" and
 * a word for a place's parts or people ("residents of Wahoo", "north of Tonopah"), or followed by
 * its own region or country ("Wahoo, Nebraska", "TONOPAH, Nev. —"). Anywhere else the name is more
 * likely a surname, a word or part of a longer name, and the town is not even matched, so that a
 * shorter name inside it still can be. A possessive after "in" reads as a person ("in Cox's view").
 * Once the article has put a town in place so, its later mentions count too ("the Samos camp" after
 * "in Samos"). Where the name also belongs to a larger place, a small town stays a candidate only
 * when the article names its country.
 */
final class SmallTowns {
  private SmallTowns() {}

  /**
   * Whether a small town spanning tokens {@code from..to} may be matched: a locative before it and
   * no possessive, or a comma and a capitalised word after it (the pairing then has to confirm).
   */
  static boolean admitted(Lexicons lex, TokenSequence t, int from, int to) {
    return located(lex, t, from, to) || PlaceContext.commaPlaceAfter(t, to);
  }

  /** Whether a locative puts the small town spanning {@code from..to} in place ("in Wahoo"). */
  static boolean located(Lexicons lex, TokenSequence t, int from, int to) {
    return locatedBefore(lex, t, from) && !t.is(to - 1, TokenFlags.POSSESSIVE);
  }

  /**
   * After "City, Region" pairing: drops the small-town entries that stand only because a comma
   * followed them and whose pairing found no region or country of theirs, and the candidates left
   * with no entry; a town in {@code located} (put in place elsewhere in the article, {@link
   * #located}) stays.
   */
  static void settle(Lexicons lex, TokenSequence t, List<PlaceCandidate> candidates) {
    settle(lex, t, candidates, Set.of());
  }

  /** As {@link #settle(Lexicons, TokenSequence, List)}, keeping the towns in {@code located}. */
  static void settle(
      Lexicons lex, TokenSequence t, List<PlaceCandidate> candidates, Set<PlaceEntry> located) {
    for (PlaceCandidate c : candidates) {
      if (c.dropped || c.paired || !c.has(PlaceEntry.SMALL_TOWN) || locatedBefore(lex, t, c.from)) {
        continue;
      }
      keepOnly(c, e -> !e.has(PlaceEntry.SMALL_TOWN) || located.contains(e));
      if (c.dropped) {
        c.evidence = "'" + t.text(c.from, c.to) + "' is a small town with no place named with it";
      }
    }
  }

  /**
   * Drops the small towns of {@code c} that share their name with a larger place, unless {@code
   * named} says the article names their country: "in Rockingham" is the Australian city, not a
   * village of that name abroad, unless the article is about the village's country.
   */
  static void yieldToLargerNamesakes(PlaceCandidate c, Predicate<String> named) {
    if (c.paired || !c.has(PlaceEntry.SMALL_TOWN) || !c.hasLargerPlace()) {
      return;
    }
    keepOnly(c, e -> !e.has(PlaceEntry.SMALL_TOWN) || named.test(e.country()));
  }

  private static void keepOnly(PlaceCandidate c, Predicate<PlaceEntry> keep) {
    List<PlaceEntry> kept = new ArrayList<>(c.entries.length);
    for (PlaceEntry e : c.entries) {
      if (keep.test(e)) {
        kept.add(e);
      }
    }
    if (kept.size() < c.entries.length) {
      c.entries = kept.toArray(PlaceEntry[]::new);
      c.dropped = kept.isEmpty();
    }
  }

  /** The small-town entries of the article's candidates that a locative puts in place. */
  static Set<PlaceEntry> locatedInArticle(
      Lexicons lex, List<TokenSequence> texts, List<List<PlaceCandidate>> candidates) {
    Set<PlaceEntry> located = Set.of(); // most articles locate no small town: nothing allocated
    for (int p = 0; p < texts.size(); p++) {
      for (PlaceCandidate c : candidates.get(p)) {
        if (!c.dropped
            && c.has(PlaceEntry.SMALL_TOWN)
            && located(lex, texts.get(p), c.from, c.to)) {
          if (located.isEmpty()) {
            located = Collections.newSetFromMap(new IdentityHashMap<>());
          }
          for (PlaceEntry e : c.entries) {
            if (e.has(PlaceEntry.SMALL_TOWN)) {
              located.add(e);
            }
          }
        }
      }
    }
    return located;
  }

  private static boolean locatedBefore(Lexicons lex, TokenSequence t, int from) {
    return from > 0
        && !t.caseIsUninformative(from)
        && !t.is(from, TokenFlags.PUNCT_BEFORE)
        && t.is(from - 1, TokenFlags.LOWER)
        && (ContextWords.TOWN_LOCATIVES.at(t, from - 1)
            || PlaceContext.ofAfter(t, from, ContextWords.PARTS_OF_A_TOWN)
            || SpanishLocatives.before(lex, t, from));
  }
}
