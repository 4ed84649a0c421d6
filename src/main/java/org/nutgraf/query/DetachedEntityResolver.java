package org.nutgraf.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.nutgraf.entity.Actor;
import org.nutgraf.entity.ActorDictionary;
import org.nutgraf.entity.ActorEntry;
import org.nutgraf.gazetteer.Gazetteer;

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
    Map<String, List<String>> surnames = new HashMap<>();
    for (String key : this.actorLabels.keySet()) {
      String surname = key.substring(key.lastIndexOf(' ') + 1);
      surnames.computeIfAbsent(surname, k -> new ArrayList<>()).add(key);
    }
    this.actorsBySurname = surnames;
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
    String key = Actor.keyOf(value);
    if (actorLabels.containsKey(key)) {
      return key;
    }
    Optional<ActorEntry> entry = dictionary.find(value);
    if (entry.isPresent()) {
      return entry.get().key();
    }
    List<String> bySurname = actorsBySurname.getOrDefault(key, List.of());
    if (bySurname.size() == 1) {
      return bySurname.get(0);
    }
    if (bySurname.size() > 1) {
      List<String> names = bySurname.stream().map(actorLabels::get).sorted().toList();
      throw new UnknownValueException("actor", value, names, "several actors have this surname");
    }
    List<String> endings = new ArrayList<>();
    for (String k : actorLabels.keySet()) {
      if (k.endsWith(" " + key)) {
        endings.add(k);
      }
    }
    if (endings.size() == 1) {
      return endings.get(0);
    }
    throw new UnknownValueException(
        "actor", value, EntityResolver.nearest(value, actorLabels.values(), 3), "");
  }
}
