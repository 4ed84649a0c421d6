package org.nutgraf.recognition;

import java.util.Set;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenSequence;

/**
 * The features a place candidate is decided on (place or not): the gazetteer's kind and size of the
 * chosen place and the flags of its name (also a common word, a given name, a small town), and the
 * engine's evidence around it (a preposition of location before, sentence start, a capitalised
 * neighbour, an organisation word or a verb of saying after, a possessive, its country named
 * elsewhere in the article). Each feature is an index below {@link #COUNT}; its name is what the
 * weights file lists.
 */
final class PlaceFeatures {
  static final int BIAS = 0;
  static final int KIND_REGION = 1;
  static final int KIND_CITY = 2;
  static final int KIND_CAPITAL = 3;
  static final int KIND_OTHER = 4;
  static final int POPULATION_UNDER_10K = 5;
  static final int POPULATION_UNDER_100K = 6;
  static final int POPULATION_UNDER_1M = 7;
  static final int POPULATION_1M_UP = 8;
  static final int SMALL_TOWN = 9;
  static final int COMMON_WORD = 10;
  static final int GIVEN_NAME = 11;
  static final int OTHER_COUNTRIES = 12;
  static final int LOCATIVE_BEFORE = 13;
  static final int PREPOSITION_BEFORE = 14;
  static final int THE_BEFORE = 15;
  static final int OF_BEFORE = 16;
  static final int SENTENCE_START = 17;
  static final int CAPITAL_BEFORE = 18;
  static final int GIVEN_NAME_BEFORE = 19;
  static final int CAPITAL_AFTER = 20;
  static final int ORG_WORD_AFTER = 21;
  static final int PERSON_CUE_AFTER = 22;
  static final int POSSESSIVE = 23;
  static final int COMMA_PLACE_AFTER = 24;
  static final int SPEAKER_POSITION = 25;
  static final int ALL_CAPS = 26;
  static final int COUNTRY_IN_ARTICLE = 27;
  static final int WORD_ON_A_LIST = 28;
  static final int LOWER_WORD_AFTER = 29;
  static final int PUNCTUATION_AFTER = 30;

  static final int COUNT = 31;

  private static final String[] NAMES = {
    "bias",
    "kind region",
    "kind city",
    "kind capital",
    "kind other",
    "population under 10k",
    "population 10k-100k",
    "population 100k-1M",
    "population 1M or more",
    "a small town of that name",
    "also a common word",
    "also a given name",
    "places of that name in other countries",
    "a preposition of location before",
    "another preposition before",
    "'the' before",
    "'of' before",
    "sentence start",
    "a capitalised word before",
    "a given name before",
    "a capitalised word after",
    "an organisation word after",
    "a person cue after",
    "possessive",
    "a place after a comma",
    "next to a verb of saying",
    "all capitals",
    "its country named elsewhere in the article",
    "the word is on a person or organisation list",
    "a lower-case word after",
    "punctuation after",
  };

  private PlaceFeatures() {}

  /** The name of feature {@code f}, as the weights file lists it. */
  static String name(int f) {
    return NAMES[f];
  }

  /** The feature named {@code name}, or -1. */
  static int index(String name) {
    return WeightsFile.indexOf(NAMES, name);
  }

  /**
   * Whether the fitted place decision judges {@code c}: a name of one word that the rules kept and
   * resolved to a city, region or other place below country level, not as a dateline, not confirmed
   * by a "City, Region" pair, and whose name is doubtful, the borderline the rules are weakest on:
   * also a given name, a common word or a word on a person or organisation list, a small town's
   * name, or next to another capitalised word (part of a longer name). Countries, their names and
   * demonyms, longer names, datelines, pairs and plain town names stay with the rules.
   */
  static boolean applies(TokenSequence t, PlaceCandidate c, Lexicons lex) {
    if (c.dropped
        || c.chosen == null
        || c.to - c.from != 1
        || c.dateline
        || c.paired
        || c.chosen.kind().isCountryLevel()
        || c.chosen.kind() == PlaceKind.SUPRANATIONAL) {
      return false;
    }
    for (PlaceEntry e : c.entries) {
      if ((e.flags() & DOUBTFUL) != 0) {
        return true;
      }
    }
    int from = c.from;
    boolean capitalBefore =
        from > 0
            && !t.is(from, TokenFlags.PUNCT_BEFORE)
            && !t.is(from, TokenFlags.SENTENCE_START)
            && t.is(from - 1, TokenFlags.CAPITALIZED);
    boolean capitalAfter =
        c.to < t.size()
            && !t.is(c.to, TokenFlags.PUNCT_BEFORE)
            && t.is(c.to, TokenFlags.CAPITALIZED);
    return capitalBefore
        || capitalAfter
        || (lex.classify(t, from) & (Lexicons.GIVEN | Lexicons.ORG | Lexicons.NOT_PERSON)) != 0;
  }

