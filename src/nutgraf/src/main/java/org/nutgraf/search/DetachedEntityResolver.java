package org.nutgraf.search;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nutgraf.entity.ActorDictionary;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.index.NewsSearcher;
import org.nutgraf.query.UnknownValueException;

/**
 * Resolves what users type into index values as {@link EntityResolver} does, for an index that
 * Nutgraf does not open itself (an OpenSearch cluster): actors are looked up in a list of the
 * index's actor keys and labels instead of a Lucene searcher. Countries and places resolve exactly
 * as in {@link EntityResolver}.
 *
 * <p>Example: {@code new DetachedEntityResolver(Gazetteer.defaults(), ActorDictionary.defaults(),
 * Map.of("mike pence", "Mike Pence")).actor("Pence")} gives "mike pence".
 */
public final class DetachedEntityResolver {
  private final ActorDictionary dictionary;
  private final Map<String, String> actorLabels;
  private final Map<String, List<String>> actorsBySurname;
  // country() and place() never read the searcher; they are shared, not copied, so they cannot
  // drift
  private final EntityResolver places;

  /**
   * A resolver over {@code gazetteer} and {@code dictionary}, knowing the actors of the index by
   * {@code actorLabels} (actor key → display name; empty when the index names no one).
   */
  public DetachedEntityResolver(
      Gazetteer gazetteer, ActorDictionary dictionary, Map<String, String> actorLabels) {
    this.dictionary = dictionary;
    this.actorLabels = Collections.unmodifiableMap(new TreeMap<>(actorLabels));
    this.actorsBySurname = NewsSearcher.keysBySurname(this.actorLabels.keySet());
    this.places = new EntityResolver(gazetteer, dictionary, null);
  }

  /**
   * The ISO code of a country given as code, name, alias or demonym.
   *
   * @throws UnknownValueException with the nearest country names
   */
  public String country(String value) {
    return places.country(value);
  }

  /**
   * The facet path of a place: "HN/San Pedro Sula", or a place name in one country only.
   *
   * @throws UnknownValueException if the name is unknown or names places in several countries
   */
  public String place(String value) {
    return places.place(value);
  }

  /** The country's display name ("HN" → "Honduras"). */
  public String countryLabel(String code) {
    return places.countryLabel(code);
  }

  /** The display name of an actor key; the key itself when the index does not name it. */
  public String actorLabel(String key) {
    return actorLabels.getOrDefault(key, key);
  }

  /**
   * The key of an actor given as canonical name, alias, or surname unambiguous in the index. A
   * dictionary actor that the index does not name is valid and matches nothing.
   *
   * @throws UnknownValueException with the nearest actor names
   */
  public String actor(String value) {
    return EntityResolver.actor(value, dictionary, actorLabels, actorsBySurname);
  }
}
