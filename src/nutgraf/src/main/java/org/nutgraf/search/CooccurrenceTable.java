package org.nutgraf.search;

import java.util.List;

/**
 * Which actors are mentioned with which countries in the matching paragraphs: for the top actors
 * and countries, how many paragraphs mention both.
 *
 * @param actors the top actors (rows)
 * @param countries the top countries (columns)
 * @param cells the non-zero counts
 */
public record CooccurrenceTable(
    List<FacetValue> actors, List<FacetValue> countries, List<Cell> cells) {
  public CooccurrenceTable {
    actors = List.copyOf(actors);
    countries = List.copyOf(countries);
    cells = List.copyOf(cells);
  }

  /** Paragraphs mentioning {@code actorKey} and {@code country}. */
  public record Cell(String actorKey, String country, long count) {}

  /** The count of one pair; 0 when they never appear together. */
  public long count(String actorKey, String country) {
    for (Cell c : cells) {
      if (c.actorKey().equals(actorKey) && c.country().equals(country)) {
        return c.count();
      }
    }
    return 0;
  }
}
