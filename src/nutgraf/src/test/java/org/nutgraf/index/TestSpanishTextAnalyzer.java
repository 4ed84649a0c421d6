package org.nutgraf.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.nutgraf.testing.Terms;

public class TestSpanishTextAnalyzer extends BaseTokenStreamTestCase {

  public void testPluralsAccentsAndStopWords() throws Exception {
    try (Analyzer a = new SpanishTextAnalyzer()) {
      assertAnalyzesTo(
          a,
          "Los migrantes y la Policía más cercana",
          new String[] {"migrant", "polici", "cercan"},
          new int[] {4, 19, 31},
          new int[] {13, 26, 38},
          new int[] {2, 3, 2});
      assertAnalyzesTo(a, "migrante policia", new String[] {"migrant", "polici"});
    }
  }

  public void testEmptyInput() throws Exception {
    try (Analyzer a = new SpanishTextAnalyzer()) {
      assertAnalyzesTo(a, "", new String[0]);
      assertAnalyzesTo(a, "de la y", new String[0]);
    }
  }

  public void testRandomText() throws Exception {
    try (Analyzer a = new SpanishTextAnalyzer()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }

  /** The chain its javadoc names through Lucene's SPI gives the same tokens. */
  public void testSameAsTheSpiChain() throws Exception {
    try (Analyzer spi =
            CustomAnalyzer.builder()
                .withTokenizer("standard", "maxTokenLength", "255")
                .addTokenFilter("lowercase")
                .addTokenFilter(
                    "stop",
                    "words",
                    "org/apache/lucene/analysis/snowball/spanish_stop.txt",
                    "format",
                    "snowball")
                .addTokenFilter("asciiFolding")
                .addTokenFilter("spanishLightStem")
                .build();
        Analyzer ours = new SpanishTextAnalyzer()) {
      String text = "El presidente dijo que las caravanas de hondureños cruzarán Guatemala.";
      assertAnalyzesTo(spi, text, Terms.of(ours, "f", text).toArray(new String[0]));
    }
  }
}
