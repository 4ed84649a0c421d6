package org.nutgraf.opensearch.plugin;

import org.apache.lucene.analysis.Analyzer;
import org.nutgraf.analysis.PersonNameAnalyzer;
import org.nutgraf.analysis.PlaceNameAnalyzer;
import org.nutgraf.index.NewsTextAnalyzer;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;

/**
 * The {@code nutgraf_place}, {@code nutgraf_person} and {@code nutgraf_text} analyzers: the
 * library's {@link PlaceNameAnalyzer}, {@link PersonNameAnalyzer} (setting {@code known_actors} as
 * for the filter) and {@link NewsTextAnalyzer}, the embedded index's full-text analysis.
 */
final class NutgrafAnalyzerProvider extends AbstractIndexAnalyzerProvider<Analyzer> {
  static final String TEXT = "nutgraf_text";

  private final Analyzer analyzer;

  private NutgrafAnalyzerProvider(
      IndexSettings index, String name, Settings settings, Analyzer analyzer) {
    super(index, name, settings);
    this.analyzer = analyzer;
  }

  static NutgrafAnalyzerProvider place(
      IndexSettings index, Environment env, String name, Settings settings) {
    return new NutgrafAnalyzerProvider(
        index, name, settings, new PlaceNameAnalyzer(EntityFilterFactory.recognizer(settings)));
  }

  static NutgrafAnalyzerProvider person(
      IndexSettings index, Environment env, String name, Settings settings) {
    return new NutgrafAnalyzerProvider(
        index, name, settings, new PersonNameAnalyzer(EntityFilterFactory.recognizer(settings)));
  }

  static NutgrafAnalyzerProvider text(
      IndexSettings index, Environment env, String name, Settings settings) {
    return new NutgrafAnalyzerProvider(index, name, settings, new NewsTextAnalyzer());
  }

  @Override
  public Analyzer get() {
    return analyzer;
  }
}
