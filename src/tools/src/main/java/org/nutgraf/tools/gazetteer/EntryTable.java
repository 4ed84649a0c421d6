package org.nutgraf.tools.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.nutgraf.gazetteer.Country;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.text.TokenKey;

/**
 * The countries and place entries read so far, and the rules that decide between names claimed
 * twice: the first source to give a country-level name to a country keeps it (the team's tables are
 * read first), an official country name wins over another country's alias, and no place shadows a
 * country-level name of another country.
 */
final class EntryTable {
  private final NameFlags flags;
  private final Map<String, Country> countries = new TreeMap<>();
  private final Map<String, PlaceEntry> entries = new LinkedHashMap<>();
  private final Set<String> countryLevelKeys = new HashSet<>();
  private final Map<String, String> countryKeyOwner = new HashMap<>();
  private final Set<String> keys = new HashSet<>();

  EntryTable(NameFlags flags) {
    this.flags = flags;
  }

  void addCountry(Country c) {
    countries.put(c.code(), c);
  }

  /** The country of ISO code {@code code}, if one was added. */
  Optional<Country> country(String code) {
    return Optional.ofNullable(countries.get(code));
  }

  /** The countries added, by code. */
  Collection<Country> countries() {
    return Collections.unmodifiableCollection(countries.values());
  }

  boolean hasCountry(String code) {
    return countries.containsKey(code);
  }

  /** Whether a country-level or supranational name was added under {@code key}. */
  boolean isCountryLevel(String key) {
    return countryLevelKeys.contains(key);
  }

  /**
   * Adds a country, alias or demonym of {@code code} ({@code "--"}: a name that abstains); its
   * label is the country's name.
   */
  void addCountryLevel(String name, PlaceKind kind, String code, int flags, long population) {
    String key = TokenKey.of(name);
    String country = code.equals("--") ? "" : code;
    String owner = countryKeyOwner.get(key);
    if (owner != null && !owner.equals(country)) {
      if (kind == PlaceKind.COUNTRY) {
        // an official name wins over an alias of another country
        entries
            .values()
            .removeIf(e -> e.kind().isCountryLevel() && key.equals(TokenKey.of(e.name())));
      } else {
        return; // the first table to claim a name wins; the team's tables are read first
      }
    }
    countryKeyOwner.put(key, country);
    countryLevelKeys.add(key);
    String label = country.isEmpty() ? name : countries.get(country).name();
    int words = (flags & PlaceEntry.EXACT_CASE) != 0 ? 0 : this.flags.of(key, true);
    put(key, new PlaceEntry(name, kind, country, "", population, flags | words, label));
  }

  /** Adds a name above or across countries ("Central America"), which resolves to none. */
  void addSupranational(String name, long population) {
    String key = TokenKey.of(name);
    countryLevelKeys.add(key);
    put(key, new PlaceEntry(name, PlaceKind.SUPRANATIONAL, "", "", population, 0, name));
  }

  /**
   * Adds a region, city or other place, unless its name is a country-level name of another country
   * (a region may share one) or part of a supranational name.
   */
  void addPlace(
      String name,
      PlaceKind kind,
      String country,
      String admin1,
      long population,
      int flags,
      String label) {
    String key = TokenKey.of(name);
    if (key.isEmpty()) {
      return;
    }
    String owner = countryKeyOwner.get(key);
    if (owner != null && !owner.equals(country) && kind != PlaceKind.REGION) {
      return; // "Armenia" the Colombian city never shadows the country
    }
    if (countryLevelKeys.contains(key) && owner == null) {
      return; // part of a supranational name
    }
    put(
        key,
        new PlaceEntry(
            name, kind, country, admin1, population, flags | this.flags.of(key, false), label));
  }

  /**
   * Removes the cities of country {@code code} named {@code key}, returning them in added order.
   */
  List<PlaceEntry> removeCities(String code, String key) {
    List<PlaceEntry> removed = new ArrayList<>();
    for (Iterator<PlaceEntry> it = entries.values().iterator(); it.hasNext(); ) {
      PlaceEntry e = it.next();
      if (e.kind() == PlaceKind.CITY
          && e.country().equals(code)
          && key.equals(TokenKey.of(e.name()))) {
        removed.add(e);
        it.remove();
      }
    }
    return removed;
  }

  /** The countries of the demonyms added so far. */
  Set<String> demonymCountries() {
    Set<String> covered = new HashSet<>();
    for (PlaceEntry e : entries.values()) {
      if (e.kind() == PlaceKind.DEMONYM) {
        covered.add(e.country());
      }
    }
    return covered;
  }

  /** Whether any entry was ever added under the folded name {@code key}. */
  boolean hasName(String key) {
    return keys.contains(key) || countryLevelKeys.contains(key);
  }

  /** The flags a place named by the folded {@code key} would earn ({@link NameFlags#of}). */
  int nameFlags(String key) {
    return flags.of(key, false);
  }

  int entryCount() {
    return entries.size();
  }

  /** The gazetteer of the countries and entries added, in added order. */
  Gazetteer gazetteer() {
    Gazetteer.Builder b = new Gazetteer.Builder();
    countries.values().forEach(b::country);
    entries.values().forEach(b::add);
    return b.build();
  }

  /**
   * Adds {@code e} under {@code key}; of two entries of one name, kind, country and region the more
   * populous stays.
   */
  private void put(String key, PlaceEntry e) {
    String id = key + "|" + e.kind() + "|" + e.country() + "|" + e.admin1() + "|" + e.name();
    keys.add(key);
    PlaceEntry old = entries.get(id);
    if (old == null || old.population() < e.population()) {
      entries.put(id, e);
    }
  }
}
