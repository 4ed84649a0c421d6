package org.nutgraf.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analyses Spanish text for full-text search: Unicode word breaks, lower case, Lucene's Spanish
 * stop words removed, accents folded and a light Spanish stemmer, so "migrantes" finds "migrante"
 * and "policia" finds "Policía". The same chain through SPI names: tokenizer {@code standard},
 * filters {@code lowercase}, {@code stop} (words {@code
 * org/apache/lucene/analysis/snowball/spanish_stop.txt}, format {@code snowball}), {@code
 * asciiFolding}, {@code spanishLightStem}.
 */
public final class SpanishTextAnalyzer extends Analyzer {
  private static final CharArraySet STOP_WORDS = SpanishAnalyzer.getDefaultStopSet();

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    source.setMaxTokenLength(255);
    TokenStream result = new LowerCaseFilter(source);
    // stop words before folding: the list spells them with accents ("más", "él")
    result = new StopFilter(result, STOP_WORDS);
    result = new ASCIIFoldingFilter(result);
    result = new SpanishLightStemFilter(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
