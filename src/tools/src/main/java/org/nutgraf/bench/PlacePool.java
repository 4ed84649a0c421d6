package org.nutgraf.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.nutgraf.gazetteer.Country;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;

/**
 * Places the corpus mentions, taken from a gazetteer: countries weighted toward the populous, each
 * with its name, an adjectival demonym and its largest cities. Only names the gazetteer resolves to
 * one country without help from context are used. Immutable.
 */
final class PlacePool {
  private static final int AMBIGUOUS =
      PlaceEntry.COMMON_WORD
          | PlaceEntry.GIVEN_NAME
          | PlaceEntry.LOWER_HOMONYM
          | PlaceEntry.NOT_PLACE
          | PlaceEntry.EXACT_CASE
          | PlaceEntry.ALTERNATE
          | PlaceEntry.SUPRANATIONAL_SEAT;
  private static final int CITIES_PER_COUNTRY = 8;
  private static final long MIN_COUNTRY_POPULATION = 200_000;
  private static final long MIN_CITY_POPULATION = 150_000;

  /** One country as the corpus writes it. */
  record Place(String code, String name, String demonym, List<String> cities) {}

  private final List<Place> places;
  private final Zipf weights;
  private final Zipf cityRanks = new Zipf(CITIES_PER_COUNTRY, 0.8);

  PlacePool(Gazetteer gazetteer) {
    Map<String, List<PlaceEntry>> cities = new HashMap<>();
    Map<String, Set<String>> demonyms = new HashMap<>();
    for (List<PlaceEntry> group : gazetteer.groups()) {
      PlaceEntry e = group.get(0);
      if (!unambiguous(group)) {
        continue;
      }
      if (e.kind() == PlaceKind.DEMONYM) {
        demonyms.computeIfAbsent(e.country(), k -> new HashSet<>()).add(e.name());
      } else if ((e.kind() == PlaceKind.CITY || e.kind() == PlaceKind.CAPITAL)
          && e.population() >= MIN_CITY_POPULATION) {
        cities.computeIfAbsent(e.country(), k -> new ArrayList<>()).add(e);
      }
    }
    List<Place> out = new ArrayList<>();
    List<Double> w = new ArrayList<>();
    for (Country c : gazetteer.countries()) {
      if (c.population() < MIN_COUNTRY_POPULATION || !resolvesTo(gazetteer, c.name(), c.code())) {
        continue;
      }
      List<String> names =
          cities.getOrDefault(c.code(), List.of()).stream()
              .sorted(Comparator.comparingLong(PlaceEntry::population).reversed())
              .map(PlaceEntry::name)
              .distinct()
              .limit(CITIES_PER_COUNTRY)
              .toList();
      out.add(new Place(c.code(), c.name(), adjective(demonyms.get(c.code()), c.name()), names));
      w.add(Math.sqrt(c.population()));
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("gazetteer has no country the corpus can use");
    }
    places = List.copyOf(out);
    weights = new Zipf(w.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** A country, the populous ones more often. */
  Place country(SplittableRandom random) {
    return places.get(weights.sample(random));
  }

  /** One of the country's cities, the large ones more often; its name when it has none. */
  String city(Place p, SplittableRandom random) {
    if (p.cities().isEmpty()) {
      return p.name();
    }
    int i = cityRanks.sample(random);
    return p.cities().get(Math.min(i, p.cities().size() - 1));
  }

  /** True when every entry of the name is in one country and none needs context. */
  private static boolean unambiguous(List<PlaceEntry> group) {
    String country = group.get(0).country();
    for (PlaceEntry e : group) {
      if (!e.hasCountry() || !e.country().equals(country) || (e.flags() & AMBIGUOUS) != 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean resolvesTo(Gazetteer g, String name, String code) {
    List<PlaceEntry> entries = g.lookup(name);
    return !entries.isEmpty()
        && unambiguous(entries)
        && entries.get(0).country().equals(code)
        && entries.get(0).kind().isCountryLevel();
  }

  /** "Kenyan" of {Kenyan, Kenyans}: the shortest form that is not another's plural. */
  private static String adjective(Set<String> forms, String fallback) {
    if (forms == null) {
      return fallback;
    }
    return forms.stream()
        .filter(f -> !(f.endsWith("s") && forms.contains(f.substring(0, f.length() - 1))))
        .filter(f -> f.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-'))
        .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
        .orElse(fallback);
  }
}
