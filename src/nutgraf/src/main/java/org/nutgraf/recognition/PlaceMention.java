package org.nutgraf.recognition;

import java.util.Objects;
import org.nutgraf.gazetteer.PlaceKind;

/**
 * A place name found in a text, resolved to its country.
 *
 * @param startOffset offset of its first character in the text
 * @param endOffset offset after its last character (a possessive 's is not included)
 * @param surface the name as written ("Guatemala", "U.S.", "Hondurans")
 * @param kind what the name is: country, alias, demonym, capital, government, region, city
 * @param country ISO 3166-1 alpha-2 code of the country it refers to
 * @param place the place's main name ("Kyiv" for "Kiev", "Honduras" for "Hondurans")
 * @param evidence why this country was chosen, in a few words, for {@code explain}
 */
public record PlaceMention(
    int startOffset,
    int endOffset,
    String surface,
    PlaceKind kind,
    String country,
    String place,
    String evidence) {
  public PlaceMention {
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(evidence, "evidence");
  }
}
