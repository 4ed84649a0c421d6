package org.nutgraf.recognition;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenSequence;

/**
 * "Turkey sandwiches", "Chile peppers", "Turkey prices rose ahead of Thanksgiving": a country whose
 * name is also a food ({@link PlaceEntry#LOWER_HOMONYM}) is the food when a word of the kitchen or
 * the farm follows it, or a word of the market does in a text that names a feast. A possessive
 * ("Turkey's prices") keeps the country.
 */
final class FoodContext {
  /** Words that follow a food and hardly a country ("Turkey sandwiches", "Brazil nuts"). */
  private static final CharArraySet FOOD =
      new CharArraySet(
          List.of(
              "dinner",
              "dinners",
              "sandwich",
              "sandwiches",
              "breast",
              "breasts",
              "meat",
              "legs",
              "drumsticks",
              "gravy",
              "stuffing",
              "roast",
              "burgers",
              "bacon",
              "flock",
              "flocks",
              "feathers",
              "peppers",
              "nuts",
              "recipe",
              "recipes"),
          false);

  /** Words of the market, which follow a food only where a feast is near ("Turkey prices"). */
  private static final CharArraySet MARKET =
      new CharArraySet(
          List.of("prices", "sales", "supplies", "shortage", "shortages", "farmers", "growers"),
          false);

  private static final CharArraySet FEASTS =
      new CharArraySet(List.of("thanksgiving", "christmas", "easter"), false);

  private FoodContext() {}

  /** Whether the name over tokens {@code from..to} of {@code t} reads as the food. */
  static boolean food(TokenSequence t, int from, int to) {
    if (to >= t.size()
        || t.is(to - 1, TokenFlags.POSSESSIVE)
        || t.is(to, TokenFlags.PUNCT_BEFORE)
        || !t.is(to, TokenFlags.LOWER)) {
      return false;
    }
    if (Lexicons.in(FOOD, t, to)) {
      return true;
    }
    if (!Lexicons.in(MARKET, t, to)) {
      return false;
    }
    for (int i = 0; i < t.size(); i++) {
      if (Lexicons.in(FEASTS, t, i)) {
        return true;
      }
    }
    return false;
  }
}
