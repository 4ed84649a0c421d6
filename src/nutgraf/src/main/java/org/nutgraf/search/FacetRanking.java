package org.nutgraf.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.nutgraf.article.Language;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.FacetRequest;

/**
 * How facet values are ranked, cut and labelled, the same for the embedded index and an OpenSearch
 * cluster: by count (descending), then label, then key; selected values always shown.
 */
public final class FacetRanking {
  /** Count descending, then label, then key. */
  public static final Comparator<FacetValue> ORDER =
      Comparator.comparingLong(FacetValue::count)
          .reversed()
          .thenComparing(FacetValue::label)
          .thenComparing(FacetValue::key);

  private FacetRanking() {}

  /** A value is selected by its own key; a place also by its country's code. */
  public static boolean isSelected(Dimension dim, String key, Set<String> selected) {
    return selected.contains(key)
        || (dim == Dimension.PLACE && key.length() > 3 && selected.contains(key.substring(0, 2)));
  }

  /**
   * Sorts {@code values} in place by {@link #ORDER} and returns the first {@code req.top()} with at
   * least {@code req.minCount()} (and at least 1), followed by every {@code selected} key not among
   * them, with its count from {@code countOf} and its label from {@code label} (a country code in
   * the place dimension selects its places instead and is not added).
   */
  public static List<FacetValue> top(
      Dimension dim,
      List<FacetValue> values,
      FacetRequest req,
      Set<String> selected,
      ToLongFunction<String> countOf,
      Function<String, String> label) {
    values.sort(ORDER);
    List<FacetValue> out = new ArrayList<>();
    for (FacetValue v : values) {
      if (out.size() < req.top() && v.count() >= Math.max(1, req.minCount())) {
        out.add(v);
      }
    }
    // selected values are always shown, even at count 0 (a country selects its places instead)
    for (String key : selected) {
      if (dim == Dimension.PLACE && key.length() == 2) {
        continue;
      }
      if (out.stream().noneMatch(v -> v.key().equals(key))) {
        out.add(new FacetValue(key, label.apply(key), countOf.applyAsLong(key), true));
      }
    }
    return out;
  }

  /**
   * What to show for a facet key: a country's name and an actor's label from the given functions, a
   * source as it is, a place without its country ("HN/San Pedro Sula" → "San Pedro Sula"), a
   * language by its English name ("es" → "Spanish").
   */
  public static String label(
      Dimension dim,
      String key,
      Function<String, String> countryLabel,
      Function<String, String> actorLabel) {
    return switch (dim) {
      case COUNTRY -> countryLabel.apply(key);
      case ACTOR -> actorLabel.apply(key);
      case SOURCE -> key;
      case PLACE -> key.indexOf('/') >= 0 ? key.substring(key.indexOf('/') + 1) : key;
      case LANGUAGE -> Language.name(key);
    };
  }
}
