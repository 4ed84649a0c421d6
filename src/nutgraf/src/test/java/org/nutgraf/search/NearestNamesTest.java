package org.nutgraf.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearestNamesTest {
  private static final List<String> COUNTRIES =
      List.of("Honduras", "Guatemala", "El Salvador", "Nicaragua", "Costa Rica", "Mexico");

  @Test
  void suggestsNamesWithinTwoEditsBestFirst() {
    assertEquals(List.of("Honduras"), NearestNames.of("Hondras", COUNTRIES, 3));
    assertEquals(List.of("Guatemala"), NearestNames.of("Guatamela", COUNTRIES, 3));
    assertEquals(List.of("Nicaragua"), NearestNames.of("NICARAGUA", COUNTRIES, 3));
    assertEquals(List.of(), NearestNames.of("Portugal", COUNTRIES, 3));
  }

  @Test
  void aMisspeltSurnameFindsTheFullName() {
    List<String> actors = List.of("Luis Videgaray", "Marta Quell", "Ivo Drasko");
    assertEquals(List.of("Luis Videgaray"), NearestNames.of("Videgarai", actors, 3));
    assertEquals(List.of("Marta Quell"), NearestNames.of("quell", actors, 3));
  }

  @Test
  void accentsAndCaseDoNotCountAsEdits() {
    assertEquals(
        List.of("Côte d'Ivoire"),
        NearestNames.of("cote divoire", List.of("Côte d'Ivoire", "Chad"), 3));
  }

  @Test
  void namesOutsideTheLengthWindowCostNoAutomatonRun() {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      many.add("Longname Number" + "x".repeat(i % 20)); // 15 to 34 letters
    }
    many.add("Hondurs");
    NearestNames near = NearestNames.counting("Honduras");
    assertEquals(List.of("Hondurs"), near.nearest(many, 3));
    // the whole keys are 15 letters and more, out of the window of "honduras" (8 ± 2); only the
    // surnames "number..." of 6 to 10 letters are run, at most twice each, and "hondurs" once
    long window = many.stream().filter(n -> n.length() - n.lastIndexOf(' ') - 1 <= 10).count();
    assertTrue(near.automatonRuns() <= 2 * window + 2, "runs " + near.automatonRuns());
    assertTrue(near.automatonRuns() < many.size(), "runs " + near.automatonRuns());
  }

  @Test
  void aVeryLongValueGetsNoSuggestion() {
    assertEquals(List.of(), NearestNames.of("h".repeat(65), List.of("h".repeat(65)), 3));
  }
}
