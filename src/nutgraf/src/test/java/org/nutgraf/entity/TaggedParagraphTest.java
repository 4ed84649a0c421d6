package org.nutgraf.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Paragraph;
import org.nutgraf.recognition.PersonMention;

/** A tagged paragraph: one actor slot per person mention, and lists that stay as given. */
class TaggedParagraphTest {
  private static final Paragraph P = new Paragraph("a1", 0, "Ines Laval spoke in Lima.");
  private static final PersonMention LAVAL =
      new PersonMention(0, 10, "Ines Laval", "Ines Laval", Optional.empty(), Optional.empty(), "");
  private static final Actor ACTOR = new Actor("Ines Laval", "ines laval", Optional.of("PE"));

  @Test
  void everyPersonMentionHasItsActorSlot() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new TaggedParagraph(P, List.of(), List.of(), List.of(), List.of(LAVAL), List.of()));
    assertEquals("personActors: one actor per person mention expected", e.getMessage());
    TaggedParagraph ok =
        new TaggedParagraph(
            P, List.of("PE"), List.of(ACTOR), List.of(), List.of(LAVAL), List.of(ACTOR));
    assertEquals(ACTOR, ok.personActors().get(0));
  }

  @Test
  void theListsAreCopiesAndAParagraphIsRequired() {
    List<String> countries = new ArrayList<>(List.of("PE"));
    TaggedParagraph t =
        new TaggedParagraph(P, countries, List.of(), List.of(), List.of(), List.of());
    countries.add("BO");
    assertEquals(List.of("PE"), t.countries());
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> new TaggedParagraph(null, List.of(), List.of(), List.of(), List.of(), List.of()));
    assertEquals("paragraph", e.getMessage());
  }
}
