package org.nutgraf.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.nutgraf.recognition.EntityRecognizer;

/**
 * {@link NewsTokenizer} then {@link PlaceNameFilter}: text in, one country-code token per place
 * mention out. Example: "Honduran migrants reached Tapachula" → HN (demonym), MX (city).
 */
public final class PlaceNameAnalyzer extends Analyzer {
  private final EntityRecognizer recognizer;

  /** With the built-in gazetteer. */
  public PlaceNameAnalyzer() {
    this(EntityRecognizer.defaults());
  }

  /** With a recogniser of your own (for a custom gazetteer). */
  public PlaceNameAnalyzer(EntityRecognizer recognizer) {
    this.recognizer = recognizer;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    NewsTokenizer source = new NewsTokenizer();
    return new TokenStreamComponents(source, new PlaceNameFilter(source, recognizer));
  }
}
