package org.nutgraf.recognition;

import java.util.List;

/**
 * What recognition found in one text, each list in text order.
 *
 * @param places place names resolved to countries
 * @param persons person names
 */
public record Recognized(List<PlaceMention> places, List<PersonMention> persons) {
  public Recognized {
    places = List.copyOf(places);
    persons = List.copyOf(persons);
  }

  /** Nothing found. */
  public static final Recognized EMPTY = new Recognized(List.of(), List.of());
}
