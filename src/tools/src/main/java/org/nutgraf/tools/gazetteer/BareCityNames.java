package org.nutgraf.tools.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.text.TokenKey;

/**
 * The bare names of cities that GeoNames files as "X City" and that news calls plain "X": a city
 * whose GeoNames name ends in " City" and whose own alternate names include the bare "X" gets "X"
 * as an alternate name ({@link PlaceEntry#ALTERNATE}), but only once every source has been read and
 * only where "X" names nothing else in the gazetteer and has no word that is a given name, a common
 * word or a non-place. "Sioux City" (no bare alternate), "Panama City" ("Panama" is a country),
 * "Carson City" ("Carson" is another city) and "Salt Lake City" ("salt" is a word) keep only their
 * full names.
 */
final class BareCityNames {
  private static final String SUFFIX = " City";
  private static final int UNSAFE = PlaceEntry.GIVEN_NAME | PlaceEntry.COMMON_WORD;

  private record Candidate(GeoNamesFiles.City city, String bare) {}

  private final List<Candidate> candidates = new ArrayList<>();

  /** Notes {@code city} when its name is "X City" and its alternate names include "X". */
  void consider(GeoNamesFiles.City city) {
    String name = city.asciiName().endsWith(SUFFIX) ? city.asciiName() : city.name();
    if (!name.endsWith(SUFFIX) || name.length() == SUFFIX.length()) {
      return;
    }
    String bare = name.substring(0, name.length() - SUFFIX.length());
    String key = TokenKey.of(bare);
    for (String a : city.alternateNames()) {
      if (!key.isEmpty() && TokenKey.of(a).equals(key) && !a.equals(a.toUpperCase(Locale.ROOT))) {
        candidates.add(new Candidate(city, bare));
        return;
      }
    }
  }

  /**
   * Adds the bare names noted whose key is no name of {@code table} yet and none of whose words is
   * flagged a given name, a common word or a non-place; call it after every other source.
   */
  void addTo(EntryTable table) {
    List<Candidate> safe = new ArrayList<>();
    for (Candidate c : candidates) {
      String key = TokenKey.of(c.bare());
      if (!table.hasName(key) && !hasUnsafeWord(table, key)) {
        safe.add(c);
      }
    }
    for (Candidate c : safe) {
      GeoNamesFiles.City city = c.city();
      table.addPlace(
          c.bare(),
          PlaceKind.CITY,
          city.country(),
          city.admin1(),
          city.population(),
          PlaceEntry.ALTERNATE,
          city.name());
    }
  }

  private static boolean hasUnsafeWord(EntryTable table, String key) {
    if ((table.nameFlags(key) & PlaceEntry.NOT_PLACE) != 0) {
      return true;
    }
    for (String word : key.split("[ -]")) {
      if (word.isEmpty() || (table.nameFlags(word) & (UNSAFE | PlaceEntry.NOT_PLACE)) != 0) {
        return true;
      }
    }
    return false;
  }
}
