package org.nutgraf.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.nutgraf.entity.Actor;
import org.nutgraf.entity.ActorDictionary;
import org.nutgraf.entity.ActorEntry;
import org.nutgraf.gazetteer.Country;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.index.NewsSearcher;
import org.nutgraf.query.UnknownValueException;

/**
 * Turns what users type into index keys with the same gazetteer and actor dictionary the tagger
 * used: "Honduras", "Honduran", "HN" → HN; "Pence", "Mike Pence" → the actor's key. The embedded
 * index makes one per search from its searcher's actors; for an index Nutgraf does not open itself
 * (an OpenSearch cluster) make one from the index's actor keys and labels.
 *
 * <p>Example: {@code new EntityResolver(Gazetteer.defaults(), ActorDictionary.defaults(),
 * Map.of("mike pence", "Mike Pence")).actor("Pence")} gives "mike pence".
 */
public final class EntityResolver {
  private final Gazetteer gazetteer;
  private final ActorDictionary dictionary;
  private final Map<String, String> actorLabels;
  private final Map<String, List<String>> actorsBySurname;

  /**
   * A resolver over {@code gazetteer} and {@code dictionary}, knowing the actors of the index by
   * {@code actorLabels} (actor key → display name; empty when the index names no one).
   */
  public EntityResolver(
      Gazetteer gazetteer, ActorDictionary dictionary, Map<String, String> actorLabels) {
    this.gazetteer = gazetteer;
    this.dictionary = dictionary;
    this.actorLabels = Collections.unmodifiableMap(new TreeMap<>(actorLabels));
    this.actorsBySurname = NewsSearcher.keysBySurname(this.actorLabels.keySet());
  }

  private EntityResolver(
      Gazetteer gazetteer,
      ActorDictionary dictionary,
      Map<String, String> actorLabels,
      Map<String, List<String>> actorsBySurname) {
    this.gazetteer = gazetteer;
    this.dictionary = dictionary;
    this.actorLabels = actorLabels;
    this.actorsBySurname = actorsBySurname;
  }

  /** A resolver knowing the actors of {@code searcher}'s index (its per-refresh tables). */
  static EntityResolver of(Gazetteer gazetteer, ActorDictionary dictionary, NewsSearcher searcher) {
    return new EntityResolver(
        gazetteer, dictionary, searcher.actorLabels(), searcher.actorsBySurname());
  }

  /**
   * The ISO code of a country given as code, name, alias or demonym, in English or, with the
   * built-in gazetteer, in Spanish ("Estados Unidos", "hondureño").
   *
   * @throws UnknownValueException with the nearest country names
   */
  public String country(String value) {
    String v = value.strip();
    if (v.length() == 2 && gazetteer.country(v).isPresent()) {
      return v.toUpperCase(Locale.ROOT);
    }
    Set<String> codes = new LinkedHashSet<>();
    String placeIn = null;
    List<PlaceEntry> entries = gazetteer.lookup(v);
    if (entries.stream().noneMatch(e -> e.kind().isCountryLevel())) {
      // "Estados Unidos", "hondureño": the names the tagger used on Spanish articles
      entries = spanishNames().map(g -> g.lookup(v)).orElse(entries);
    }
    for (PlaceEntry e : entries) {
      if (e.kind().isCountryLevel() && e.hasCountry()) {
        codes.add(e.country());
      } else if (e.hasCountry() && placeIn == null) {
        placeIn = e.country();
      }
    }
    if (codes.size() == 1) {
      return codes.iterator().next();
    }
    if (codes.size() > 1) {
      throw new UnknownValueException("country", value, List.copyOf(codes), "ambiguous");
    }
    List<String> names = new ArrayList<>();
    for (Country c : gazetteer.countries()) {
      names.add(c.name());
    }
    String why = placeIn == null ? "" : "a place in " + gazetteer.countryName(placeIn);
    List<String> near = placeIn == null ? NearestNames.of(v, names, 3) : List.of(placeIn);
    throw new UnknownValueException("country", value, near, why);
  }

  /**
   * The gazetteer with Spanish names the tagger used on Spanish articles: {@link
   * Gazetteer#spanish()} for the built-in gazetteer, this one when it has lower-case (Spanish)
   * forms already, else none.
   */
  private Optional<Gazetteer> spanishNames() {
    if (gazetteer == Gazetteer.defaults()) {
      return Optional.of(Gazetteer.spanish());
    }
    return gazetteer.hasLowerCaseForms() ? Optional.of(gazetteer) : Optional.empty();
  }

  /**
   * The key of an actor given as canonical name, alias, name as shown, or surname unambiguous in
   * the index. A dictionary actor no paragraph names is valid and matches nothing.
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
    List<String> surnamed = actorsBySurname.getOrDefault(key, List.of());
    if (surnamed.size() == 1) {
      return surnamed.get(0);
    }
    if (surnamed.size() > 1) {
      List<String> names = surnamed.stream().map(actorLabels::get).sorted().toList();
      throw new UnknownValueException("actor", value, names, "several actors have this surname");
    }
    // a key the index lacks but whose words end one of its actors' ("Orlando Hernandez"), or an
    // actor's name as shown ("Juan Orlando Hernández Alvarado" for the dictionary's actor)
    List<String> endings = new ArrayList<>();
    for (Map.Entry<String, String> e : actorLabels.entrySet()) {
      if (Actor.keyOf(e.getValue()).equals(key)) {
        return e.getKey();
      }
      if (e.getKey().endsWith(" " + key)) {
        endings.add(e.getKey());
      }
    }
    if (endings.size() == 1) {
      return endings.get(0);
    }
    throw new UnknownValueException(
        "actor", value, NearestNames.of(value, actorLabels.values(), 3), "");
  }

  /**
   * The facet path of a place: "HN/San Pedro Sula", or a place name the gazetteer places in one
   * country.
   *
   * @throws UnknownValueException if the name is unknown or names places in several countries
   */
  public String place(String value) {
    String v = value.strip();
    int slash = v.indexOf('/');
    if (slash == 2) {
      return v.substring(0, 2).toUpperCase(Locale.ROOT) + v.substring(2);
    }
    Set<String> paths = new LinkedHashSet<>();
    for (PlaceEntry e : gazetteer.lookup(v)) {
      if (e.hasCountry() && !e.kind().isCountryLevel()) {
        paths.add(e.country() + "/" + e.label());
      }
    }
    if (paths.size() == 1) {
      return paths.iterator().next();
    }
    throw new UnknownValueException(
        "place",
        value,
        List.copyOf(paths).subList(0, Math.min(5, paths.size())),
        paths.isEmpty() ? "not in the gazetteer" : "ambiguous: write it as CC/Place");
  }

  /** The country's display name ("HN" → "Honduras"). */
  public String countryLabel(String code) {
    return gazetteer.countryName(code);
  }

  /** The display name of an actor key; the key itself when the index does not name it. */
  public String actorLabel(String key) {
    return actorLabels.getOrDefault(key, key);
  }
}
