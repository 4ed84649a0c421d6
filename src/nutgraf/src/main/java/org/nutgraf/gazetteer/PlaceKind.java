package org.nutgraf.gazetteer;

import java.util.Locale;

/** What a place name is: how it names its country. */
public enum PlaceKind {
  /** The country's own name ("Honduras"). */
  COUNTRY,
  /** Another name of the country ("U.S.", "Burma", "Holland"). */
  ALIAS,
  /** An adjective or people-noun ("Honduran", "Hondurans"). */
  DEMONYM,
  /** A capital city or seat of government named as a place ("a summit in Brussels"). */
  CAPITAL,
  /** A capital standing for its government ("Washington said", "Beijing warned"). */
  GOVERNMENT,
  /** A first-level region: state, province, department ("Chiapas", "Texas"). */
  REGION,
  /** A city or town ("San Pedro Sula"). */
  CITY,
  /** Another named place inside a country: a district, an area ("Gaza", "Hollywood"). */
  PLACE,
  /**
   * A name of something larger than a country or not a place of one ("Latin America", "South China
   * Sea"); it is matched so that the country names inside it are not.
   */
  SUPRANATIONAL;

  /** Lower-case name, as used in token types and JSON: "country", "demonym". */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for names of the country itself (name, alias, demonym). */
  public boolean isCountryLevel() {
    return this == COUNTRY || this == ALIAS || this == DEMONYM;
  }

  /** Parses {@link #label()}. */
  public static PlaceKind of(String label) {
    return valueOf(label.strip().toUpperCase(Locale.ROOT));
  }
}