  /** The flags of a gazetteer entry that make its name doubtful as a place. */
  private static final int DOUBTFUL =
      PlaceEntry.GIVEN_NAME
          | PlaceEntry.COMMON_WORD
          | PlaceEntry.LOWER_HOMONYM
          | PlaceEntry.SMALL_TOWN;

  /**
   * Writes the features of {@code c} into {@code out} and returns how many; {@code countries} holds
   * the countries the article's other country-level names give.
   */
  static int of(TokenSequence t, PlaceCandidate c, Lexicons lex, Set<String> countries, int[] out) {
    int n = 0;
    out[n++] = BIAS;
    PlaceEntry e = c.chosen;
    out[n++] =
        switch (e.kind()) {
          case REGION -> KIND_REGION;
          case CITY -> KIND_CITY;
          case CAPITAL -> KIND_CAPITAL;
          default -> KIND_OTHER;
        };
    long pop = e.population();
    out[n++] =
        pop < 10_000
            ? POPULATION_UNDER_10K
            : pop < 100_000
                ? POPULATION_UNDER_100K
                : pop < 1_000_000 ? POPULATION_UNDER_1M : POPULATION_1M_UP;
    if (c.has(PlaceEntry.SMALL_TOWN)) {
      out[n++] = SMALL_TOWN;
    }
    if (c.has(PlaceEntry.COMMON_WORD) || c.has(PlaceEntry.LOWER_HOMONYM)) {
      out[n++] = COMMON_WORD;
    }
    if (c.has(PlaceEntry.GIVEN_NAME)) {
      out[n++] = GIVEN_NAME;
    }
    for (PlaceEntry o : c.entries) {
      if (!o.country().equals(e.country())) {
        out[n++] = OTHER_COUNTRIES;
        break;
      }
    }
    int from = c.from;
    int to = c.to;
    boolean joined = from > 0 && !t.is(from, TokenFlags.PUNCT_BEFORE);
    if (PlaceContext.locativeBefore(t, from)) {
      out[n++] = LOCATIVE_BEFORE;
    } else if (PlaceContext.prepositionBefore(t, from)) {
      out[n++] = PREPOSITION_BEFORE;
    }
    if (joined && t.is(from - 1, TokenFlags.LOWER)) {
      String before = t.folded(from - 1);
      if (before.equals("the")) {
        out[n++] = THE_BEFORE;
      } else if (before.equals("of")) {
        out[n++] = OF_BEFORE;
      }
    }
    if (t.is(from, TokenFlags.SENTENCE_START)) {
      out[n++] = SENTENCE_START;
    } else if (joined && t.is(from - 1, TokenFlags.CAPITALIZED)) {
      out[n++] = CAPITAL_BEFORE;
      if (lex.isGivenName(t.folded(from - 1))) {
        out[n++] = GIVEN_NAME_BEFORE;
      }
    }
    if (to < t.size() && !t.is(to, TokenFlags.PUNCT_BEFORE)) {
      if (t.is(to, TokenFlags.CAPITALIZED)) {
        out[n++] = CAPITAL_AFTER;
      } else if (t.is(to, TokenFlags.LOWER)) {
        out[n++] = LOWER_WORD_AFTER;
      }
      int after = lex.classify(t, to);
      if ((after & Lexicons.ORG) != 0) {
        out[n++] = ORG_WORD_AFTER;
      }
      if ((after & Lexicons.PERSON_CUE) != 0) {
        out[n++] = PERSON_CUE_AFTER;
      }
    } else {
      out[n++] = PUNCTUATION_AFTER;
    }
    if (t.is(to - 1, TokenFlags.POSSESSIVE)) {
      out[n++] = POSSESSIVE;
    }
    if (PlaceContext.commaPlaceAfter(t, to)) {
      out[n++] = COMMA_PLACE_AFTER;
    }
    if (PlaceContext.speakerPosition(t, c)) {
      out[n++] = SPEAKER_POSITION;
    }
    if (t.is(from, TokenFlags.ALL_CAPS) && !t.isAllCaps()) {
      out[n++] = ALL_CAPS;
    }
    if (countries.contains(e.country())) {
      out[n++] = COUNTRY_IN_ARTICLE;
    }
    if ((lex.classify(t, from) & (Lexicons.GIVEN | Lexicons.ORG | Lexicons.NOT_PERSON)) != 0) {
      out[n++] = WORD_ON_A_LIST;
    }
    return n;
  }
}
