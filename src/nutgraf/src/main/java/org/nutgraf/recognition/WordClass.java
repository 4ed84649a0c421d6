package org.nutgraf.recognition;

import java.util.List;
import org.nutgraf.gazetteer.NameWalk;

/**
 * What the word lists and the gazetteer say of one folded word: the {@link Lexicons} bits of the
 * lists it is on, {@link WordTable#PLACE_START} when a place name starts with it, and the title
 * phrases it opens, longest first. One lookup of a token gives all of it.
 */
final class WordClass {
  final int bits;
  final List<Lexicons.Title> titles;

  /**
   * Where a walk through the gazetteer's names stands after this word, when it starts a name: kept
   * the first time a text starts a walk at it, so that later walks start after it instead of
   * stepping over its characters again. Written by whichever thread comes first; a {@link
   * NameWalk.Mark} is immutable, and every thread would write an equal one.
   */
  NameWalk.Mark placeMark;

  WordClass(int bits, List<Lexicons.Title> titles) {
    this.bits = bits;
    this.titles = titles;
  }
}
