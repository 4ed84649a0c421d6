package org.nutgraf.opensearch.plugin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.nutgraf.analysis.PersonNameFilter;
import org.nutgraf.analysis.PlaceNameFilter;
import org.nutgraf.entity.ArticleTagger;
import org.nutgraf.recognition.EntityRecognizer;
import org.nutgraf.recognition.NamedFirms;
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
 * <p>Settings, all optional: {@code known_actors} (defaults to false; {@code nutgraf_person} only):
 * count the built-in actor dictionary's names as evidence of persons, as the ingest processor does;
 * {@code firms} (a list) and {@code firms_path} (a file of the node's config directory, given
 * relative to it, one name a line, {@code #} for comments): firms and brands named after people
 * ("John Lewis"), read as neither persons nor places in addition to the built-in list. A bad
 * setting fails the index's creation with an {@link IllegalArgumentException} naming the setting,
 * and the file and line for a malformed one.
 */
final class EntityFilterFactory extends AbstractTokenFilterFactory {
  static final String PLACE = "nutgraf_place";
  static final String PERSON = "nutgraf_person";
  static final String FIRMS = "firms";
  static final String FIRMS_PATH = "firms_path";

  private final boolean person;
  private final EntityRecognizer recognizer;

  private EntityFilterFactory(
      IndexSettings index, Environment env, String name, Settings settings, boolean person) {
    super(index, name, settings);
    this.person = person;
    this.recognizer = recognizer(env, settings);
  }

  static EntityFilterFactory place(
      IndexSettings index, Environment env, String name, Settings settings) {
    return new EntityFilterFactory(index, env, name, settings, false);
  }

  static EntityFilterFactory person(
      IndexSettings index, Environment env, String name, Settings settings) {
    return new EntityFilterFactory(index, env, name, settings, true);
  }

  /**
   * The built-in recogniser, or with {@code known_actors} the ingest processor's; with the firms of
   * {@code firms} and {@code firms_path} added to its list.
   *
   * @throws IllegalArgumentException naming the setting, for a name with no word, a path outside
   *     the config directory, a missing or unreadable file, or a bad line (file:line)
   */
  static EntityRecognizer recognizer(Environment env, Settings settings) {
    EntityRecognizer base =
        settings.getAsBoolean("known_actors", false)
            ? ArticleTagger.defaults().recognizer()
            : EntityRecognizer.defaults();
    List<String> listed = settings.getAsList(FIRMS);
    String path = settings.get(FIRMS_PATH);
    if (listed.isEmpty() && path == null) {
      return base;
    }
    NamedFirms firms = NamedFirms.defaults();
    try {
      firms = firms.with(listed);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("[" + FIRMS + "] " + e.getMessage(), e);
    }
    if (path != null) {
      Path named =
          ConfigFiles.file(
              env.configDir(),
              path,
              why -> new IllegalArgumentException("[" + FIRMS_PATH + "] " + why));
      try {
        firms = firms.with(NamedFirms.read(named).names());
      } catch (IOException | IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "[" + FIRMS_PATH + "] cannot read [" + path + "]: " + e.getMessage(), e);
      }
    }
    return base.withNamedFirms(firms);
  }

  @Override
  public TokenStream create(TokenStream input) {
    return person
        ? new PersonNameFilter(input, recognizer)
        : new PlaceNameFilter(input, recognizer);
  }
}
