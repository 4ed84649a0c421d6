package org.nutgraf.opensearch.plugin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.nutgraf.entity.ActorDictionary;
import org.nutgraf.entity.ArticleTagger;
import org.nutgraf.entity.EntityTagger;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.gazetteer.GazetteerOverrides;
import org.nutgraf.recognition.NamedFirms;
import org.opensearch.ingest.ConfigurationUtils;

/**
 * The taggers of the {@code nutgraf} processors of one node: the built-in one, or one over the
 * built-in gazetteer, dictionary and firm list with a pipeline's gazetteer overrides ({@code
 * overrides_path}), actor dictionary ({@code actors_path}) and firms named after people ({@code
 * firms_path}, {@link NamedFirms#read(Path)}) added, each file read from the node's config
 * directory as analysis components read theirs. A set of files is read once per node.
 */
final class ConfiguredTaggers {
  static final String OVERRIDES_PATH = "overrides_path";
  static final String ACTORS_PATH = "actors_path";
  static final String FIRMS_PATH = "firms_path";

  private final Path configDir;
  private final Map<String, EntityTagger> taggers = new ConcurrentHashMap<>();

  /** Taggers reading their files under {@code configDir}. */
  ConfiguredTaggers(Path configDir) {
    this.configDir = configDir.toAbsolutePath().normalize();
  }

  /**
   * The tagger of a processor with these options; the built-in one without any.
   *
   * @throws org.opensearch.OpenSearchException naming the setting, for a path outside the config
   *     directory, a missing or unreadable file, or a malformed line (file:line)
   */
  EntityTagger tagger(
      String tag, Optional<String> overrides, Optional<String> actors, Optional<String> firms) {
    if (overrides.isEmpty() && actors.isEmpty() && firms.isEmpty()) {
      return ArticleTagger.defaults();
    }
    Optional<Path> overridesFile = overrides.map(p -> file(tag, OVERRIDES_PATH, p));
    Optional<Path> actorsFile = actors.map(p -> file(tag, ACTORS_PATH, p));
    Optional<Path> firmsFile = firms.map(p -> file(tag, FIRMS_PATH, p));
    String key =
        overridesFile.map(Path::toString).orElse("")
            + "\n"
            + actorsFile.map(Path::toString).orElse("")
            + "\n"
            + firmsFile.map(Path::toString).orElse("");
    EntityTagger cached = taggers.get(key);
    if (cached != null) {
      return cached;
    }
    Gazetteer gazetteer = Gazetteer.defaults();
    if (overridesFile.isPresent()) {
      try {
        gazetteer = GazetteerOverrides.apply(gazetteer, overridesFile.get());
      } catch (IOException | RuntimeException e) {
        throw invalid(tag, OVERRIDES_PATH, overrides.get(), e);
      }
    }
    ActorDictionary dictionary = ActorDictionary.defaults();
    if (actorsFile.isPresent()) {
      try {
        dictionary = dictionary.merge(ActorDictionary.load(actorsFile.get()));
      } catch (IOException | RuntimeException e) {
        throw invalid(tag, ACTORS_PATH, actors.get(), e);
      }
    }
    ArticleTagger made = new ArticleTagger(gazetteer, dictionary);
    if (firmsFile.isPresent()) {
      try {
        made =
            made.withNamedFirms(
                NamedFirms.defaults().with(NamedFirms.read(firmsFile.get()).names()));
      } catch (IOException | RuntimeException e) {
        throw invalid(tag, FIRMS_PATH, firms.get(), e);
      }
    }
    taggers.putIfAbsent(key, made);
    return taggers.get(key);
  }

  /** A file of the config directory, named relative to it. */
  private Path file(String tag, String setting, String value) {
    return ConfigFiles.file(
        configDir,
        value,
        why ->
            ConfigurationUtils.newConfigurationException(NutgrafProcessor.TYPE, tag, setting, why));
  }

  private static RuntimeException invalid(String tag, String setting, String value, Exception e) {
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return ConfigurationUtils.newConfigurationException(
        NutgrafProcessor.TYPE, tag, setting, "cannot read [" + value + "]: " + why);
  }
}
