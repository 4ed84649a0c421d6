package org.nutgraf.recognition;

import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;

/** A gazetteer name matched over tokens {@code from..to}, before its country is decided. */
final class PlaceCandidate {
  final int from;
  final int to;

  /** Entries whose case rule the text passes, country-level first. */
  PlaceEntry[] entries;

  /** The entry chosen by resolution; null while undecided or when abstaining. */
  PlaceEntry chosen;

  PlaceKind kind;
  String evidence = "";

  /** True when nothing is emitted for it (abstained, part of a person's name). */
  boolean dropped;

  /** What the fitted country choice weighed, when it weighed this name and was asked to keep it. */
  CountryDecision countryDecision;

  /** True when it opens a text as a dateline ("ATLANTA —"), which always names a place. */
  boolean dateline;

  /** True when "City, Region" pairing decided it. */
  boolean paired;

  /**
   * True when its own region follows it after a comma, and no capitalised word stands right before
   * it ("the plan for Washington, D.C."; {@link CityStatePairing#fits}): a place however weak its
   * name, where no person's name starts.
   */
  boolean beforeItsRegion;

  /**
   * True when the country choice dropped it because nothing decided between its countries; the
   * resolver weighs it once more when the article's other names are resolved ({@link
   * PlaceResolver}).
   */
  boolean undecided;

  /**
   * True when it opens the name of a team or an event of the place ("the Boston Celtics", "the
   * Boston Marathon"), which names the place even where the name is also a given name.
   */
  boolean opensATeamsName;

  /**
   * True when the name describes a coast of any country ("the West Coast", {@link
   * DescriptiveCoasts}): it stands only where the article names its place's country otherwise, and
   * does not count as naming it.
   */
  boolean describesCoast;

  /**
   * The country when every gazetteer entry of the name agrees on one, before any rule ran; small
   * towns do not count against a larger place of the same name ("in Rockingham" names Australia).
   */
  final String unambiguousCountry;

  PlaceCandidate(int from, int to, PlaceEntry[] entries) {
    this.from = from;
    this.to = to;
    this.entries = entries;
    this.unambiguousCountry = onlyCountry(hasLargerPlace() ? PlaceEntry.SMALL_TOWN : 0);
  }

  /** Whether an entry with a country is not a small town. */
  boolean hasLargerPlace() {
    for (PlaceEntry e : entries) {
      if (e.hasCountry() && !e.has(PlaceEntry.SMALL_TOWN)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when it names a country outright (a country-level name that is not also a given name), has
   * two words or more, or stands before its own region ({@link #beforeItsRegion}).
   */
  boolean isStrong() {
    if (beforeItsRegion) {
      return true;
    }
    for (PlaceEntry e : entries) {
      if (e.kind() == PlaceKind.SUPRANATIONAL) {
        return true;
      }
      if (e.kind().isCountryLevel() && !e.has(PlaceEntry.GIVEN_NAME)) {
        return true;
      }
    }
    return to - from >= 2;
  }

  /** The single country all entries agree on, or null. */
  String onlyCountry() {
    return onlyCountry(0);
  }

  /** The single country all entries without the flag {@code skipped} agree on, or null. */
  private String onlyCountry(int skipped) {
    String c = null;
    for (PlaceEntry e : entries) {
      if (skipped != 0 && e.has(skipped)) {
        continue;
      }
      if (c == null) {
        c = e.country();
      } else if (!c.equals(e.country())) {
        return null;
      }
    }
    return c == null || c.isEmpty() ? null : c;
  }

  /** Whether an entry has the flag bit {@code flag} (one of {@link PlaceEntry}'s bits). */
  boolean has(int flag) {
    for (PlaceEntry e : entries) {
      if (e.has(flag)) {
        return true;
      }
    }
    return false;
  }

  boolean hasCountryLevel() {
    for (PlaceEntry e : entries) {
      if (e.kind().isCountryLevel()) {
        return true;
      }
    }
    return false;
  }
}
