package org.nutgraf.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.text.NameKey;
import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenSequence;

/**
 * Chooses the country of a place name that the context rules left standing: the one country all its
 * entries agree on; a state its offices or towns point to ({@link StateOrCountry}); a country over
 * a namesake unless the article names only the namesake's country; a place far larger than every
 * namesake (a clear size difference is not overridden by what the article mentions); then the
 * country the paragraph and article name most, weighed with size; then the largest place; else
 * nothing. A given name that is a small town of a country the article never names is no place; nor
 * is a description of a coast ({@link DescriptiveCoasts}) in an article that never names the
 * country of the place so called.
 *
 * <p>Where the last three steps decide, the fitted country model ({@link CountryModel}) weighs the
 * same choice: it decides instead when its weights file has a margin line; otherwise (the shipped
 * weights) its scores only explain, next to the rule that decided.
 */
final class CountryChoice {
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
  private static final long CLEARLY_LARGE = 100_000;

  /** How much less an alternate name's place weighs by size than a place of that main name. */
  private static final int ALTERNATE_DISCOUNT = 10;

  /**
   * Cities this large give their names to the bodies based there ("the Boston Globe"): before a
   * word for an organisation, such a name is the city even when it is also a given name.
   */
  private static final long MAJOR_CITY = 500_000;

  /** Towns this large are known well enough to stand in any article without support. */
  private static final long STRAY_TOWN_LIMIT = 150_000;

  /** How often an article names one country before it counts as being about that country. */
  private static final double ARTICLE_COUNTRY_NAMED = 2;

  /** Names that are also words: their size says little about what they mean. */
  private static final int WEAK_NAME = PlaceEntry.COMMON_WORD | PlaceEntry.NOT_PLACE;

  private final Gazetteer gazetteer;
  private final Lexicons lex;
  private final CountryModel model;
  private final boolean explain;
  private final boolean record;

  /**
   * A choice with {@code model}; with {@code record}, each name the model weighs keeps its decision
   * ({@link PlaceCandidate#countryDecision}).
   */
  CountryChoice(
      Gazetteer gazetteer, Lexicons lex, CountryModel model, boolean explain, boolean record) {
    this.gazetteer = gazetteer;
    this.lex = lex;
    this.model = model;
    this.explain = explain;
    this.record = record;
  }

  /** Sets {@code c.chosen} and {@code c.kind}, or drops {@code c} when nothing decides. */
  void choose(TokenSequence t, PlaceCandidate c, ArticlePlaces article, int paragraph) {
    String why = c.evidence;
    SmallTowns.yieldToLargerNamesakes(c, country -> support(country, article, paragraph) > 0);
    if (!DescriptiveCoasts.confirm(t, c, country -> support(country, article, paragraph) > 0)) {
      return;
    }
    if (!ArticleConfirmedNames.confirm(
        t, c, country -> article.inArticle(country) + gazetteer.bias(country) > 0)) {
      return;
    }
    PlaceEntry chosen;
    if (c.onlyCountry() != null) {
      chosen = c.entries[0];
    } else if (c.entries.length > 0 && allWithoutCountry(c)) {
      c.dropped = true;
      c.evidence =
          c.entries[0].kind() == PlaceKind.SUPRANATIONAL
              ? "'" + c.entries[0].name() + "' is larger than a country"
              : "'" + c.entries[0].name() + "' is ambiguous between countries";
      return;
    } else if ((chosen = StateOrCountry.cued(t, c, article)) != null) {
      why = explain ? "its words or towns name the state" : "";
    } else {
      PlaceEntry countryLevel = firstCountryLevel(c);
      if (countryLevel != null) {
        PlaceEntry namesake = mostSupported(c, article, paragraph);
        chosen = countryLevel;
        if (namesake != null
            && support(countryLevel.country(), article, paragraph) == 0
            && !StateOrCountry.dwarfedBy(namesake, countryLevel, gazetteer)) {
          chosen = namesake;
          why = explain ? "the article mentions " + namesake.country() : "";
        }
      } else {
        String name = explain ? t.text(c.from, c.to) : "";
        // the rules, each worked out once: all three when the model weighs them, else in turn
        boolean weigh = model.decides() || explain || record;
        PlaceEntry bySize = clearlyLargest(c);
        PlaceEntry byArticle = weigh || bySize == null ? byScore(c, article, paragraph) : null;
        PlaceEntry byLargest =
            weigh || (bySize == null && byArticle == null) ? byPopulation(c) : null;
        PlaceEntry fitted = null;
        String fittedWhy = "";
        if (weigh) {
          fitted = byModel(t, c, article, paragraph, bySize, byArticle, byLargest);
          fittedWhy = c.evidence; // byModel leaves its scores there when explaining
        }
        String rule = "";
        if (model.decides()) {
          chosen = fitted;
        } else if ((chosen = bySize) != null) {
          rule = explain ? "; far larger than any other place named '" + name + "'" : "";
        } else if ((chosen = byArticle) != null) {
          rule = explain ? "; the article mentions " + chosen.country() : "";
        } else if ((chosen = byLargest) != null) {
          rule = explain ? "; the largest place named '" + name + "'" : "";
        }
        if (chosen == null) {
          c.dropped = true;
          c.undecided = true;
          c.evidence =
              "'"
                  + t.text(c.from, c.to)
                  + "' names places in several countries; nothing decides"
                  + (explain ? " (" + fittedWhy + ")" : "");
          return;
        }
        why = explain ? fittedWhy + rule : "";
      }
    }
    if (unsupportedGivenName(t, c, chosen, article, paragraph)) {
      c.dropped = true;
      c.evidence =
          "'"
              + t.text(c.from, c.to)
              + "' is a given name; the article is not about "
              + chosen.country();
      return;
    }
    if (strayForeignTown(t, c, chosen, article)) {
      c.dropped = true;
      c.evidence =
          "'"
              + t.text(c.from, c.to)
              + "' would be a town of "
              + chosen.country()
              + ", which the article names nowhere else; it is about another country";
      return;
    }
    c.chosen = chosen;
    c.kind = kindOf(t, c, chosen);
    if (explain) {
      c.evidence = why.isEmpty() ? describe(t, c) : describe(t, c) + "; " + why;
    }
  }

