package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One proposed span and its decision: a surface is required and its features are a copy. */
class PersonDecisionTest {
  @Test
  void featuresAreCopiedAndRepeatsKept() {
    List<String> features = new ArrayList<>(List.of("title", "given name first", "title"));
    PersonDecision d = new PersonDecision(4, 15, "Ines Laval", features, 1.5, true, false);
    features.clear();
    assertEquals(List.of("title", "given name first", "title"), d.features());
    assertThrows(UnsupportedOperationException.class, () -> d.features().add("suffix"));
  }

  @Test
  void aSurfaceIsRequired() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> new PersonDecision(0, 1, null, List.of(), 0, false, false));
    assertEquals("surface", e.getMessage());
  }
}
