package org.nutgraf.recognition;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.text.Folding;
import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenSequence;

/**
 * Rules out the readings of a place name that its surroundings contradict: a common word needs "in"
 * or "City, State" around it; a word mostly used otherwise ("Nice", "Reading") needs a preposition
 * of location; a short word in capitals is an abbreviation; a one-word town next to a verb of
 * saying is the speaker; "turkey" in the article makes a sentence-initial "Turkey" the bird, and so
 * do words of the kitchen after it ({@link FoodContext}); "her son, Austin" is the son ({@link
 * KinNames}); "Jos. A. Bank" is a shortened given name ({@link ShortenedGivenNames}); "Suffolk
 * County" is no British county ({@link CountyForm}); "300 BC" is an era ({@link EraAbbreviations});
 * "Roe v. Wade" names parties to a case ({@link CaseParties}). A dateline ("ATLANTA —") is a place
 * whatever the word. One per article: not thread-safe.
 */
final class PlaceContextRules {
  /** A town this large is a place after "in" even when its name is mostly a word ("Nice"). */
  private static final long SIZEABLE_TOWN = 100_000;

  private final Lexicons lex;
  private final boolean explain;

  /** Per article: whether a lower-case word occurs in it, so each word is looked for once. */
  private final Map<String, Boolean> lowerSeen = new HashMap<>();

  /** Per article: whether a county name occurs followed by "County" ("Suffolk County"). */
  private final Map<String, Boolean> countySeen = new HashMap<>();

  /** The entries the candidate at hand keeps: reused from candidate to candidate. */
  private PlaceEntry[] kept = new PlaceEntry[8];

  PlaceContextRules(Lexicons lex, boolean explain) {
    this.lex = lex;
    this.explain = explain;
  }

  /** Forgets what the previous article used. */
  void startArticle() {
    lowerSeen.clear();
    countySeen.clear();
  }

