package org.nutgraf.recognition;

import java.util.List;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenSequence;

/**
 * "Paris, Texas" and "Atlanta, Georgia": a city followed by its region or country decides both
 * names at once, whatever else the article mentions. "Dade County, Fla." pairs the same way across
 * the word "County"; a county name none of whose readings lies in the region or country after it is
 * a county the gazetteer lacks, and no place of its own.
 */
final class CityStatePairing {
  private CityStatePairing() {}

  /**
   * Narrows each "City, Region" or "City, Country" pair of {@code list} to the entries that fit.
   */
  static void pair(TokenSequence t, List<PlaceCandidate> list, boolean explain) {
    for (int k = 0; k + 1 < list.size(); k++) {
      PlaceCandidate city = list.get(k);
      PlaceCandidate state = list.get(k + 1);
      boolean county = state.from == city.to + 1 && CountyForm.countyAfter(t, city.to);
      if (city.dropped
          || state.dropped
          || (state.from != city.to && !county)
          || !t.is(state.from, TokenFlags.COMMA_BEFORE)) {
        continue;
      }
      PlaceEntry bestCity = null;
      PlaceEntry bestState = null;
      int bestScore = 0;
      for (PlaceEntry ce : city.entries) {
        if (ce.kind().isCountryLevel() || !ce.hasCountry()) {
          continue;
        }
        for (PlaceEntry se : state.entries) {
          int score = score(ce, se);
          if (score > bestScore) {
            bestScore = score;
            bestCity = ce;
            bestState = se;
          }
        }
      }
      if (bestCity != null) {
        city.entries = new PlaceEntry[] {bestCity};
        state.entries = new PlaceEntry[] {bestState};
        city.paired = true;
        state.paired = true;
        if (explain) {
          city.evidence = "'" + t.text(city.from, state.to) + "'";
          state.evidence = city.evidence;
        }
      } else if (county && regionOrCountry(state)) {
        city.dropped = true;
        city.evidence =
            explain ? "'" + t.text(city.from, state.to) + "' is a county the gazetteer lacks" : "";
      }
    }
  }

  /**
   * Whether {@code state}, which the caller has found right after {@code city} and a comma, is the
   * region of one of the city's readings that is no small town ("Washington, D.C.", "Paris,
   * Texas"), as {@link #pair} would pair them; the candidates are left as they are. A country after
   * the comma does not count here: "Freeland, U.S. Trade Representative Robert Lighthizer" lists
   * people.
   */
  static boolean fits(PlaceCandidate city, PlaceCandidate state) {
    for (PlaceEntry ce : city.entries) {
      if (ce.kind().isCountryLevel() || !ce.hasCountry() || ce.has(PlaceEntry.SMALL_TOWN)) {
        continue;
      }
      for (PlaceEntry se : state.entries) {
        if (score(ce, se) == 3) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * How well {@code se} places the city reading {@code ce}: 3 when it is the city's region, 2 its
   * country, else 0.
   */
  private static int score(PlaceEntry ce, PlaceEntry se) {
    if (se.kind() == PlaceKind.REGION
        && !ce.admin1().isEmpty()
        && ce.admin1().equals(se.admin1())) {
      return 3;
    }
    return se.kind().isCountryLevel() && se.country().equals(ce.country()) ? 2 : 0;
  }

  /** Whether every reading of {@code c} is a region or a country. */
  private static boolean regionOrCountry(PlaceCandidate c) {
    for (PlaceEntry e : c.entries) {
      if (e.kind() != PlaceKind.REGION && !e.kind().isCountryLevel()) {
        return false;
      }
    }
    return c.entries.length > 0;
  }
}
