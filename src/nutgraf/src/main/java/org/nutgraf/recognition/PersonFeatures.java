package org.nutgraf.recognition;

import org.nutgraf.text.TokenSequence;

/**
 * The features a person candidate is decided on: the evidence the matcher weighs (a title, a given
 * name, a verb of saying, a known name), the span's shape and place in the sentence, and four word
 * features hashed into buckets (the word before, the word after, the first word and the last word's
 * ending). Each feature is an index below {@link #COUNT}; its name is what the weights file lists.
 */
final class PersonFeatures {
  static final int BIAS = 0;
  static final int TITLE = 1;
  static final int ROLE = 2;
  static final int HONORIFIC = 3;
  static final int AFTER_SPEECH = 4;
  static final int INITIALS = 5;
  static final int GIVEN_FIRST = 6;
  static final int CAPITALISED = 7;
  static final int FAMILY_NAME = 8;
  static final int HYPHENATED_GIVEN = 9;
  static final int WHO = 10;
  static final int APPOSITION = 11;
  static final int BEFORE_CUE = 12;
  static final int SUFFIX = 13;
  static final int KNOWN_NAME = 14;
  static final int KNOWN_SURNAME = 15;
  static final int FULL_IN_ARTICLE = 16;
  static final int TITLED_IN_ARTICLE = 17;
  static final int SURNAME_ELSEWHERE = 18;
  static final int SPLIT_NAME = 19;
  static final int ONE_WORD = 20;
  static final int TWO_WORDS = 21;
  static final int MORE_WORDS = 22;
  static final int TITLE_CASE_LINE = 23;
  static final int SENTENCE_START = 24;
  static final int FIRST_COMMON = 25;
  static final int LAST_COMMON = 26;
  static final int LAST_GIVEN = 27;
  static final int ANY_GIVEN = 28;
  static final int ON_PLACE = 29;
  static final int AFTER_THE = 30;
  static final int AFTER_PREPOSITION = 31;
  static final int POSSESSIVE = 32;
  static final int ALL_CAPS_WORD = 33;
  static final int QUOTED = 34;
  static final int IN_A_LIST = 35;
  static final int ON_LARGE_PLACE = 36;
  static final int ON_SMALL_TOWN_ONLY = 37;
  static final int LAST_KNOWN_SURNAME = 38;
  static final int LAST_WORD_RECURS = 39;
  static final int SAID_NEAR = 40;
  static final int NOT_GIVEN_FIRST_WORD = 41;
  static final int AFTER_PLURAL_ROLE = 42;
  static final int IN_ORGANISATION = 43;
  static final int COMPANY_AFTER = 44;
  static final int AFTER_CREDIT = 45;

  /** Hand-set evidence points 0, 1, 2, 3 and 4 or more: {@code SCORE + min(points, 4)}. */
  static final int SCORE = 46;

  private static final String[] NAMED = {
    "bias",
    "title",
    "role",
    "honorific",
    "after a verb of saying",
    "initials",
    "given name first",
    "capitalised words",
    "east asian family name",
    "hyphenated given name",
    "', who'",
    "apposition",
    "before a verb of saying or a person cue",
    "suffix",
    "known name",
    "known surname",
    "named in full in the article",
    "named with a title in the article",
    "surname alone has evidence",
    "split between two texts",
    "one word",
    "two words",
    "three words or more",
    "title-case line",
    "sentence start",
    "first word is a common word",
    "last word is a common word",
    "last word is a given name",
    "a given name",
    "on a weak place name",
    "after 'the'",
    "after a preposition",
    "possessive",
    "all-capitals word",
    "after a quote mark",
    "in a list of names with a person",
    "on a place of 100,000 people or a region or country",
    "on a small town's name only",
    "last word is a known surname",
    "last word recurs in the article",
    "a verb of saying within three words after",
    "first word is on no list",
    "after a plural role",
    "after an organisation word and 'of'",
    "a company's word after it",
    "after a credit ('Editing by')",
    "evidence points 0",
    "evidence points 1",
    "evidence points 2",
    "evidence points 3",
    "evidence points 4+"
  };

  /** Buckets of each hashed word feature. */
  static final int BUCKETS = 512;

  static final int PREVIOUS = NAMED.length;
  static final int NEXT = PREVIOUS + BUCKETS;
  static final int FIRST = NEXT + BUCKETS;
  static final int ENDING = FIRST + BUCKETS;

  /** Number of features. */
  static final int COUNT = ENDING + BUCKETS;

  private static final String[] HASHED = {"previous word", "next word", "first word", "ending"};

  private PersonFeatures() {}

  /** The name of feature {@code f}, as the weights file lists it ("title", "next word#17"). */
  static String name(int f) {
    if (f < 0 || f >= COUNT) {
      throw new IllegalArgumentException("no feature " + f);
    }
    if (f < PREVIOUS) {
      return NAMED[f];
    }
    return HASHED[(f - PREVIOUS) / BUCKETS] + "#" + ((f - PREVIOUS) % BUCKETS);
  }

  /** The feature named {@code name}, or -1 when there is none. */
  static int index(String name) {
    int named = WeightsFile.indexOf(NAMED, name);
    if (named >= 0) {
      return named;
    }
    int hash = name.lastIndexOf('#');
    if (hash < 0) {
      return -1;
    }
    String kind = name.substring(0, hash);
    for (int k = 0; k < HASHED.length; k++) {
      if (HASHED[k].equals(kind)) {
        try {
          int bucket = Integer.parseInt(name.substring(hash + 1));
          return bucket >= 0 && bucket < BUCKETS ? PREVIOUS + k * BUCKETS + bucket : -1;
        } catch (NumberFormatException e) {
          return -1;
        }
      }
    }
    return -1;
  }

  /** The bucket of the folded characters of token {@code i}, from {@code skip} chars on. */
  static int bucket(TokenSequence t, int i, int skip) {
    char[] folded = t.foldedBuffer();
    int start = t.foldedStart(i);
    int len = t.length(i);
    int h = 0x811c9dc5;
    for (int k = Math.max(0, Math.min(skip, len)); k < len; k++) {
      h = (h ^ folded[start + k]) * 0x01000193;
    }
    return (h ^ (h >>> 15)) & (BUCKETS - 1);
  }
}
