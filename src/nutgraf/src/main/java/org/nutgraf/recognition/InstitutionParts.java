package org.nutgraf.recognition;

import java.util.List;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.text.TokenSequence;

/**
 * A place candidate inside the name of a country's institution ({@link InstitutionCountries}) is a
 * word of that name, not a place, unless one of its places lies in the institution's own country:
 * "Sabha" in "Lok Sabha" is no Libyan city, while "Scotland" in "Scotland Yard" stays British.
 */
final class InstitutionParts {
  private InstitutionParts() {}

  /**
   * Drops the candidates of {@code candidates} that overlap tokens {@code from..to}, an institution
   * of {@code country}, and have no entry in that country.
   */
  static void drop(
      TokenSequence t, List<PlaceCandidate> candidates, int from, int to, String country) {
    for (PlaceCandidate c : candidates) {
      if (c.dropped || c.to <= from || c.from >= to || inCountry(c, country)) {
        continue;
      }
      c.dropped = true;
      c.evidence =
          "'"
              + t.text(c.from, c.to)
              + "' is part of '"
              + t.text(from, to)
              + "', an institution of "
              + country;
    }
  }

  private static boolean inCountry(PlaceCandidate c, String country) {
    for (PlaceEntry e : c.entries) {
      if (country.equals(e.country())) {
        return true;
      }
    }
    return false;
  }
}
