package org.nutgraf.opensearch.plugin;

import org.apache.lucene.analysis.Tokenizer;
import org.nutgraf.analysis.NewsTokenizer;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenizerFactory;

/** The {@code nutgraf_news} tokenizer: words as Nutgraf's recognisers read them. */
final class NewsTokenizerFactory extends AbstractTokenizerFactory {
  static final String NAME = "nutgraf_news";

  NewsTokenizerFactory(IndexSettings index, Environment env, String name, Settings settings) {
    super(index, settings, name);
  }

  @Override
  public Tokenizer create() {
    return new NewsTokenizer();
  }
}
