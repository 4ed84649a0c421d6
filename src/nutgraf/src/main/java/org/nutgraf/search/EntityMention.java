package org.nutgraf.search;

/**
 * A place or person mention in a hit's text.
 *
 * @param type place or person
 * @param start offset of the first character in the paragraph text
 * @param end offset after the last character
 * @param kind for places: country, alias, demonym, capital, government, region, city, place; for
 *     persons: person
 * @param value the country code, or the actor key
 * @param label the country or place name, or the actor's name
 */
public record EntityMention(
    Type type, int start, int end, String kind, String value, String label) {
  /** What was mentioned. */
  public enum Type {
    PLACE,
    PERSON
  }
}
