package org.nutgraf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The corpus words: real nouns first, a made-up tail, Zipf-like draws the same for a seed. */
class VocabularyTest {
  @Test
  void theMostFrequentNounsAreRealNewsWordsAndTheTailIsMadeUp() {
    Vocabulary v = new Vocabulary(2_000);
    assertEquals("government", v.nounAt(0));
    assertEquals("talks", v.nounAt(1));
    int tail = 0;
    while (!v.nounAt(tail).equals(Vocabulary.madeUp(0))) {
      tail++;
    }
    assertTrue(tail > 100 && tail < 1_000, "real nouns: " + tail);
    for (int k = 0; tail + k < 2_000; k++) {
      assertEquals(Vocabulary.madeUp(k), v.nounAt(tail + k));
    }
  }

  @Test
  void everyNounIsDistinctEvenInALargeVocabulary() {
    int size = 20_000;
    Vocabulary v = new Vocabulary(size);
    Set<String> seen = new HashSet<>();
    for (int r = 0; r < size; r++) {
      assertTrue(seen.add(v.nounAt(r)), "noun " + r + " twice: " + v.nounAt(r));
    }
  }

  @Test
  void madeUpWordsAreLowerCaseLettersAndDifferForEachRank() {
    Set<String> seen = new HashSet<>();
    for (int r = 0; r < 50_000; r++) {
      String w = Vocabulary.madeUp(r);
      assertTrue(w.matches("[a-z]{3,}"), w);
      assertTrue(seen.add(w), "rank " + r + " repeats " + w);
    }
  }

  @Test
  void aSmallVocabularyHoldsOnlyThatManyNouns() {
    Vocabulary v = new Vocabulary(5);
    Set<String> drawn = new HashSet<>();
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 1_000; i++) {
      drawn.add(v.noun(random));
    }
    assertEquals(Set.of(v.nounAt(0), v.nounAt(1), v.nounAt(2), v.nounAt(3), v.nounAt(4)), drawn);
  }

  @Test
  void frequentRanksAreDrawnFarMoreOftenThanTheTail() {
    Vocabulary v = new Vocabulary(1_000);
    SplittableRandom random = new SplittableRandom(11);
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      counts.merge(v.noun(random), 1, Integer::sum);
    }
    int top = counts.getOrDefault(v.nounAt(0), 0);
    int rank500 = counts.getOrDefault(v.nounAt(500), 0);
    assertTrue(top > 10 * Math.max(1, rank500), "top " + top + ", rank 500 " + rank500);
  }

  @Test
  void theSameSeedDrawsTheSameWordsAndAnotherSeedOthers() {
    Vocabulary v = new Vocabulary(1_000);
    assertEquals(draws(v, 5), draws(v, 5));
    assertNotEquals(draws(v, 5), draws(v, 6));
  }

  private static List<String> draws(Vocabulary v, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      out.add(v.noun(random) + "/" + v.adjective(random) + "/" + v.verb(random));
    }
    return out;
  }
}
