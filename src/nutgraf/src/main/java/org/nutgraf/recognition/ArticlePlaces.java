package org.nutgraf.recognition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;

/**
 * What an article says plainly about where it is: how often each country is named by a name that
 * has no other reading (an abbreviation that needs its country named elsewhere does not count), in
 * the article and in each paragraph, and the first-level regions its unambiguous towns lie in
 * ("Atlanta" puts the article in US.GA). Names of a country's own institutions ({@link
 * InstitutionCountries}: "the Taoiseach", "the Knesset") count for that country in the article, as
 * if it were named, but not in their paragraph: they name no place there.
 */
final class ArticlePlaces {
  // counts are Integers, not Doubles: the small ones are cached, so counting allocates no boxes
  private final Map<String, Integer> article = new HashMap<>();
  private final List<Map<String, Integer>> paragraphs = new ArrayList<>();
  private final Set<String> regions = new HashSet<>();

  /** Times each name was counted, by the entry of its country (one per name of the gazetteer). */
  private final Map<PlaceEntry, Integer> byName = new IdentityHashMap<>();

  /** Counts the candidates that are still standing after the context rules. */
  ArticlePlaces(List<List<PlaceCandidate>> candidates) {
    this(candidates, List.of(), true);
  }

  /**
   * Counts the candidates that are still standing after the context rules, and once for each entry
   * of {@code institutions} the country it names, in the article only. With {@code clearSizes}, a
   * name whose largest place dwarfs every namesake abroad ({@link CountryChoice#clearlyLargestOf})
   * counts for that place's country as a name with no other reading does ("Real Madrid beat
   * Barcelona": Madrid puts the paragraph in Spain before Barcelona, Venezuela, is weighed), unless
   * it is also a given name or a word.
   */
  ArticlePlaces(
      List<List<PlaceCandidate>> candidates, List<String> institutions, boolean clearSizes) {
    this(candidates, institutions, clearSizes, false);
  }

  /**
   * As above; with {@code resolved}, a name the choice of country already resolved counts for the
   * country chosen as well, when it counted for none before ("Gaza", chosen over the province of
   * Mozambique, puts the article in the Palestinian territories for "Rafah").
   */
  ArticlePlaces(
      List<List<PlaceCandidate>> candidates,
      List<String> institutions,
      boolean clearSizes,
      boolean resolved) {
    for (String country : institutions) {
      article.merge(country, 1, Integer::sum);
    }
    for (List<PlaceCandidate> list : candidates) {
      Map<String, Integer> local = Map.of(); // made when the paragraph names a country
      for (PlaceCandidate c : list) {
        if (c.dropped || c.describesCoast || c.has(PlaceEntry.NEEDS_ARTICLE_COUNTRY)) {
          continue; // such a name needs the country named otherwise; it cannot support itself
        }
        String country = c.unambiguousCountry;
        if (country == null && clearSizes) {
          country = clearSizeCountry(c);
        }
        if (country == null && resolved && c.chosen != null && c.chosen.hasCountry()) {
          country = c.chosen.country();
        }
        if (country != null) {
          article.merge(country, 1, Integer::sum);
          if (local.isEmpty()) {
            local = new HashMap<>();
          }
          local.merge(country, 1, Integer::sum);
          if (c.unambiguousCountry != null) {
            byName.merge(ownEntry(c), 1, Integer::sum);
          }
        }
        String region = townRegion(c);
        if (region != null) {
          regions.add(region);
        }
      }
      paragraphs.add(local);
    }
  }

  /** The country of the place that dwarfs every namesake of {@code c} abroad, or null. */
  private static String clearSizeCountry(PlaceCandidate c) {
    if (c.has(PlaceEntry.GIVEN_NAME)
        || c.has(PlaceEntry.COMMON_WORD)
        || c.has(PlaceEntry.NOT_PLACE)) {
      return null;
    }
    PlaceEntry top = CountryChoice.clearlyLargestOf(c);
    return top == null ? null : top.country();
  }

  /** The region every entry of a town's name lies in, or null (a region never counts itself). */
  private static String townRegion(PlaceCandidate c) {
    String region = null;
    for (PlaceEntry e : c.entries) {
      if (e.kind() == PlaceKind.REGION || e.kind().isCountryLevel() || e.admin1().isEmpty()) {
        return null;
      }
      if (region == null) {
        region = e.admin1();
      } else if (!region.equals(e.admin1())) {
        return null;
      }
    }
    return region;
  }

  /**
   * Times the article names the country of {@code c} by {@code c}'s own name, {@code c} included:
   * what of {@link #inArticle} is only the name itself, said again ("Delft" twice names the
   * Netherlands once as far as the rest of the article goes). 0 when {@code c} names no one
   * country; at least 1 otherwise.
   */
  double timesNamedAs(PlaceCandidate c) {
    if (c.unambiguousCountry == null) {
      return 0;
    }
    PlaceEntry own = ownEntry(c);
    return Math.max(1, own == null ? 0 : byName.getOrDefault(own, 0));
  }

  /** The first entry of {@code c} in its unambiguous country; null when there is none. */
  private static PlaceEntry ownEntry(PlaceCandidate c) {
    for (PlaceEntry e : c.entries) {
      if (c.unambiguousCountry.equals(e.country())) {
        return e;
      }
    }
    return null;
  }

  /** Times the article names {@code country} unambiguously. */
  double inArticle(String country) {
    return article.getOrDefault(country, 0);
  }

  /** The most times the article names unambiguously any one country other than {@code country}. */
  double mostOtherThan(String country) {
    double most = 0;
    for (Map.Entry<String, Integer> e : article.entrySet()) {
      if (!e.getKey().equals(country)) {
        most = Math.max(most, e.getValue());
      }
    }
    return most;
  }

  /** Times paragraph {@code p} names {@code country} unambiguously. */
  double inParagraph(int p, String country) {
    return paragraphs.get(p).getOrDefault(country, 0);
  }

  /** Whether a town of the article lies in the first-level region {@code admin1}. */
  boolean hasTownIn(String admin1) {
    return !admin1.isEmpty() && regions.contains(admin1);
  }
}
