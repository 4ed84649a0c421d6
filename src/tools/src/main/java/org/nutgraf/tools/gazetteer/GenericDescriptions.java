package org.nutgraf.tools.gazetteer;

import java.util.Set;

/**
 * Tells names such as "Northern District", "Capital Region" or "Federal District" apart: a
 * direction or rank and a word for a division, which many countries use ("the Southern District of
 * New York") and which name no place without more context.
 */
final class GenericDescriptions {
  /** Words that describe a part of any country rather than name one. */
  private static final Set<String> DESCRIPTIVE_WORDS =
      Set.of(
          "north",
          "northern",
          "south",
          "southern",
          "east",
          "eastern",
          "west",
          "western",
          "central",
          "centre",
          "center",
          "capital",
          "federal",
          "national",
          "far",
          "extreme",
          "upper",
          "lower",
          "middle",
          "mid");

  private static final Set<String> DIVISION_WORDS =
      Set.of("district", "province", "region", "department", "state", "area", "zone", "division");

  private GenericDescriptions() {}

  /**
   * Whether {@code key} (a folded name) is only descriptive and division words, ending with a
   * division word.
   */
  static boolean isGeneric(String key) {
    String[] words = key.split("[ -]");
    if (words.length < 2 || !DIVISION_WORDS.contains(words[words.length - 1])) {
      return false;
    }
    for (int i = 0; i < words.length - 1; i++) {
      if (!DESCRIPTIVE_WORDS.contains(words[i]) && !DIVISION_WORDS.contains(words[i])) {
        return false;
      }
    }
    return true;
  }
}