  /** Drops the entries of {@code c} that its context rules out, and {@code c} if none is left. */
  void apply(TokenSequence t, PlaceCandidate c, List<TokenSequence> texts) {
    if (PlaceContext.dateline(t, c)) {
      c.dateline = true;
      return;
    }
    if (EraAbbreviations.era(t, c.from, c.to)) {
      c.dropped = true;
      c.evidence = explain ? "'" + t.text(c.from, c.to) + "' is an era after a year" : "";
      return;
    }
    if (ShortenedGivenNames.opens(t, c)) {
      c.dropped = true;
      c.evidence =
          explain
              ? "'" + t.text(c.from, c.to) + "' opens a name with its given name shortened"
              : "";
      return;
    }
    if (CaseParties.party(lex, t, c)) {
      c.dropped = true;
      c.evidence = explain ? "'" + t.text(c.from, c.to) + "' names a party to a court case" : "";
      return;
    }
    if (KinNames.after(t, c.from)) {
      c.dropped = true;
      c.evidence = explain ? "'" + t.text(c.from, c.to) + "' names a relative or a pet" : "";
      return;
    }
    if (kept.length < c.entries.length) {
      kept = new PlaceEntry[c.entries.length];
    }
    int keeps = 0;
    String why = "";
    String surface = explain ? "'" + t.text(c.from, c.to) + "'" : "";
    boolean uninformative = t.caseIsUninformative(c.from);
    boolean comma = PlaceContext.commaPlaceAfter(t, c);
    boolean preposition = PlaceContext.prepositionBefore(t, c.from);
    boolean locative = !uninformative && PlaceContext.locativeBefore(t, c.from);
    // "in West Wales", "at South Ossett Church": the word opens a longer name
    boolean nameGoesOn =
        c.to < t.size()
            && !t.is(c.to, TokenFlags.PUNCT_BEFORE)
            && t.is(c.to, TokenFlags.CAPITALIZED);
    boolean speaker =
        !comma
            && !preposition
            && !t.is(c.from, TokenFlags.COMMA_BEFORE) // "in Hamilton, Ontario said"
            && !c.opensATeamsName // "said Chicago Cubs fans": the team's city, not the speaker
            && PlaceContext.speakerPosition(t, c);
    // "EST", "NBA", "SANA": a short word in capitals amid ordinary text is an abbreviation
    boolean acronym =
        c.to - c.from == 1
            && t.is(c.from, TokenFlags.ALL_CAPS)
            && !t.isAllCaps()
            && t.length(c.from) <= 4;
    for (PlaceEntry e : c.entries) {
      boolean countryLevel = e.kind().isCountryLevel();
      if (acronym && !countryLevel && !comma && !listedInCapitals(t, c, e)) {
        why = surface + " is an abbreviation";
        continue;
      }
      if (CountyForm.rulesOut(t, c.to, e)
          || (CountyForm.countyFirst(e)
              && c.to - c.from == 1
              && countySeen.computeIfAbsent(e.name(), n -> CountyForm.countyInArticle(texts, n)))) {
        why = surface + " is an American 'County' in this article";
        continue;
      }
      if (innerCapitalInLowerCase(t, c, e)) {
        why = surface + " lacks the capital inside '" + e.name() + "'";
        continue;
      }
      if (speaker && !countryLevel && e.kind() != PlaceKind.CAPITAL) {
        why = surface + " is the speaker next to a verb of saying";
        continue;
      }
      // "in Nice", "near Reading": a sizeable town still counts when the sentence puts it there
      boolean locatedTown = locative && !nameGoesOn && e.population() >= SIZEABLE_TOWN;
      if (e.has(PlaceEntry.NOT_PLACE) && !countryLevel && !comma && !locatedTown) {
        why = surface + " is rarely a place";
        continue;
      }
      if (e.has(PlaceEntry.COMMON_WORD)
          && !countryLevel
          && (uninformative || !(preposition || comma))) {
        why = surface + " is also a common word";
        continue;
      }
      if (e.has(PlaceEntry.LOWER_HOMONYM) && FoodContext.food(t, c.from, c.to)) {
        why = surface + " is the food";
        continue;
      }
      if (e.has(PlaceEntry.LOWER_HOMONYM)
          && (uninformative || PlaceContext.insideAName(t, c, lex))
          && lowerSeen.computeIfAbsent(e.name(), n -> lowerCaseInArticle(texts, n))) {
        why =
            explain ? "the article uses '" + e.name().toLowerCase(Locale.ROOT) + "' as a word" : "";
        continue;
      }
      if (e.has(PlaceEntry.GIVEN_NAME)
          && uninformative
          && !preposition
          && !comma
          && !c.opensATeamsName
          && (e.kind() == PlaceKind.CITY || e.kind() == PlaceKind.PLACE)
          && e.population() < 1_000_000) {
        why = surface + " may be a given name";
        continue;
      }
      kept[keeps++] = e;
    }
    if (keeps < c.entries.length) {
      c.entries = Arrays.copyOf(kept, keeps);
    }
    if (c.entries.length == 0) {
      c.dropped = true;
      c.evidence = why;
    }
  }

  /**
   * Whether the gazetteer lists the region's name in capitals as the text writes it ("NSW",
   * "CDMX"): an abbreviation of the region itself, not a word that happens to spell a place.
   */
  private static boolean listedInCapitals(TokenSequence t, PlaceCandidate c, PlaceEntry e) {
    return e.kind() == PlaceKind.REGION
        && t.length(c.from) == e.name().length()
        && t.text(c.from, c.to).equals(e.name());
  }

  /**
   * Whether the name has a capital inside a word ("NoMa", "SoHo") that the text writes in lower
   * case ("Noma"): then the text names something else. Text in capitals passes.
   */
  private static boolean innerCapitalInLowerCase(TokenSequence t, PlaceCandidate c, PlaceEntry e) {
    String name = e.name();
    if (c.to - c.from != 1 || t.length(c.from) != name.length()) {
      return false;
    }
    String text = null;
    for (int k = 1; k < name.length(); k++) {
      if (Character.isUpperCase(name.charAt(k)) && Character.isLowerCase(name.charAt(k - 1))) {
        if (text == null) {
          text = t.text(c.from, c.to);
        }
        if (Character.isLowerCase(text.charAt(k))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether any text of the article has the name as a lower-case word ("turkey"). */
  private static boolean lowerCaseInArticle(List<TokenSequence> texts, String name) {
    String folded = Folding.fold(name);
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
