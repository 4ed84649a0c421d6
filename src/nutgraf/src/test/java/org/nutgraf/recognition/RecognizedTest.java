package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nutgraf.gazetteer.PlaceKind;

/** What recognition found: lists the caller cannot change, nor change behind its back. */
class RecognizedTest {
  @Test
  void theListsAreCopiesThatCannotBeChanged() {
    List<PlaceMention> places = new ArrayList<>();
    places.add(new PlaceMention(0, 4, "Peru", PlaceKind.COUNTRY, "PE", "Peru", ""));
    Recognized r = new Recognized(places, List.of());
    places.clear();
    assertEquals(1, r.places().size(), "a later change of the caller's list does not show");
    assertThrows(UnsupportedOperationException.class, () -> r.places().clear());
    assertThrows(UnsupportedOperationException.class, () -> r.persons().clear());
  }

  @Test
  void nothingFoundIsEmptyAndNullListsAreRefused() {
    assertTrue(Recognized.EMPTY.places().isEmpty());
    assertTrue(Recognized.EMPTY.persons().isEmpty());
    assertThrows(NullPointerException.class, () -> new Recognized(null, List.of()));
  }
}
