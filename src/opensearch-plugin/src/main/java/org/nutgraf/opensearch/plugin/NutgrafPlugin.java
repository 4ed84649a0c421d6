package org.nutgraf.opensearch.plugin;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.nutgraf.index.TextLanguages;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.index.analysis.TokenizerFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.ingest.Processor;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.IngestPlugin;
import org.opensearch.plugins.Plugin;

/**
 * The Nutgraf plugin: the {@code nutgraf} ingest processor; token filters and analyzers {@code
 * nutgraf_place} and {@code nutgraf_person}; the {@code nutgraf_news} tokenizer they read; and
 * {@code nutgraf_text}, the embedded index's full-text analyzer, with {@code nutgraf_text_es} for
 * the Spanish text field.
 */
public final class NutgrafPlugin extends Plugin implements IngestPlugin, AnalysisPlugin {
  @Override
  public Map<String, Processor.Factory> getProcessors(Processor.Parameters parameters) {
    return Map.of(NutgrafProcessor.TYPE, new NutgrafProcessor.Factory(parameters.env.configDir()));
  }

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return Map.of(
        EntityFilterFactory.PLACE, EntityFilterFactory::place,
        EntityFilterFactory.PERSON, EntityFilterFactory::person);
  }

  @Override
  public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
    return Map.of(NewsTokenizerFactory.NAME, NewsTokenizerFactory::new);
  }

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> analyzers = new HashMap<>();
    analyzers.put(EntityFilterFactory.PLACE, NutgrafAnalyzerProvider::place);
    analyzers.put(EntityFilterFactory.PERSON, NutgrafAnalyzerProvider::person);
    analyzers.put(NutgrafAnalyzerProvider.TEXT, NutgrafAnalyzerProvider::text);
    for (TextLanguages.Entry language : TextLanguages.ALL) {
      analyzers.put(NutgrafAnalyzerProvider.nameOf(language), NutgrafAnalyzerProvider.of(language));
    }
    return analyzers;
  }
}
