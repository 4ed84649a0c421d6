package org.nutgraf.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.nutgraf.article.Language;
import org.nutgraf.index.DocumentBuilder;
import org.nutgraf.query.Criterion;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.query.UnknownValueException;

/**
 * A query's names resolved to index keys, once: the conditions and selected facet values as the
 * index holds them ("Honduran" → HN, "Pence" → "mike pence", "San Pedro Sula" → "HN/San Pedro
 * Sula", a source → its folded key). The embedded index compiles it to Lucene and the OpenSearch
 * translator to query DSL, so both back ends read names the same way.
 *
 * <p>Example: {@code Resolution.of(NewsQuery.builder().anyCountry("Honduran").build(),
 * resolver).where()} is {@code Countries([HN], ANY_OF)}.
 */
public final class Resolution {
  private final Criterion where;
  private final Map<Dimension, Set<String>> selections;
  private final Map<Dimension, Set<String>> facetKeys;

  private Resolution(
      Criterion where,
      Map<Dimension, Set<String>> selections,
      Map<Dimension, Set<String>> facetKeys) {
    this.where = where;
    this.selections = Collections.unmodifiableMap(selections);
    this.facetKeys = Collections.unmodifiableMap(facetKeys);
  }

  /**
   * Resolves every country, actor, place and source of {@code query} with {@code names}.
   *
   * @throws UnknownValueException for the first country, actor or place name that is unknown or
   *     ambiguous
   */
  public static Resolution of(NewsQuery query, EntityResolver names) {
    Criterion where = resolve(query.where(), names);
    Map<Dimension, Set<String>> selections = new EnumMap<>(Dimension.class);
    Map<Dimension, Set<String>> facetKeys = new EnumMap<>(Dimension.class);
    query
        .selections()
        .forEach(
            (d, values) -> {
              selections.put(d, all(values, v -> selectionKey(d, v, names)));
              // a source is marked by the value as given: the facet shows sources as written
              facetKeys.put(
                  d, d == Dimension.SOURCE ? all(values, String::strip) : selections.get(d));
            });
    return new Resolution(where, selections, facetKeys);
  }

  /**
   * Whether a resolved place key is a country code ("HN"), which selects every place in that
   * country, rather than a place ("HN/San Pedro Sula").
   */
  public static boolean isCountryCode(String placeKey) {
    return placeKey.strip().length() == 2;
  }

  /**
   * The query's conditions with every name replaced by its index key; words, dates and article ids
   * as they were.
   */
  public Criterion where() {
    return where;
  }

  /**
   * The selected facet values by dimension, as index keys: country codes, actor keys, source keys,
   * and for places a place key or a country code ({@link #isCountryCode}).
   */
  public Map<Dimension, Set<String>> selections() {
    return selections;
  }

  /**
   * The facet values to mark as selected in {@code dimension}'s facet: the keys of {@link
   * #selections()}, but sources as the user gave them (the facet matches them to its labels); empty
   * when nothing is selected there.
   */
  public Set<String> facetKeys(Dimension dimension) {
    return facetKeys.getOrDefault(dimension, Set.of());
  }

  private static String selectionKey(Dimension d, String value, EntityResolver names) {
    return switch (d) {
      case COUNTRY -> names.country(value);
      case ACTOR -> names.actor(value);
      case SOURCE -> DocumentBuilder.sourceKey(value);
      case PLACE -> isCountryCode(value) ? names.country(value) : names.place(value);
      case LANGUAGE -> Language.code(value);
    };
  }

  private static Criterion resolve(Criterion c, EntityResolver names) {
    return switch (c) {
      case Criterion.Countries x ->
          new Criterion.Countries(all(x.values(), names::country), x.mode());
      case Criterion.Actors x -> new Criterion.Actors(all(x.values(), names::actor), x.mode());
      case Criterion.Sources x ->
          new Criterion.Sources(all(x.values(), DocumentBuilder::sourceKey), x.mode());
      case Criterion.Places x -> new Criterion.Places(all(x.values(), names::place), x.mode());
      case Criterion.Languages x -> x;
      case Criterion.And a -> new Criterion.And(resolveAll(a.all(), names));
      case Criterion.Or o -> new Criterion.Or(resolveAll(o.any(), names));
      case Criterion.Not n -> new Criterion.Not(resolve(n.criterion(), names));
      case Criterion.All a -> a;
      case Criterion.Words w -> w;
      case Criterion.Articles a -> a;
      case Criterion.Published p -> p;
      case Criterion.OwnField f -> f;
      case Criterion.External e -> e;
    };
  }

  private static List<Criterion> resolveAll(List<Criterion> criteria, EntityResolver names) {
    return criteria.stream().map(c -> resolve(c, names)).toList();
  }

  /** Each value resolved by {@code f}, in order, without repeats. */
  private static Set<String> all(Set<String> values, Function<String, String> f) {
    Set<String> out = new LinkedHashSet<>();
    for (String v : values) {
      out.add(f.apply(v));
    }
    return Collections.unmodifiableSet(out);
  }
}
