package org.nutgraf.gazetteer;

import java.util.Objects;

/**
 * One name of one place in the gazetteer.
 *
 * @param name the name as written in the source, with its case and accents
 * @param kind what the name is
 * @param country ISO 3166-1 alpha-2 code (Kosovo XK); empty for a supranational name or an
 *     ambiguous one the gazetteer abstains on
 * @param admin1 the first-level region code of a region or city ("US.TX", "MX.05"); empty when
 *     unknown
 * @param population population of the place, for ranking; 0 when unknown
 * @param flags {@link #EXACT_CASE} and the other bits below
 * @param label the place's main name ("Kyiv" for the name "Kiev"), for facets
 */
public record PlaceEntry(
    String name,
    PlaceKind kind,
    String country,
    String admin1,
    long population,
    int flags,
    String label) {

  /** Counts only when written exactly as {@link #name} ("US", not "us" or "Us"). */
  public static final int EXACT_CASE = 1;

  /** Also a common English word ("Reading", "Mobile"): needs context to count. */
  public static final int COMMON_WORD = 1 << 1;

  /** Also a given name ("Jordan", "Chad", "Florence"): not when it starts a person's name. */
  public static final int GIVEN_NAME = 1 << 2;

  /** The lower-case word means something else ("turkey", "china"). */
  public static final int LOWER_HOMONYM = 1 << 3;

  /** Seat of a body above the country ("Brussels" for the EU): as government, no country. */
  public static final int SUPRANATIONAL_SEAT = 1 << 4;

  /** An alternate name from GeoNames, weaker than a main name. */
  public static final int ALTERNATE = 1 << 5;

  /** Added or changed by the user, trusted over the built-in entries. */
  public static final int USER = 1 << 6;

  /**
   * Mostly not a place in news ("March", "Police", "Split"): counts only as "City, Region" or
   * "City, Country".
   */
  public static final int NOT_PLACE = 1 << 7;

  /**
   * Written in lower case in running text, as Spanish demonyms are ("hondureños"): matched in lower
   * case too, in the texts of the gazetteer's language ({@link Gazetteer#spanish()}).
   */
  public static final int LOWER_CASE_FORM = 1 << 8;

  /**
   * A town from the fuller GeoNames list, smaller than the cities the gazetteer holds otherwise
   * (under 15,000 people): its name is as often a surname or a word, so it counts only where the
   * sentence puts a place ("in", "near", "outside", a dateline) or as "Town, Region" and "Town,
   * Country".
   */
  public static final int SMALL_TOWN = 1 << 9;

  /**
   * An abbreviation with other readings ("SA": South Africa, but also South Australia and a company
   * suffix): counts only where the article names its country by some other name, and not right
   * after a capitalised word inside a sentence ("Nestlé SA").
   */
  public static final int NEEDS_ARTICLE_COUNTRY = 1 << 10;

  public PlaceEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(admin1, "admin1");
    Objects.requireNonNull(label, "label");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name: must not be blank");
    }
    if (!country.isEmpty() && !isCode(country)) {
      throw new IllegalArgumentException("country: not an ISO 3166-1 alpha-2 code: " + country);
    }
  }

  private static boolean isCode(String c) {
    return c.length() == 2
        && c.charAt(0) >= 'A'
        && c.charAt(0) <= 'Z'
        && c.charAt(1) >= 'A'
        && c.charAt(1) <= 'Z';
  }

  /** True if every bit of {@code flag} is set. */
  public boolean has(int flag) {
    return (flags & flag) == flag;
  }

  /** True when the name resolves to a country. */
  public boolean hasCountry() {
    return !country.isEmpty();
  }
}