  /**
   * "to pay Paul", "Smoky Mary": a one-word given name that is only a town or region, with no
   * preposition or "City, Region" to make it a place, in an article that names its country nowhere
   * else (the same name said again does not count, {@link ArticlePlaces#timesNamedAs}), is the
   * name; unless a word for an organisation follows the name of a city of {@link #MAJOR_CITY}
   * people or more ("the Boston Globe"; "Mary College" is not Mary in Turkmenistan, nor "the César
   * Award" a region of Colombia).
   */
  private boolean unsupportedGivenName(
      TokenSequence t, PlaceCandidate c, PlaceEntry e, ArticlePlaces article, int paragraph) {
    if (c.to - c.from != 1
        || c.dateline
        || c.paired
        || c.opensATeamsName
        || !e.has(PlaceEntry.GIVEN_NAME)
        || e.kind().isCountryLevel()
        || e.kind() == PlaceKind.CAPITAL
        || e.population() >= 1_000_000
        || PlaceContext.prepositionBefore(t, c.from)
        || (e.kind() == PlaceKind.CITY
            && e.population() >= MAJOR_CITY
            && opensAnOrganisationsName(t, c))) {
      return false;
    }
    double own = article.timesNamedAs(c);
    return article.inArticle(e.country()) - own <= 0;
  }

  /**
   * "the Boston Globe": the name is followed by a word for an organisation, so it opens the name of
   * a body of that place (no person: the person recogniser took none here).
   */
  private boolean opensAnOrganisationsName(TokenSequence t, PlaceCandidate c) {
    return c.to < t.size()
        && !t.is(c.to, TokenFlags.PUNCT_BEFORE)
        && t.is(c.to, TokenFlags.CAPITALIZED)
        && (lex.classify(t, c.to) & Lexicons.ORG) != 0;
  }

  /**
   * "a weird kink for Milton", "at the Delft police station" in an article about another country: a
   * one-word town of modest size, with no preposition of location, no "Town, Region" and no
   * dateline to make it a place, in a country the article names nowhere else while it names another
   * country again and again, is a person, a work or a namesake the gazetteer lacks; the same name
   * said again does not count as naming its country ({@link ArticlePlaces#timesNamedAs}). A
   * preposition before a possessive locates what the name owns, not the name ("from Hale's
   * Orchard").
   */
  private static boolean strayForeignTown(
      TokenSequence t, PlaceCandidate c, PlaceEntry e, ArticlePlaces article) {
    if (c.to - c.from != 1
        || c.dateline
        || c.paired
        || (e.kind() != PlaceKind.CITY && e.kind() != PlaceKind.PLACE)
        || e.population() >= STRAY_TOWN_LIMIT
        || (PlaceContext.locativeBefore(t, c.from) && !t.is(c.to - 1, TokenFlags.POSSESSIVE))) {
      return false;
    }
    double own = article.timesNamedAs(c);
    return article.inArticle(e.country()) - own <= 0
        && article.mostOtherThan(e.country()) >= ARTICLE_COUNTRY_NAMED;
  }

