package org.nutgraf.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Headline and body text analysis: word breaks, lower case, folded accents, nothing dropped. */
class NewsTextAnalyzerTest {

  static List<String> tokens(Analyzer a, String field, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream(field, text)) {
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
  void lowerCasesAndFoldsAccentsSoPlainSpellingFindsAccentedNames() throws IOException {
    try (Analyzer a = new NewsTextAnalyzer()) {
      assertEquals(
          List.of("ramon", "nunez", "visito", "brasilia"),
          tokens(a, Fields.TEXT, "Ramón Núñez visitó BRASÍLIA"));
    }
  }

  @Test
  void keepsStopWordsAndWordEndings() throws IOException {
    try (Analyzer a = new NewsTextAnalyzer()) {
      assertEquals(
          List.of("the", "farmers", "were", "planting"),
          tokens(a, Fields.TEXT, "The farmers were planting."));
    }
  }

  @Test
  void splitsAtUnicodeWordBreaks() throws IOException {
    try (Analyzer a = new NewsTextAnalyzer()) {
      assertEquals(
          List.of("co", "op's", "2024", "report"), tokens(a, Fields.TEXT, "co-op's 2024 report"));
    }
  }

  @Test
  void aVeryLongWordIsCutInto255CharacterPieces() throws IOException {
    try (Analyzer a = new NewsTextAnalyzer()) {
      List<String> t = tokens(a, Fields.TEXT, "w".repeat(300));

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
