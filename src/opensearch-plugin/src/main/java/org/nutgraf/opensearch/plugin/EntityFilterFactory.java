package org.nutgraf.opensearch.plugin;

import org.apache.lucene.analysis.TokenStream;
import org.nutgraf.analysis.PersonNameFilter;
import org.nutgraf.analysis.PlaceNameFilter;
import org.nutgraf.entity.ArticleTagger;
import org.nutgraf.recognition.EntityRecognizer;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;

/**
 * The {@code nutgraf_place} and {@code nutgraf_person} token filters: one token per place mention
 * (the ISO country code) or per person mention (the name without titles). Best after the {@code
 * nutgraf_news} tokenizer:
 *
 * <pre>{"tokenizer": "nutgraf_news", "filter": ["nutgraf_place"]}</pre>
 *
 * <p>{@code nutgraf_person} takes one setting, {@code known_actors} (defaults to false): count the
 * built-in actor dictionary's names as evidence of persons, as the ingest processor does.
 */
final class EntityFilterFactory extends AbstractTokenFilterFactory {
  static final String PLACE = "nutgraf_place";
  static final String PERSON = "nutgraf_person";

  private final boolean person;
  private final EntityRecognizer recognizer;

  private EntityFilterFactory(IndexSettings index, String name, Settings settings, boolean person) {
    super(index, name, settings);
    this.person = person;
    this.recognizer = recognizer(settings);
  }

  static EntityFilterFactory place(
      IndexSettings index, Environment env, String name, Settings settings) {
    return new EntityFilterFactory(index, name, settings, false);
  }

  static EntityFilterFactory person(
      IndexSettings index, Environment env, String name, Settings settings) {
    return new EntityFilterFactory(index, name, settings, true);
  }

  /** The built-in recogniser, or with {@code known_actors} the ingest processor's. */
  static EntityRecognizer recognizer(Settings settings) {
    return settings.getAsBoolean("known_actors", false)
        ? ArticleTagger.defaults().recognizer()
        : EntityRecognizer.defaults();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return person
        ? new PersonNameFilter(input, recognizer)
        : new PlaceNameFilter(input, recognizer);
  }
}
