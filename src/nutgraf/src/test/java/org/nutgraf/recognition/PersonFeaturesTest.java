package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nutgraf.recognition.PlaceFixture.indexOf;
import static org.nutgraf.recognition.PlaceFixture.scan;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nutgraf.text.TokenSequence;

/** The person features' names, as the weights file lists them, and the word buckets. */
class PersonFeaturesTest {
  @Test
  void namedFeaturesHaveDistinctNamesThatReadBack() {
    Set<String> names = new HashSet<>();
    for (int f = 0; f < PersonFeatures.PREVIOUS; f++) {
      String name = PersonFeatures.name(f);
      assertTrue(names.add(name), "twice: " + name);
      assertEquals(f, PersonFeatures.index(name));
    }
    assertEquals("title", PersonFeatures.name(PersonFeatures.TITLE));
    assertEquals("in a list of names with a person", PersonFeatures.name(PersonFeatures.IN_A_LIST));
  }

  @Test
  void theEvidencePointsFeaturesFollowTheNamedOnesUpToFourOrMore() {
    assertEquals("evidence points 0", PersonFeatures.name(PersonFeatures.SCORE));
    assertEquals("evidence points 4+", PersonFeatures.name(PersonFeatures.SCORE + 4));
    assertEquals(PersonFeatures.SCORE + 5, PersonFeatures.PREVIOUS);
  }

  @Test
  void hashedFeaturesAreNamedByKindAndBucket() {
    assertEquals("previous word#0", PersonFeatures.name(PersonFeatures.PREVIOUS));
    assertEquals("next word#17", PersonFeatures.name(PersonFeatures.NEXT + 17));
    assertEquals(
        "ending#" + (PersonFeatures.BUCKETS - 1), PersonFeatures.name(PersonFeatures.COUNT - 1));
    assertEquals(PersonFeatures.FIRST + 300, PersonFeatures.index("first word#300"));
  }

  @Test
  void anIndexOutsideTheFeaturesIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> PersonFeatures.name(PersonFeatures.COUNT));
    assertEquals("no feature " + PersonFeatures.COUNT, e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PersonFeatures.name(-1));
  }

  @Test
  void anUnknownNameOrBucketIsMinusOne() {
    assertEquals(-1, PersonFeatures.index("middle word#3"));
    assertEquals(-1, PersonFeatures.index("next word#" + PersonFeatures.BUCKETS));
    assertEquals(-1, PersonFeatures.index("next word#-1"));
    assertEquals(-1, PersonFeatures.index("next word#x"));
    assertEquals(-1, PersonFeatures.index("Title"));
    assertEquals(-1, PersonFeatures.index(""));
  }

  @Test
  void aWordFallsInTheSameBucketWhateverItsCaseOrAccents() {
    TokenSequence t = scan("Muñoz met MUNOZ and munoz beside Ferrer.");
    int a = PersonFeatures.bucket(t, indexOf(t, "Muñoz"), 0);
    assertEquals(a, PersonFeatures.bucket(t, indexOf(t, "MUNOZ"), 0));
    assertEquals(a, PersonFeatures.bucket(t, indexOf(t, "munoz"), 0));
    assertTrue(a >= 0 && a < PersonFeatures.BUCKETS);
  }

  @Test
  void skippingCharactersBucketsTheWordsEnding() {
    TokenSequence t = scan("Alvarez and Perez and Ferrer");
    int alvarez = indexOf(t, "Alvarez");
    int perez = indexOf(t, "Perez");
    assertEquals(
        PersonFeatures.bucket(t, alvarez, 4),
        PersonFeatures.bucket(t, perez, 2),
        "both end in 'rez'");
    assertNotEquals(PersonFeatures.bucket(t, alvarez, 0), PersonFeatures.bucket(t, perez, 0));
    assertEquals(
        PersonFeatures.bucket(t, alvarez, 100),
        PersonFeatures.bucket(t, indexOf(t, "Ferrer"), 100),
        "skipping past the end leaves nothing to tell words apart");
  }
}
