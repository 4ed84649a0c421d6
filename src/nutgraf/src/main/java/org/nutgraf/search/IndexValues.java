package org.nutgraf.search;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.UnknownValueException;

/**
 * The index values that values users give stand for, the same for the embedded index ({@link
 * QueryCompiler}) and an OpenSearch cluster; the resolver's methods are passed in, so either
 * resolver serves.
 */
public final class IndexValues {
  private IndexValues() {}

  /**
   * Whether a value given for the place dimension is a country code ("HN"), which selects every
   * place in that country.
   */
  public static boolean isCountryCode(String placeValue) {
    return placeValue.strip().length() == 2;
  }

  /**
   * The facet key a selected value stands for, so the facet can mark it: a resolved country, actor
   * or place ("Honduras" → "HN", "Pence" → "mike pence"), a country code alone for places, a source
   * as given (sources are matched by their facet label).
   *
   * @throws UnknownValueException if a country, actor or place name is unknown
   */
  public static String facetKey(
      Dimension d,
      String value,
      Function<String, String> country,
      Function<String, String> actor,
      Function<String, String> place) {
    return switch (d) {
      case COUNTRY -> country.apply(value);
      case ACTOR -> actor.apply(value);
      case SOURCE -> value.strip();
      case PLACE -> isCountryCode(value) ? country.apply(value) : place.apply(value);
    };
  }

  /** Each value resolved by {@code f}, in order, without repeats. */
  public static Set<String> resolveAll(Set<String> values, Function<String, String> f) {
    Set<String> out = new LinkedHashSet<>();
    for (String v : values) {
      out.add(f.apply(v));
    }
    return out;
  }
}
