package org.nutgraf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nutgraf.bench.PersonPool.Person;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.recognition.Lexicons;

/** Made-up persons of the corpus: the same for a seed, none named like a place. */
class PersonPoolTest {
  private static final Lexicons LEXICONS = Lexicons.defaults();

  private static List<String> names(PersonPool pool, long seed, int n) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(pool.person(random).fullName());
    }
    return out;
  }

  @Test
  void theSameSeedGivesTheSamePersonsAndAnotherSeedOthers() {
    Gazetteer none = new Gazetteer.Builder().build();
    List<String> a = names(new PersonPool(7, 500, none, LEXICONS), 1, 200);
    assertEquals(a, names(new PersonPool(7, 500, none, LEXICONS), 1, 200));
    assertNotEquals(a, names(new PersonPool(8, 500, none, LEXICONS), 1, 200));
  }

  @Test
  void aPersonIsAGivenNameAndASurname() {
    Person p =
        new PersonPool(3, 100, new Gazetteer.Builder().build(), LEXICONS)
            .person(new SplittableRandom(0));
    assertEquals(p.given() + " " + p.surname(), p.fullName());
    assertTrue(p.given().matches("[A-Z][a-z]+"), p.given());
    assertTrue(p.surname().matches("[A-Z][A-Za-z]+"), p.surname());
    assertTrue(LEXICONS.isGivenName(p.given().toLowerCase()), p.given());
  }

  @Test
  void namesThatAreAlsoPlacesAreNeverUsed() {
    Gazetteer.Builder b = new Gazetteer.Builder();
    b.add(new PlaceEntry("Delgado", PlaceKind.CITY, "PT", "", 1_000, 0, "Delgado"));
    b.add(new PlaceEntry("Maria", PlaceKind.CITY, "BR", "", 1_000, 0, "Maria"));
    PersonPool pool = new PersonPool(5, 3_000, b.build(), LEXICONS);
    SplittableRandom random = new SplittableRandom(2);
    for (int i = 0; i < 20_000; i++) {
      Person p = pool.person(random);
      assertNotEquals("Delgado", p.surname());
      assertNotEquals("Maria", p.given());
    }
  }

  @Test
  void somePersonsAreInTheNewsFarMoreThanOthers() {
    PersonPool pool = new PersonPool(11, 2_000, new Gazetteer.Builder().build(), LEXICONS);
    List<String> drawn = names(pool, 4, 5_000);
    Set<String> distinct = new HashSet<>(drawn);
    assertTrue(distinct.size() > 200, "distinct persons " + distinct.size());
    long top = distinct.stream().mapToLong(n -> Collections.frequency(drawn, n)).max().orElse(0);
    assertTrue(top > 200, "the most frequent person drawn " + top + " times of 5000");
  }

  @Test
  void aTitleIsOneOfTheKnownOnes() {
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 100; i++) {
      String t = PersonPool.title(random);
      assertTrue(t.matches("[A-Z][a-z]+\\.?( [A-Z][a-z]+)?"), t);
    }
  }
}
