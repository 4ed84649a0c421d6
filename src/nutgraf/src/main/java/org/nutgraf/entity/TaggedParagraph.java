package org.nutgraf.entity;

import java.util.List;
import java.util.Objects;
import org.nutgraf.article.Paragraph;
import org.nutgraf.recognition.PersonMention;
import org.nutgraf.recognition.PlaceMention;

/**
 * A paragraph with the entities it names.
 *
 * @param paragraph the paragraph
 * @param countries ISO codes of the countries it refers to, sorted, each once
 * @param actors the persons it names, in order of first mention, each once
 * @param places its place mentions with offsets and evidence
 * @param persons its person mentions with offsets and evidence, aligned with {@code personActors}
 * @param personActors for each entry of {@code persons}, the actor it resolved to
 */
public record TaggedParagraph(
    Paragraph paragraph,
    List<String> countries,
    List<Actor> actors,
    List<PlaceMention> places,
    List<PersonMention> persons,
    List<Actor> personActors) {
  public TaggedParagraph {
    Objects.requireNonNull(paragraph, "paragraph");
    countries = List.copyOf(countries);
    actors = List.copyOf(actors);
    places = List.copyOf(places);
    persons = List.copyOf(persons);
    personActors = List.copyOf(personActors);
    if (persons.size() != personActors.size()) {
      throw new IllegalArgumentException("personActors: one actor per person mention expected");
    }
  }
}
