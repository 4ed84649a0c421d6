package org.nutgraf.recognition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenSequence;

/**
 * Decides the country of each place candidate of an article: context rules first (a common word
 * needs "in" or "City, State" around it; "turkey" in the article makes a sentence-initial "Turkey"
 * the bird), then "City, State" pairs, then what the rest of the article mentions, then population;
 * when nothing decides it abstains.
 */
final class PlaceResolver {
  private static final CharArraySet PREPOSITIONS =
      new CharArraySet(
          List.of(
              "in",
              "at",
              "from",
              "to",
              "near",
              "outside",
              "into",
              "across",
              "through",
              "toward",
              "towards",
              "via",
              "around",
              "throughout",
              "inside",
              "within",
              "of",
              "between",
              "and",
              "visited",
              "visit",
              "reached",
              "leaving",
              "left"),
          false);
  private static final CharArraySet GOVERNMENT_VERBS =
      new CharArraySet(
          List.of(
              "pushed",
              "imposed",
              "demanded",
              "demands",
              "wants",
              "wanted",
              "retaliated",
              "rejected",
              "rejects",
              "threatened",
              "threatens",
              "sanctioned",
              "blamed",
              "responded",
              "refused",
              "refuses",
              "expelled",
              "summoned",
              "recalled",
              "sent",
              "approved",
              "backed",
              "opposed",
              "has",
              "had",
              "is",
              "was",
              "will",
              "would",
              "says",
              "said",
              "warned",
              "warns",
              "accused",
              "denied",
              "insisted",
              "urged",
              "announced",
              "called",
              "hit",
              "struck",
              "must",
              "should",
              "could",
              "may"),
          false);
  private static final long POPULATION_FLOOR = 50_000;
  private static final int POPULATION_RATIO = 3;

  private final Gazetteer gazetteer;
  private final Lexicons lex;
  private final boolean explain;

  PlaceResolver(Gazetteer gazetteer, Lexicons lex, boolean explain) {
    this.gazetteer = gazetteer;
    this.lex = lex;
    this.explain = explain;
  }

  /** Per article: whether a lower-case word occurs in it, so each word is looked for once. */
  private final ThreadLocal<Map<String, Boolean>> lowerSeen = ThreadLocal.withInitial(HashMap::new);

  /** Resolves every candidate of every paragraph of one article in place. */
  void resolve(List<TokenSequence> texts, List<List<PlaceCandidate>> candidates) {
    lowerSeen.get().clear();
    for (int p = 0; p < texts.size(); p++) {
      TokenSequence t = texts.get(p);
      for (PlaceCandidate c : candidates.get(p)) {
        if (!c.dropped) {
          applyContextRules(t, c, texts);
        }
      }
      pairCityAndState(t, candidates.get(p));
    }
    Map<String, Double> articleSupport = new HashMap<>();
    List<Map<String, Double>> paragraphSupport = new ArrayList<>();
    for (List<PlaceCandidate> list : candidates) {
      Map<String, Double> local = new HashMap<>();
      for (PlaceCandidate c : list) {
        String country = c.dropped ? null : c.unambiguousCountry;
        if (country != null) {
          articleSupport.merge(country, 1.0, Double::sum);
          local.merge(country, 1.0, Double::sum);
        }
      }
      paragraphSupport.add(local);
    }
    for (int p = 0; p < texts.size(); p++) {
      for (PlaceCandidate c : candidates.get(p)) {
        if (!c.dropped) {
          choose(texts.get(p), c, articleSupport, paragraphSupport.get(p));
        }
      }
    }
  }

  private void applyContextRules(TokenSequence t, PlaceCandidate c, List<TokenSequence> texts) {
    List<PlaceEntry> kept = new ArrayList<>(c.entries.length);
    String why = "";
    String surface = explain ? "'" + t.text(c.from, c.to) + "'" : "";
    boolean uninformative = t.caseIsUninformative(c.from);
    boolean comma = commaPlaceAfter(t, c);
    boolean preposition = prepositionBefore(t, c.from);
    // "EST", "NBA": a short word in capitals amid ordinary text is an abbreviation
    boolean acronym =
        c.to - c.from == 1
            && t.is(c.from, TokenFlags.ALL_CAPS)
            && !t.isAllCaps()
            && t.length(c.from) <= 3;
    for (PlaceEntry e : c.entries) {
      boolean countryLevel = e.kind().isCountryLevel();
      if (acronym && !countryLevel && !comma) {
        why = surface + " is an abbreviation";
        continue;
      }
      if (e.has(PlaceEntry.NOT_PLACE) && !countryLevel && !comma) {
        why = surface + " is rarely a place";
        continue;
      }
      if (e.has(PlaceEntry.COMMON_WORD)
          && !countryLevel
          && (uninformative || !(preposition || comma))) {
        why = surface + " is also a common word";
        continue;
      }
      if (e.has(PlaceEntry.LOWER_HOMONYM)
          && (uninformative || insideAName(t, c))
          && lowerSeen.get().computeIfAbsent(e.name(), n -> lowerCaseInArticle(texts, n))) {
        why =
            explain
                ? "the article uses '" + e.name().toLowerCase(java.util.Locale.ROOT) + "' as a word"
                : "";
        continue;
      }
      if (e.has(PlaceEntry.GIVEN_NAME)
          && uninformative
          && !preposition
          && !comma
          && (e.kind() == PlaceKind.CITY || e.kind() == PlaceKind.PLACE)
          && e.population() < 1_000_000) {
        why = surface + " may be a given name";
        continue;
      }
      kept.add(e);
    }
    c.entries = kept.toArray(PlaceEntry[]::new);
    if (c.entries.length == 0) {
      c.dropped = true;
      c.evidence = why;
    }
  }