  private static PlaceEntry firstCountryLevel(PlaceCandidate c) {
    for (PlaceEntry e : c.entries) {
      if (e.kind().isCountryLevel() && e.hasCountry()) {
        return e;
      }
    }
    return null;
  }

  /** The entry whose country the article supports most, or null when none or two tie. */
  private PlaceEntry mostSupported(PlaceCandidate c, ArticlePlaces article, int paragraph) {
    PlaceEntry supported = null;
    double best = 0;
    boolean tie = false;
    for (PlaceEntry e : c.entries) {
      if (!e.hasCountry()) {
        continue;
      }
      double s = support(e.country(), article, paragraph);
      if (s > best) {
        best = s;
        supported = e;
        tie = false;
      } else if (s == best && s > 0 && !supported.country().equals(e.country())) {
        tie = true;
      }
    }
    return tie ? null : supported;
  }

  private static boolean allWithoutCountry(PlaceCandidate c) {
    for (PlaceEntry e : c.entries) {
      if (e.hasCountry()) {
        return false;
      }
    }
    return true;
  }

  private double support(String country, ArticlePlaces article, int paragraph) {
    return article.inArticle(country)
        + article.inParagraph(paragraph, country)
        + gazetteer.bias(country);
  }

  /**
   * The entry at least {@link StateOrCountry#DWARF_RATIO} times larger than every entry of another
   * country, and of some size itself; null when no entry is.
   */
  private PlaceEntry clearlyLargest(PlaceCandidate c) {
    if (gazetteer.hasBias()) {
      return null; // a user's bias is a statement about the article's world; let it weigh
    }
    return clearlyLargestOf(c);
  }

  /** {@link #clearlyLargest} whatever the gazetteer's bias. */
  static PlaceEntry clearlyLargestOf(PlaceCandidate c) {
    PlaceEntry top = largest(c);
    if (top == null
        || top.population() < CLEARLY_LARGE
        || top.has(PlaceEntry.ALTERNATE) // "Salisbury", once the name of Harare
        || (top.flags() & WEAK_NAME) != 0) {
      return null;
    }
    for (PlaceEntry e : c.entries) {
      if (e.hasCountry()
          && !e.country().equals(top.country())
          && size(e) * StateOrCountry.DWARF_RATIO > top.population()) {
        return null;
      }
    }
    return top;
  }

  private static PlaceEntry largest(PlaceCandidate c) {
    PlaceEntry top = null;
    for (PlaceEntry e : c.entries) {
      if (e.hasCountry() && (top == null || size(e) > size(top))) {
        top = e;
      }
    }
    return top;
  }

  /**
   * What a place's size says about its name: its population, or a tenth of it when the name is an
   * alternate sharing no word with the place's own name, a former or foreign name ("Victoria" for
   * all of Hong Kong weighs less than the Australian state so named). A short form of the own name
   * ("Leon" for León de los Aldama) weighs in full.
   */
  private static long size(PlaceEntry e) {
    if (!e.has(PlaceEntry.ALTERNATE) || sharesAWord(e.name(), e.label())) {
      return e.population();
    }
    return e.population() / ALTERNATE_DISCOUNT;
  }

