package org.nutgraf.recognition;

import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;

/**
 * The features one country of an ambiguous place name is weighed on ({@link CountryModel}): how the
 * size of its place compares with the largest namesake abroad, the place's own size and kind,
 * whether the name is another name of that place, how often the article and the paragraph name the
 * country and its rivals, whether the article names a town of the place's region, the flags of the
 * name itself, and which of the hand-set rules of {@link CountryChoice} choose the country. Each
 * feature is an index below {@link #COUNT}; its name is what the weights file lists.
 */
final class CountryFeatures {
  static final int BIAS = 0;
  static final int TEN_TIMES_LARGER = 1;
  static final int THREE_TIMES_LARGER = 2;
  static final int LARGER = 3;
  static final int SMALLER = 4;
  static final int THREE_TIMES_SMALLER = 5;
  static final int TEN_TIMES_SMALLER = 6;
  static final int POPULATION_UNKNOWN = 7;
  static final int POPULATION_UNDER_10K = 8;
  static final int POPULATION_UNDER_100K = 9;
  static final int POPULATION_UNDER_1M = 10;
  static final int POPULATION_1M_UP = 11;
  static final int KIND_CAPITAL = 12;
  static final int KIND_REGION = 13;
  static final int KIND_CITY = 14;
  static final int KIND_OTHER = 15;
  static final int ANOTHER_NAME = 16;
  static final int NAMED_ONCE = 17;
  static final int NAMED_TWICE_OR_MORE = 18;
  static final int NAMED_IN_PARAGRAPH = 19;
  static final int RIVAL_NAMED = 20;
  static final int RIVAL_NAMED_MORE = 21;
  static final int TOWN_OF_ITS_REGION = 22;
  static final int GIVEN_NAME = 23;
  static final int COMMON_WORD = 24;
  static final int RULE_CLEAR_SIZE = 25;
  static final int RULE_ARTICLE = 26;
  static final int RULE_POPULATION = 27;

  static final int COUNT = 28;

  /** The most features one country can have. */
  static final int MOST = 13;

  private static final String[] NAMES = {
    "bias",
    "ten times larger than any namesake abroad",
    "three to ten times larger than any namesake abroad",
    "larger than any namesake abroad",
    "up to three times smaller than a namesake abroad",
    "three to ten times smaller than a namesake abroad",
    "ten times smaller than a namesake abroad",
    "population unknown",
    "population under 10k",
    "population 10k-100k",
    "population 100k-1M",
    "population 1M or more",
    "kind capital",
    "kind region",
    "kind city",
    "kind other",
    "another name of the place",
    "its country named once in the article",
    "its country named twice or more in the article",
    "its country named in the paragraph",
    "a namesake's country named in the article",
    "a namesake's country named more often",
    "the article names a town of its region",
    "also a given name",
    "also a common word",
    "the size rule's choice",
    "the article rule's choice",
    "the population rule's choice",
  };

  private CountryFeatures() {}

  /** The name of feature {@code f}, as the weights file lists it. */
  static String name(int f) {
    return NAMES[f];
  }

  /** The feature named {@code name}, or -1. */
  static int index(String name) {
    return WeightsFile.indexOf(NAMES, name);
  }

  /**
   * Writes the features of choosing place {@code e} into {@code out} from index 0 and returns how
   * many there are.
   *
   * @param size what the place's size says about its name ({@link CountryChoice#size})
   * @param rivalSize the same of the largest namesake in another country
   * @param named how often the article names the place's country (a user's bias included)
   * @param inParagraph how often the paragraph names it
   * @param rivalNamed how often the article names the country of the most named namesake
   * @param townOfRegion whether the article names a town of the place's first-level region
   * @param rules which of the hand-set rules of {@link CountryChoice} choose this country: bit 0
   *     far larger than every namesake, bit 1 the article's countries weighed with size, bit 2
   *     clearly the largest
   */
  static int of(
      PlaceEntry e,
      long size,
      long rivalSize,
      double named,
      double inParagraph,
      double rivalNamed,
      boolean townOfRegion,
      int rules,
      int[] out) {
    int n = 0;
    out[n++] = BIAS;
    out[n++] = ratio((size + 1.0) / (rivalSize + 1.0));
    long pop = e.population();
    out[n++] =
        pop <= 0
            ? POPULATION_UNKNOWN
            : pop < 10_000
                ? POPULATION_UNDER_10K
                : pop < 100_000
                    ? POPULATION_UNDER_100K
                    : pop < 1_000_000 ? POPULATION_UNDER_1M : POPULATION_1M_UP;
    out[n++] =
        e.kind() == PlaceKind.CAPITAL
            ? KIND_CAPITAL
            : e.kind() == PlaceKind.REGION
                ? KIND_REGION
                : e.kind() == PlaceKind.CITY ? KIND_CITY : KIND_OTHER;
    if (size < e.population()) {
      out[n++] = ANOTHER_NAME;
    }
    if (named >= 2) {
      out[n++] = NAMED_TWICE_OR_MORE;
    } else if (named > 0) {
      out[n++] = NAMED_ONCE;
    }
    if (inParagraph > 0) {
      out[n++] = NAMED_IN_PARAGRAPH;
    }
    if (rivalNamed > named) {
      out[n++] = RIVAL_NAMED_MORE;
    } else if (rivalNamed > 0) {
      out[n++] = RIVAL_NAMED;
    }
    if (townOfRegion) {
      out[n++] = TOWN_OF_ITS_REGION;
    }
    if (e.has(PlaceEntry.GIVEN_NAME)) {
      out[n++] = GIVEN_NAME;
    } else if (e.has(PlaceEntry.COMMON_WORD)) {
      out[n++] = COMMON_WORD;
    }
    if ((rules & 1) != 0) {
      out[n++] = RULE_CLEAR_SIZE;
    }
    if ((rules & 2) != 0) {
      out[n++] = RULE_ARTICLE;
    }
    if ((rules & 4) != 0) {
      out[n++] = RULE_POPULATION;
    }
    return n;
  }

  private static int ratio(double r) {
    if (r >= 10) {
      return TEN_TIMES_LARGER;
    } else if (r >= 3) {
      return THREE_TIMES_LARGER;
    } else if (r > 1) {
      return LARGER;
    } else if (r > 1 / 3.0) {
      return SMALLER;
    } else if (r > 0.1) {
      return THREE_TIMES_SMALLER;
    }
    return TEN_TIMES_SMALLER;
  }
}
