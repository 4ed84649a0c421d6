package org.nutgraf.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nutgraf.recognition.Lexicons;
import org.nutgraf.recognition.PersonMention;

/** Grouping mentions into persons: what it merges, and that its work grows with the mentions. */
class CoreferenceTest {
  private final Coreference coreference =
      new Coreference(ActorDictionary.empty(), Lexicons.defaults());

  private static PersonMention mention(String name) {
    return new PersonMention(0, name.length(), name, name, Optional.empty(), Optional.empty(), "");
  }

  @Test
  void aSurnameIsThePersonNamedInFull() {
    List<List<Actor>> actors =
        coreference.resolve(
            List.of(List.of(mention("Marta Quintanilla")), List.of(mention("Quintanilla"))),
            Optional.empty(),
            Set.of());

    assertEquals("Marta Quintanilla", actors.get(1).get(0).name());
  }

  @Test
  void workGrowsLinearlyWithDistinctNames() {
    long small = steps(names(1_000));
    long large = steps(names(16_000));

    // every mention looks up its few candidates: about the same steps per mention at any size
    assertTrue(large <= 20L * 2 * 16_000, "steps " + large);
    assertTrue(large <= 20 * small, "1,000 names: " + small + " steps, 16,000: " + large);
  }

  @Test
  void oneSurnameSharedByManyPersonsIsWeighedAgainstABoundedFew() {
    List<PersonMention> mentions = new ArrayList<>();
    for (int i = 0; i < 4_000; i++) {
      mentions.add(mention(given(i) + " Okonkwo"));
      mentions.add(mention("Okonkwo"));
    }

    long steps = coreference.resolveCounted(List.of(mentions), Optional.empty(), Set.of()).steps();

    long bound =
        (long) mentions.size()
            * (Coreference.MAX_CANDIDATES * (Coreference.MAX_REFS_SCANNED + 2) + 20);
    assertTrue(steps <= bound, "steps " + steps + " over " + bound);
  }

  /** Made-up two-word names, all different, then each surname alone. */
  private static List<PersonMention> names(int n) {
    List<PersonMention> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(mention(given(i) + " " + surname(i)));
    }
    for (int i = 0; i < n; i++) {
      out.add(mention(surname(i)));
    }
    return out;
  }

  private long steps(List<PersonMention> mentions) {
    return coreference.resolveCounted(List.of(mentions), Optional.empty(), Set.of()).steps();
  }

  private static String given(int i) {
    return "Ta" + word(i);
  }

  private static String surname(int i) {
    return "Vo" + word(i * 7 + 3);
  }

  /** A made-up word for a number: its base-26 digits as letters. */
  private static String word(int i) {
    StringBuilder sb = new StringBuilder();
    int x = i;
    do {
      sb.append((char) ('a' + x % 26));
      x /= 26;
    } while (x > 0);
    return sb.toString();
  }
}
