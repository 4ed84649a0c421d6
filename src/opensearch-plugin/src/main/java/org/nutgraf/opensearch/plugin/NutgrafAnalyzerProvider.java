package org.nutgraf.opensearch.plugin;

import org.apache.lucene.analysis.Analyzer;
import org.nutgraf.analysis.PersonNameAnalyzer;
import org.nutgraf.analysis.PlaceNameAnalyzer;
import org.nutgraf.index.NewsTextAnalyzer;
import org.nutgraf.index.TextLanguages;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.indices.analysis.AnalysisModule;

/**
 * The {@code nutgraf_place}, {@code nutgraf_person}, {@code nutgraf_text} and per-language ({@code
 * nutgraf_text_es}) analyzers: the library's {@link PlaceNameAnalyzer}, {@link PersonNameAnalyzer}
 * (settings {@code known_actors}, {@code firms} and {@code firms_path} as for the filters), {@link
 * NewsTextAnalyzer} and the analyzers of {@link TextLanguages}, the embedded index's full-text
 * analysis.
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
        index,
        name,
        settings,
        new PlaceNameAnalyzer(EntityFilterFactory.recognizer(env, settings)));
  }

  static NutgrafAnalyzerProvider person(
      IndexSettings index, Environment env, String name, Settings settings) {
    return new NutgrafAnalyzerProvider(
        index,
        name,
        settings,
        new PersonNameAnalyzer(EntityFilterFactory.recognizer(env, settings)));
  }

  static NutgrafAnalyzerProvider text(
      IndexSettings index, Environment env, String name, Settings settings) {
    return new NutgrafAnalyzerProvider(index, name, settings, new NewsTextAnalyzer());
  }

  /** The analyzer name of a language's own text field: {@code nutgraf_text_es}. */
  static String nameOf(TextLanguages.Entry language) {
    return "nutgraf_" + language.field();
  }

  /** The provider of a language's text analyzer ({@link TextLanguages}). */
  static AnalysisModule.AnalysisProvider<AnalyzerProvider<? extends Analyzer>> of(
      TextLanguages.Entry language) {
    return (index, env, name, settings) ->
        new NutgrafAnalyzerProvider(index, name, settings, language.analyzer().get());
  }

  @Override
  public Analyzer get() {
    return analyzer;
  }
}
