package org.nutgraf.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.nutgraf.recognition.EntityRecognizer;

/**
 * {@link NewsTokenizer} then {@link PersonNameFilter}: text in, one token per person mention out,
 * the name without titles. Example: "President Trump's plan" → "Trump".
 */
public final class PersonNameAnalyzer extends Analyzer {
  private final EntityRecognizer recognizer;

  /** With the built-in word lists. */
  public PersonNameAnalyzer() {
    this(EntityRecognizer.defaults());
  }

  /** With a recogniser of your own (for an actor dictionary as known names). */
  public PersonNameAnalyzer(EntityRecognizer recognizer) {
    this.recognizer = recognizer;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    NewsTokenizer source = new NewsTokenizer();
    return new TokenStreamComponents(source, new PersonNameFilter(source, recognizer));
  }
}