  /** "Paris, Texas" and "Atlanta, Georgia": a city followed by its region or country. */
  private void pairCityAndState(TokenSequence t, List<PlaceCandidate> list) {
    for (int k = 0; k + 1 < list.size(); k++) {
      PlaceCandidate city = list.get(k);
      PlaceCandidate state = list.get(k + 1);
      if (city.dropped
          || state.dropped
          || state.from != city.to
          || !t.is(state.from, TokenFlags.COMMA_BEFORE)) {
        continue;
      }
      PlaceEntry bestCity = null;
      PlaceEntry bestState = null;
      int bestScore = 0;
      for (PlaceEntry ce : city.entries) {
        if (ce.kind().isCountryLevel() || !ce.hasCountry()) {
          continue;
        }
        for (PlaceEntry se : state.entries) {
          int score = 0;
          if (se.kind() == PlaceKind.REGION
              && !ce.admin1().isEmpty()
              && ce.admin1().equals(se.admin1())) {
            score = 3;
          } else if (se.kind().isCountryLevel() && se.country().equals(ce.country())) {
            score = 2;
          }
          if (score > bestScore) {
            bestScore = score;
            bestCity = ce;
            bestState = se;
          }
        }
      }
      if (bestCity != null) {
        city.entries = new PlaceEntry[] {bestCity};
        state.entries = new PlaceEntry[] {bestState};
        if (explain) {
          city.evidence = "'" + t.text(city.from, state.to) + "'";
          state.evidence = city.evidence;
        }
      }
    }
  }

  private void choose(
      TokenSequence t, PlaceCandidate c, Map<String, Double> article, Map<String, Double> local) {
    PlaceEntry chosen = null;
    String why = c.evidence;
    String only = c.onlyCountry();
    if (only != null) {
      chosen = c.entries[0];
    } else if (c.entries.length > 0 && allWithoutCountry(c)) {
      c.dropped = true;
      c.evidence =
          c.entries[0].kind() == PlaceKind.SUPRANATIONAL
              ? "'" + c.entries[0].name() + "' is larger than a country"
              : "'" + c.entries[0].name() + "' is ambiguous between countries";
      return;
    } else {
      PlaceEntry countryLevel = null;
      for (PlaceEntry e : c.entries) {
        if (e.kind().isCountryLevel() && e.hasCountry()) {
          countryLevel = e;
          break;
        }
      }
      PlaceEntry supported = null;
      double best = 0;
      boolean tie = false;
      for (PlaceEntry e : c.entries) {
        if (!e.hasCountry()) {
          continue;
        }
        double s = support(e.country(), article, local);
        if (s > best) {
          best = s;
          supported = e;
          tie = false;
        } else if (s == best
            && s > 0
            && supported != null
            && !supported.country().equals(e.country())) {
          tie = true;
        }
      }
      if (countryLevel != null) {
        if (support(countryLevel.country(), article, local) == 0 && supported != null && !tie) {
          chosen = supported;
          why = explain ? "the article mentions " + supported.country() : "";
        } else {
          chosen = countryLevel;
        }
      } else {
        chosen = byScore(c, article, local);
        if (chosen != null) {
          why = explain ? "the article mentions " + chosen.country() : "";
        } else {
          chosen = byPopulation(c);
          if (chosen == null) {
            c.dropped = true;
            c.evidence =
                "'" + t.text(c.from, c.to) + "' names places in several countries; nothing decides";
            return;
          }
          why = explain ? "the largest place named '" + t.text(c.from, c.to) + "'" : "";
        }
      }
    }
    c.chosen = chosen;
    c.kind = kindOf(t, c, chosen);
    if (explain) {
      c.evidence = why.isEmpty() ? describe(t, c) : describe(t, c) + "; " + why;
    }
  }

  private static boolean allWithoutCountry(PlaceCandidate c) {
    for (PlaceEntry e : c.entries) {
      if (e.hasCountry()) {
        return false;
      }
    }
    return true;
  }

  private double support(String country, Map<String, Double> article, Map<String, Double> local) {
    return article.getOrDefault(country, 0.0)
        + local.getOrDefault(country, 0.0)
        + gazetteer.bias(country);
  }

