package org.nutgraf.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A walk through the gazetteer's folded names, character by character and from a mark. */
class NameWalkTest {
  private static final Gazetteer GAZETTEER = Gazetteer.defaults();

  private static boolean steps(NameWalk walk, String folded) {
    for (int k = 0; k < folded.length(); k++) {
      if (!walk.step(folded.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  @Test
  void aWholeNameGivesItsEntries() {
    NameWalk walk = GAZETTEER.walk();

    assertTrue(steps(walk, "honduras"));
    assertTrue(walk.atName());
    assertEquals("HN", walk.entries().get(0).country());
  }

  @Test
  void aNameGroupReadLaterHoldsTheSameEntriesAfterTheWalkMovedOn() {
    NameWalk walk = GAZETTEER.walk();
    assertTrue(steps(walk, "san pedro sula"));
    List<PlaceEntry> entries = walk.entries();
    int group = walk.group();

    walk.reset();
    assertTrue(steps(walk, "honduras"));
    assertEquals(entries.size(), walk.groupSize(group));
    for (int k = 0; k < entries.size(); k++) {
      assertEquals(entries.get(k), walk.entry(group, k));
    }
    assertEquals("HN", walk.entry(walk.group(), 0).country());
  }

  @Test
  void aPrefixIsNoNameAndAWrongCharacterEndsTheWalk() {
    NameWalk walk = GAZETTEER.walk();

    assertTrue(steps(walk, "hondur"));
    assertFalse(walk.atName());
    assertThrows(IllegalStateException.class, walk::entries);
    assertThrows(IllegalStateException.class, walk::group);
    assertFalse(walk.step('q'));
  }

  @Test
  void aWalkRestoredFromAMarkGoesOnAsIfItHadSteppedThere() {
    NameWalk walk = GAZETTEER.walk();
    steps(walk, "san");
    NameWalk.Mark afterSan = walk.mark();
    steps(walk, " pedro sula");
    List<PlaceEntry> stepped = walk.entries();

    NameWalk other = GAZETTEER.walk();
    steps(other, "tegucigalpa");
    other.restore(afterSan);
    assertTrue(steps(other, " pedro sula"));
    assertEquals(stepped, other.entries());

    walk.reset();
    assertTrue(steps(walk, "honduras"));
    assertEquals("HN", walk.entries().get(0).country());
  }
}
