package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The full names of an article, asked for by their endings, starts and inner surnames. */
class FullNamesTest {
  private static String[] words(String name) {
    return name.split(" ");
  }

  private static FullNames of(String... names) {
    FullNames n = new FullNames();
    Work work = new Work();
    for (String name : names) {
      n.add(words(name), work);
    }
    return n;
  }

  @Test
  void anEmptySetKnowsNoName() {
    FullNames n = new FullNames();
    assertTrue(n.isEmpty());
    assertFalse(n.contains(words("ines laval")));
    assertFalse(n.endsOne(words("laval")));
    assertFalse(of("ines laval").isEmpty());
  }

  @Test
  void aWholeNameIsContainedButNotItsParts() {
    FullNames n = of("maria elena ruiz ortega");
    assertTrue(n.contains(words("maria elena ruiz ortega")));
    assertFalse(n.contains(words("ruiz ortega")));
    assertFalse(n.contains(words("maria elena")));
  }

  @Test
  void everyEndingEndsOneAndOnlyShorterOnesEndALongerOne() {
    FullNames n = of("maria elena ruiz ortega", "ortega");
    assertTrue(n.endsOne(words("ortega")));
    assertTrue(n.endsOne(words("ruiz ortega")));
    assertTrue(n.endsOne(words("maria elena ruiz ortega")));
    assertFalse(n.endsOne(words("elena ruiz")));
    assertTrue(n.endsALongerOne(words("ruiz ortega")));
    assertFalse(
        n.endsALongerOne(words("maria elena ruiz ortega")), "a name is not longer than itself");
  }

  @Test
  void aOneWordNameStartsNothingAndHasNoInnerSurname() {
    FullNames n = of("ortega", "tomas ferrer", "ada lin brill");
    assertFalse(n.startsOne("ortega"));
    assertTrue(n.startsOne("tomas"));
    assertTrue(n.startsOne("ada"));
    assertFalse(n.hasInnerSurname("tomas"), "two words have no inner surname");
    assertTrue(n.hasInnerSurname("lin"));
    assertFalse(n.hasInnerSurname("brill"));
    assertTrue(n.endsIn("ortega"));
    assertTrue(n.endsIn("brill"));
    assertFalse(n.endsIn("lin"));
  }

  @Test
  void addingCountsStepsForEveryWordAndCharacter() {
    FullNames n = new FullNames();
    Work work = new Work();
    n.add(words("ada lin brill"), work);
    // three words: 3 * 3 steps for the endings, and 4 + 4 + 6 characters with their spaces
    assertEquals(9 + 14, work.cost().steps());
    assertEquals(14, FullNames.chars(words("ada lin brill")));
  }
}
