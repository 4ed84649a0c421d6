package org.nutgraf.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.nutgraf.testing.Terms;

/** Headline and body text analysis: word breaks, lower case, folded accents, nothing dropped. */
class NewsTextAnalyzerTest {

  @Test
  void lowerCasesAndFoldsAccentsSoPlainSpellingFindsAccentedNames() throws IOException {
    try (Analyzer a = new NewsTextAnalyzer()) {
      assertEquals(
          List.of("ramon", "nunez", "visito", "brasilia"),
          Terms.of(a, Fields.TEXT, "Ramón Núñez visitó BRASÍLIA"));
    }
  }

  @Test
  void keepsStopWordsAndWordEndings() throws IOException {
    try (Analyzer a = new NewsTextAnalyzer()) {
      assertEquals(
          List.of("the", "farmers", "were", "planting"),
          Terms.of(a, Fields.TEXT, "The farmers were planting."));
    }
  }

  @Test
  void splitsAtUnicodeWordBreaks() throws IOException {
    try (Analyzer a = new NewsTextAnalyzer()) {
      assertEquals(
          List.of("co", "op's", "2024", "report"), Terms.of(a, Fields.TEXT, "co-op's 2024 report"));
    }
  }

  @Test
  void aVeryLongWordIsCutInto255CharacterPieces() throws IOException {
    try (Analyzer a = new NewsTextAnalyzer()) {
      List<String> t = Terms.of(a, Fields.TEXT, "w".repeat(300));

      assertEquals(List.of(255, 45), t.stream().map(String::length).toList());
    }
  }

  @Test
  void normalisesWildcardAndPrefixTermsTheSameWay() {
    try (Analyzer a = new NewsTextAnalyzer()) {
      assertEquals(new BytesRef("arbol"), a.normalize(Fields.TEXT, "ÁRBOL"));
    }
  }
}
