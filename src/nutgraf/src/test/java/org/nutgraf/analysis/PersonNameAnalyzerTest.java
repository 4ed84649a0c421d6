package org.nutgraf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.recognition.EntityRecognizer;
import org.nutgraf.recognition.KnownNames;
import org.nutgraf.recognition.Lexicons;
import org.nutgraf.testing.Terms;

/** The person analyzer: names without titles, by default or with the recogniser it is given. */
class PersonNameAnalyzerTest {
  @Test
  void byDefaultItEmitsTheNameWithoutItsTitle() throws IOException {
    try (PersonNameAnalyzer a = new PersonNameAnalyzer()) {
      assertEquals(
          List.of("Tomas Ferrer"),
          Terms.of(a, "persons", "Mayor Tomas Ferrer opened the bridge on Monday."));
    }
  }

  @Test
  void aRecogniserWithKnownNamesFindsANameTheDefaultsMiss() throws IOException {
    String text = "Crowds cheered for Quorvan Blesk on the pier.";
    KnownNames known = folded -> folded.equals("quorvan blesk");
    EntityRecognizer r = new EntityRecognizer(Gazetteer.defaults(), Lexicons.defaults(), known);
    try (PersonNameAnalyzer plain = new PersonNameAnalyzer()) {
      assertEquals(List.of(), Terms.of(plain, "persons", text));
    }
    try (PersonNameAnalyzer a = new PersonNameAnalyzer(r)) {
      assertEquals(List.of("Quorvan Blesk"), Terms.of(a, "persons", text));
    }
  }
}
