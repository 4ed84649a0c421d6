package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A person mention: its word count, and the parts it cannot do without. */
class PersonMentionTest {
  private static PersonMention named(String name) {
    return new PersonMention(0, name.length(), name, name, Optional.empty(), Optional.empty(), "");
  }

  @Test
  void wordsAreCountedBetweenSpacesNotHyphens() {
    assertEquals(1, named("Ferrer").wordCount());
    assertEquals(2, named("Ines Laval").wordCount());
    assertEquals(2, named("Ines  Laval-Ortiz").wordCount());
    assertEquals(4, named("Maria Elena Ruiz Ortega").wordCount());
  }

  @Test
  void missingPartsAreNamed() {
    assertEquals(
        "title",
        assertThrows(
                NullPointerException.class,
                () -> new PersonMention(0, 1, "A", "A", null, Optional.empty(), ""))
            .getMessage());
    assertEquals(
        "evidence",
        assertThrows(
                NullPointerException.class,
                () -> new PersonMention(0, 1, "A", "A", Optional.empty(), Optional.empty(), null))
            .getMessage());
  }
}
