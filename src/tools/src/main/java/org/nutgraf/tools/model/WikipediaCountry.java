package org.nutgraf.tools.model;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.recognition.CountryDecision;
import org.nutgraf.text.NameKey;

/**
 * The country an annotator meant by a place name, read from the title of the Wikipedia article the
 * annotation links it to. A title that qualifies the name says where it is ("Durham, England",
 * "Santa Cruz, California", "Broadway (San Francisco)") or what it is ("Attica (region)"); a bare
 * title ("Paris") is Wikipedia's primary topic of the name, taken as the namesake of largest
 * population unless the title names only one country's places.
 */
final class WikipediaCountry {
  private static final Pattern PARENTHESIS = Pattern.compile("(.+) \\((.+)\\)");

  private final Gazetteer gazetteer;

  WikipediaCountry(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The country of the place {@code title} names, among the countries {@code d} weighed or not;
   * empty when the title does not say.
   */
  Optional<String> of(String title, CountryDecision d) {
    String t = title.replace('_', ' ').trim();
    Matcher m = PARENTHESIS.matcher(t);
    if (m.matches()) {
      String kind = kindOf(m.group(2), d);
      return kind != null ? Optional.of(kind) : where(m.group(2), d);
    }
    int comma = t.lastIndexOf(", ");
    if (comma > 0) {
      return where(t.substring(comma + 2), d);
    }
    return primaryTopic(t);
  }

  /**
   * The country of the one option whose place is of the kind {@code word} names ("state", "city"),
   * or null.
   */
  private static String kindOf(String word, CountryDecision d) {
    String feature =
        switch (word.toLowerCase(Locale.ROOT)) {
          case "state", "region", "province", "department", "prefecture" -> "kind region";
          case "city", "town" -> "kind city";
          default -> null;
        };
    if (feature == null) {
      return null;
    }
    String found = null;
    for (CountryDecision.Option o : d.options()) {
      if (o.features().contains(feature)
          || (feature.equals("kind city") && o.features().contains("kind capital"))) {
        if (found != null) {
          return null;
        }
        found = o.country();
      }
    }
    return found;
  }

  /**
   * The country a qualifying place name lies in: the one country of {@code d}'s options it names
   * ("Savannah, Georgia" is in the US when the name's namesakes are in the US and Ghana); else a
   * country of that name, or one country's regions or places.
   */
  private Optional<String> where(String name, CountryDecision d) {
    List<PlaceEntry> entries = gazetteer.lookup(name);
    Set<String> weighed = new HashSet<>();
    d.options().forEach(o -> weighed.add(o.country()));
    Optional<String> among =
        agreed(entries.stream().filter(e -> e.hasCountry() && weighed.contains(e.country())));
    if (among.isPresent()) {
      return among;
    }
    for (PlaceEntry e : entries) {
      if (e.kind().isCountryLevel() && e.hasCountry()) {
        return Optional.of(e.country());
      }
    }
    Optional<String> region = agreed(entries.stream().filter(e -> e.kind() == PlaceKind.REGION));
    return region.isPresent() ? region : agreed(entries.stream());
  }

  /**
   * The country of the place a bare title means: the one country its places lie in, else the most
   * populous place whose own name the title is (an entry that is another name of a place, as
   * "Cancun" is of a Chinese town, counts only when no place has the title as its own name).
   */
  private Optional<String> primaryTopic(String title) {
    List<PlaceEntry> entries = gazetteer.lookup(title);
    Optional<String> one = agreed(entries.stream());
    if (one.isPresent()) {
      return one;
    }
    String key = NameKey.of(title);
    PlaceEntry top = largest(entries.stream().filter(e -> NameKey.of(e.label()).equals(key)));
    if (top == null) {
      top = largest(entries.stream());
    }
    return top == null || top.population() == 0 ? Optional.empty() : Optional.of(top.country());
  }

  private static PlaceEntry largest(Stream<PlaceEntry> entries) {
    return entries
        .filter(PlaceEntry::hasCountry)
        .max(Comparator.comparingLong(PlaceEntry::population))
        .orElse(null);
  }

  private static Optional<String> agreed(Stream<PlaceEntry> entries) {
    List<String> countries =
        entries.filter(PlaceEntry::hasCountry).map(PlaceEntry::country).distinct().toList();
    return countries.size() == 1 ? Optional.of(countries.get(0)) : Optional.empty();
  }
}
