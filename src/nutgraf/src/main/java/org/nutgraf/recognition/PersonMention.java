package org.nutgraf.recognition;

import java.util.Objects;
import java.util.Optional;

/**
 * A person's name found in a text.
 *
 * @param startOffset offset of the name's first character (titles are not part of it)
 * @param endOffset offset after its last character (a possessive 's is not included)
 * @param surface the name as written ("Hernández", "Juan Orlando Hernández")
 * @param name the name without titles, words joined by single spaces or hyphens as written
 * @param title the title or role written before it ("President", "Foreign Minister"), if any
 * @param affiliation ISO code of the country named just before the title ("Honduran President" →
 *     HN), if any
 * @param evidence what made it a person, in a few words, for {@code explain}
 */
public record PersonMention(
    int startOffset,
    int endOffset,
    String surface,
    String name,
    Optional<String> title,
    Optional<String> affiliation,
    String evidence) {
  public PersonMention {
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(affiliation, "affiliation");
    Objects.requireNonNull(evidence, "evidence");
  }

  /** Number of words in the name. */
  public int wordCount() {
    return name.split("[ ]+").length;
  }
}
