package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nutgraf.recognition.PlaceFixture.indexOf;
import static org.nutgraf.recognition.PlaceFixture.scan;

import org.junit.jupiter.api.Test;
import org.nutgraf.text.TokenSequence;

/**
 * A country that is also a food is the food before a word of the kitchen, or of the market at a
 * feast.
 */
class FoodContextTest {
  private static boolean food(String text, String name) {
    TokenSequence t = scan(text);
    int i = indexOf(t, name);
    return FoodContext.food(t, i, i + 1);
  }

  @Test
  void aWordOfTheKitchenAfterTheNameMakesItTheFood() {
    assertTrue(food("Turkey sandwiches sold out by noon.", "Turkey"));
    assertTrue(food("She roasted Chile peppers for the salsa.", "Chile"));
    assertTrue(food("Grandma's Turkey gravy recipe won.", "Turkey"));
  }

  @Test
  void aWordOfTheMarketIsTheFoodOnlyWhereAFeastIsNamed() {
    assertTrue(food("Turkey prices climbed in the weeks before Thanksgiving.", "Turkey"));
    assertFalse(food("Turkey prices climbed after the central bank moved.", "Turkey"));
  }

  @Test
  void aPossessiveKeepsTheCountry() {
    assertFalse(food("Turkey's farmers protested before Christmas.", "Turkey"));
  }

  @Test
  void punctuationACapitalOrTheEndOfTheTextKeepTheCountry() {
    assertFalse(food("They flew to Turkey, sandwiches in hand.", "Turkey"));
    assertFalse(food("Visit Turkey Sandwiches Ltd today.", "Turkey"));
    assertFalse(food("They flew to Turkey", "Turkey"));
    assertFalse(food("Turkey sent troops to the border.", "Turkey"));
  }
}
