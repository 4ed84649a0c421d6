package org.nutgraf.recognition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.text.TokenSequence;

/**
 * Decides the country of each place candidate of an article, in three steps: the context rules
 * ({@link PlaceContextRules}), "City, State" pairs ({@link CityStatePairing}) and the small towns
 * no pair confirmed ({@link SmallTowns}), then the choice among the entries that are left, weighed
 * with what the rest of the article names ({@link CountryChoice}), where the names of a country's
 * own institutions count for that country ({@link InstitutionCountries}); a candidate inside such a
 * name that has no entry in its country is part of it ("Sabha" in "Lok Sabha"). A name nothing
 * decided is weighed once more when the others are resolved, their countries counting as named
 * ({@link #decideAgain}). Thread-safe.
 */
final class PlaceResolver {
  private final Lexicons lex;
  private final boolean explain;
  private final CountryChoice choice;
  private final InstitutionCountries institutions;

  /** Whether a clear size difference counts as the article naming a country (not under a bias). */
  private final boolean clearSizes;

  /** With the institution names that ship in the jar ({@link InstitutionCountries#defaults()}). */
  PlaceResolver(Gazetteer gazetteer, Lexicons lex, boolean explain) {
    this(gazetteer, lex, explain, InstitutionCountries.defaults(), false);
  }

  /**
   * With {@code record}, each name the fitted country choice weighs keeps its decision ({@link
   * PlaceCandidate#countryDecision}).
   */
  PlaceResolver(
      Gazetteer gazetteer,
      Lexicons lex,
      boolean explain,
      InstitutionCountries institutions,
      boolean record) {
    this.lex = lex;
    this.explain = explain;
    this.choice = new CountryChoice(gazetteer, lex, CountryModel.defaults(), explain, record);
    this.institutions = institutions;
    this.clearSizes = !gazetteer.hasBias();
  }

  /** Resolves every candidate of every paragraph of one article in place. */
  void resolve(List<TokenSequence> texts, List<List<PlaceCandidate>> candidates) {
    PlaceContextRules rules = new PlaceContextRules(lex, explain);
    Set<PlaceEntry> located = SmallTowns.locatedInArticle(lex, texts, candidates);
    List<String> named = new ArrayList<>();
    for (int p = 0; p < texts.size(); p++) {
      TokenSequence t = texts.get(p);
      List<PlaceCandidate> inText = candidates.get(p);
      institutions.find(
          t,
          (from, to, country) -> {
            named.add(country);
            InstitutionParts.drop(t, inText, from, to, country);
          });
      AmpersandFirms.drop(t, inText, explain);
      FamilyNames.drop(lex, t, inText, explain);
      for (PlaceCandidate c : candidates.get(p)) {
        if (!c.dropped) {
          rules.apply(t, c, texts);
        }
      }
      DescriptiveCoasts.mark(t, candidates.get(p));
      CityStatePairing.pair(t, candidates.get(p), explain);
    }
    PairedNames paired = PairedNames.of(texts, candidates);
    if (!paired.isEmpty()) {
      Set<PlaceEntry> both = Collections.newSetFromMap(new IdentityHashMap<>());
      both.addAll(located);
      paired.addTo(both);
      located = both;
    }
    for (int p = 0; p < texts.size(); p++) {
      SmallTowns.settle(lex, texts.get(p), candidates.get(p), located);
    }
    paired.spread(texts, candidates, explain);
    ArticlePlaces article = new ArticlePlaces(candidates, named, clearSizes);
    List<String> before = null; // the evidence of each name nothing decided, in text order
    for (int p = 0; p < texts.size(); p++) {
      for (PlaceCandidate c : candidates.get(p)) {
        if (!c.dropped) {
          String evidence = c.evidence;
          choice.choose(texts.get(p), c, article, p);
          if (c.undecided) {
            if (before == null) {
              before = new ArrayList<>();
            }
            before.add(evidence);
          }
        }
      }
    }
    if (before != null) {
      decideAgain(texts, candidates, named, before);
    }
  }

  /**
   * Weighs the names nothing decided once more, now that the article's other names are resolved:
   * their countries count as the article naming them ({@link ArticlePlaces}). A name still
   * undecided stays dropped with its reason.
   *
   * @param before the evidence each such name had before it was first weighed, in text order
   */
  private void decideAgain(
      List<TokenSequence> texts,
      List<List<PlaceCandidate>> candidates,
      List<String> named,
      List<String> before) {
    ArticlePlaces resolved = new ArticlePlaces(candidates, named, clearSizes, true);
    int k = 0;
    for (int p = 0; p < texts.size(); p++) {
      for (PlaceCandidate c : candidates.get(p)) {
        if (c.undecided) {
          c.dropped = false;
          c.undecided = false;
          c.evidence = before.get(k++);
          choice.choose(texts.get(p), c, resolved, p);
        }
      }
    }
  }
}