  /** Whether a word of {@code name} is a word of {@code own}, case and accents aside. */
  private static boolean sharesAWord(String name, String own) {
    List<String> ownWords = List.of(NameKey.of(own).split(" "));
    for (String w : NameKey.of(name).split(" ")) {
      if (ownWords.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The entry of the country the fitted model scores best ({@link CountryModel}): each country is
   * represented by its largest place of the name and weighed on {@link CountryFeatures}. Null when
   * the best scores below the model's margin or two countries score the same. {@code bySize},
   * {@code byArticle} and {@code byLargest} are the rules' choices ({@link #clearlyLargest}, {@link
   * #byScore}, {@link #byPopulation}; null where a rule chooses none), which are features. With
   * explanations, leaves the scores in {@code c.evidence}; when recording, leaves the decision in
   * {@code c.countryDecision}.
   */
  private PlaceEntry byModel(
      TokenSequence t,
      PlaceCandidate c,
      ArticlePlaces article,
      int paragraph,
      PlaceEntry bySize,
      PlaceEntry byArticle,
      PlaceEntry byLargest) {
    PlaceEntry[] options = new PlaceEntry[c.entries.length];
    int n = 0;
    for (PlaceEntry e : c.entries) {
      if (!e.hasCountry()) {
        continue;
      }
      int k = 0;
      while (k < n && !options[k].country().equals(e.country())) {
        k++;
      }
      if (k == n) {
        options[n++] = e;
      } else if (size(e) > size(options[k])) {
        options[k] = e;
      }
    }
    double[] named = new double[n];
    for (int k = 0; k < n; k++) {
      named[k] = article.inArticle(options[k].country()) + gazetteer.bias(options[k].country());
    }
    String sizeRule = country(bySize);
    String articleRule = country(byArticle);
    String populationRule = country(byLargest);
    int[] features = new int[CountryFeatures.MOST];
    List<CountryDecision.Option> noted = record ? new ArrayList<>(n) : null;
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    String bestWhy = "";
    for (int k = 0; k < n; k++) {
      PlaceEntry e = options[k];
      long rivalSize = 0;
      double rivalNamed = 0;
      for (int o = 0; o < n; o++) {
        if (o != k) {
          rivalSize = Math.max(rivalSize, size(options[o]));
          rivalNamed = Math.max(rivalNamed, named[o]);
        }
      }
      int m =
          CountryFeatures.of(
              e,
              size(e),
              rivalSize,
              named[k],
              article.inParagraph(paragraph, e.country()),
              rivalNamed,
              article.hasTownIn(e.admin1()),
              (e.country().equals(sizeRule) ? 1 : 0)
                  | (e.country().equals(articleRule) ? 2 : 0)
                  | (e.country().equals(populationRule) ? 4 : 0),
              features);
      double s = model.score(features, m);
      if (s > bestScore) {
        second = bestScore;
        bestScore = s;
        best = k;
        if (explain) {
          bestWhy = model.explain(features, m, s);
        }
      } else if (s > second) {
        second = s;
      }
      if (record) {
        List<String> names = new ArrayList<>(m);
        for (int f = 0; f < m; f++) {
          names.add(CountryFeatures.name(features[f]));
        }
        noted.add(new CountryDecision.Option(e.country(), e.label(), e.population(), names, s));
      }
    }
    boolean chosen =
        best >= 0 && (!model.decides() || !(bestScore < model.margin())) && bestScore > second;
    if (explain && best >= 0) {
      c.evidence =
          (model.decides() ? "country model: " : "country model (explains only): ")
              + options[best].country()
              + ": "
              + bestWhy
              + (n > 1 ? String.format(Locale.ROOT, ", next best %.2f", second) : "")
              + (chosen
                  ? ""
                  : bestScore > second
                      ? String.format(Locale.ROOT, ", below the margin %.2f", model.margin())
                      : ", a tie");
    }
    if (record) {
      c.countryDecision =
          new CountryDecision(
              t.startOffset(c.from),
              t.endOffset(c.to - 1),
              t.text(c.from, c.to),
              noted,
              chosen ? options[best].country() : "");
    }
    return chosen ? options[best] : null;
  }

  /**
   * When the article mentions any of the candidates' countries: the entry whose country the
   * paragraph and article mention most, weighed with the place's size (a capital of ten million
   * beats a town of forty thousand in a country mentioned once more); null when none is mentioned
   * or two countries come out level.
   */
  private PlaceEntry byScore(PlaceCandidate c, ArticlePlaces article, int paragraph) {
    double anySupport = 0;
    for (PlaceEntry e : c.entries) {
      if (e.hasCountry()) {
        anySupport += support(e.country(), article, paragraph);
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
          2 * article.inParagraph(paragraph, e.country())
              + article.inArticle(e.country())
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
    PlaceEntry top = largest(c);
    long topSize = top == null ? 0 : size(top);
    if (topSize < POPULATION_FLOOR) {
      return null;
    }
    for (PlaceEntry e : c.entries) {
      if (e.hasCountry()
          && !e.country().equals(top.country())
          && size(e) * POPULATION_RATIO > topSize) {
        return null;
      }
    }
    return top;
  }

  private static String country(PlaceEntry e) {
    return e == null ? "" : e.country();
  }

  private PlaceKind kindOf(TokenSequence t, PlaceCandidate c, PlaceEntry chosen) {
    if (chosen.kind() != PlaceKind.CAPITAL) {
      return chosen.kind();
    }
    int next = c.to;
    // "Officials in Brussels said": after a preposition of place the city is where they are
    boolean government =
        t.is(c.to - 1, TokenFlags.POSSESSIVE)
            || (!PlaceContext.locativeBefore(t, c.from)
                && next < t.size()
                && !t.is(next, TokenFlags.PUNCT_BEFORE)
                && t.is(next, TokenFlags.LOWER)
                && (Lexicons.in(lex.speechVerbs, t, next)
                    || Lexicons.in(GOVERNMENT_VERBS, t, next)
                    || SpanishPerfectVerbs.at(lex, t, next)));
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
}
