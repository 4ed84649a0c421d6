package org.nutgraf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.recognition.EntityRecognizer;
import org.nutgraf.recognition.KnownNames;
import org.nutgraf.recognition.Lexicons;

/** The person analyzer: names without titles, by default or with the recogniser it is given. */
class PersonNameAnalyzerTest {
  private static List<String> analyze(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("persons", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void byDefaultItEmitsTheNameWithoutItsTitle() throws IOException {
    try (PersonNameAnalyzer a = new PersonNameAnalyzer()) {
      assertEquals(
          List.of("Tomas Ferrer"), analyze(a, "Mayor Tomas Ferrer opened the bridge on Monday."));
    }
  }

  @Test
  void aRecogniserWithKnownNamesFindsANameTheDefaultsMiss() throws IOException {
    String text = "Crowds cheered for Quorvan Blesk on the pier.";
    KnownNames known = folded -> folded.equals("quorvan blesk");
    EntityRecognizer r = new EntityRecognizer(Gazetteer.defaults(), Lexicons.defaults(), known);
    try (PersonNameAnalyzer plain = new PersonNameAnalyzer()) {
      assertEquals(List.of(), analyze(plain, text));
    }
    try (PersonNameAnalyzer a = new PersonNameAnalyzer(r)) {
      assertEquals(List.of("Quorvan Blesk"), analyze(a, text));
    }
  }
}
