package org.nutgraf.query;

import java.util.Locale;

/** A facet dimension: what paragraphs are counted by. */
public enum Dimension {
  /** Countries by ISO code, labelled with their names ("HN" → "Honduras"). */
  COUNTRY("country"),
  /** Actors by key, labelled with their canonical names. */
  ACTOR("actor"),
  /** Outlets. */
  SOURCE("source"),
  /** Towns and regions under their country: "HN" → "San Pedro Sula". */
  PLACE("place"),
  /** Article languages by ISO 639-1 code ("es"; "und" when not known), labelled "Spanish". */
  LANGUAGE("language");

  private final String field;

  Dimension(String field) {
    this.field = field;
  }

  /** The name used in query strings, JSON and the index ("country"). */
  public String fieldName() {
    return field;
  }

  /**
   * The dimension named {@code name} ("country", "actor", "source", "place", "language"; case
   * ignored).
   *
   * @throws IllegalArgumentException naming the known dimensions
   */
  public static Dimension of(String name) {
    for (Dimension d : values()) {
      if (d.field.equals(name.strip().toLowerCase(Locale.ROOT))) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "unknown facet dimension \""
            + name
            + "\" (known: country, actor, source, place, language)");
  }
}
