package org.nutgraf.recognition;

import java.util.List;

/**
 * What the word lists and the gazetteer say of one folded word: the {@link Lexicons} bits of the
 * lists it is on, {@link WordTable#PLACE_START} when a place name starts with it, and the title
 * phrases it opens, longest first. One lookup of a token gives all of it.
 */
final class WordClass {
  /** A word that only starts place names. */
  static final WordClass PLACE_START_ONLY = new WordClass(WordTable.PLACE_START, List.of());

  final int bits;
  final List<Lexicons.Title> titles;

  WordClass(int bits, List<Lexicons.Title> titles) {
    this.bits = bits;
    this.titles = titles;
  }
}