  /**
   * When the article mentions any of the candidates' countries: the entry whose country the
   * paragraph and article mention most, weighed with the place's size (a capital of ten million
   * beats a town of forty thousand in a country mentioned once more); null when none is mentioned
   * or two countries come out level.
   */
  private PlaceEntry byScore(
      PlaceCandidate c, Map<String, Double> article, Map<String, Double> local) {
    double anySupport = 0;
    for (PlaceEntry e : c.entries) {
      if (e.hasCountry()) {
        anySupport += support(e.country(), article, local);
      }
    }
    if (anySupport == 0) {
      return null;
    }
    PlaceEntry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    for (PlaceEntry e : c.entries) {
      if (!e.hasCountry()) {
        continue;
      }
      double s =
          2 * local.getOrDefault(e.country(), 0.0)
              + article.getOrDefault(e.country(), 0.0)
              + gazetteer.bias(e.country())
              + 0.5 * Math.log10(e.population() + 1)
              + (e.kind() == PlaceKind.CAPITAL || e.kind() == PlaceKind.REGION ? 1 : 0);
      if (best == null || s > bestScore) {
        if (best != null && !best.country().equals(e.country())) {
          second = Math.max(second, bestScore);
        }
        best = e;
        bestScore = s;
      } else if (!e.country().equals(best.country())) {
        second = Math.max(second, s);
      }
    }
    return bestScore - second < 0.5 ? null : best;
  }

  /** The top entry if it is clearly the largest place of that name, else null. */
  private static PlaceEntry byPopulation(PlaceCandidate c) {
    PlaceEntry top = null;
    for (PlaceEntry e : c.entries) {
      if (e.hasCountry() && (top == null || e.population() > top.population())) {
        top = e;
      }
    }
    if (top == null || top.population() < POPULATION_FLOOR) {
      return null;
    }
    for (PlaceEntry e : c.entries) {
      if (e.hasCountry()
          && !e.country().equals(top.country())
          && e.population() * POPULATION_RATIO > top.population()) {
        return null;
      }
    }
    return top;
  }

  private PlaceKind kindOf(TokenSequence t, PlaceCandidate c, PlaceEntry chosen) {
    if (chosen.kind() != PlaceKind.CAPITAL) {
      return chosen.kind();
    }
    int next = c.to;
    boolean government =
        t.is(c.to - 1, TokenFlags.POSSESSIVE)
            || (next < t.size()
                && !t.is(next, TokenFlags.PUNCT_BEFORE)
                && t.is(next, TokenFlags.LOWER)
                && (Lexicons.in(lex.speechVerbs, t, next)
                    || Lexicons.in(GOVERNMENT_VERBS, t, next)));
    if (government && chosen.has(PlaceEntry.SUPRANATIONAL_SEAT)) {
      c.dropped = true; // "Brussels demanded": the EU institutions, not Belgium
    }
    return government ? PlaceKind.GOVERNMENT : PlaceKind.CAPITAL;
  }

  private static String describe(TokenSequence t, PlaceCandidate c) {
    PlaceEntry e = c.chosen;
    return c.kind.label()
        + " '"
        + t.text(c.from, c.to)
        + "' -> "
        + e.country()
        + (e.population() > 0 && !e.kind().isCountryLevel() ? " (pop " + e.population() + ")" : "");
  }

  /** Whether a lower-case preposition ("in", "from") stands right before token {@code i}. */
  static boolean prepositionBefore(TokenSequence t, int i) {
    return i > 0
        && !t.is(i, TokenFlags.PUNCT_BEFORE)
        && t.is(i - 1, TokenFlags.LOWER)
        && Lexicons.in(PREPOSITIONS, t, i - 1);
  }

  /**
   * "the National Turkey Federation": between capitalised words of a name, where the capital is the
   * name's, not the country's.
   */
  private boolean insideAName(TokenSequence t, PlaceCandidate c) {
    boolean capitalBefore =
        c.from > 0
            && !t.is(c.from, TokenFlags.PUNCT_BEFORE)
            && t.is(c.from - 1, TokenFlags.CAPITALIZED)
            && !t.is(c.from - 1, TokenFlags.SENTENCE_START);
    boolean orgAfter =
        c.to < t.size()
            && !t.is(c.to, TokenFlags.PUNCT_BEFORE)
            && t.is(c.to, TokenFlags.CAPITALIZED)
            && Lexicons.in(lex.orgWords, t, c.to);
    return capitalBefore && orgAfter;
  }

  private static boolean commaPlaceAfter(TokenSequence t, PlaceCandidate c) {
    return c.to < t.size()
        && t.is(c.to, TokenFlags.COMMA_BEFORE)
        && t.is(c.to, TokenFlags.CAPITALIZED);
  }

  /** Whether any text of the article has the name as a lower-case word ("turkey"). */
  private static boolean lowerCaseInArticle(List<TokenSequence> texts, String name) {
    String folded = org.nutgraf.text.Folding.fold(name);
    String plural = folded + "s";
    for (TokenSequence t : texts) {
      for (int i = 0; i < t.size(); i++) {
        if (t.is(i, TokenFlags.LOWER) && (t.foldedEquals(i, folded) || t.foldedEquals(i, plural))) {
          return true;
        }
      }
    }
    return false;
  }
}
