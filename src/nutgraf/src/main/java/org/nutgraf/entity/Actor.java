package org.nutgraf.entity;

import java.util.Objects;
import java.util.Optional;
import org.nutgraf.text.Folding;

/**
 * A person an article names, under one name for every mention.
 *
 * @param name the canonical name: the fullest form the article uses, without titles ("Juan Orlando
 *     Hernández"), or the dictionary's name when only the dictionary knew the full form
 * @param key the filter key: {@link #keyOf} of the dictionary's canonical name when the person is
 *     in the actor dictionary, else of {@code name}; the same person in two articles has one key
 * @param country the country the article or dictionary affiliates them with, if any
 */
public record Actor(String name, String key, Optional<String> country) {
  public Actor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(country, "country");
    if (name.isBlank() || key.isBlank()) {
      throw new IllegalArgumentException("name: must not be blank");
    }
  }

  /**
   * The normalised form of a name: lower case, no accents, hyphens read as spaces, other
   * punctuation removed ("Hernández" → "hernandez", "Al-Naimat" → "al naimat").
   */
  public static String keyOf(String name) {
    String folded = Folding.fold(name);
    StringBuilder sb = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && !sb.isEmpty()) {
          sb.append(' ');
        }
        sb.append(c);
        space = false;
      } else if (c == ' ' || c == '-' || c == '\u2010' || c == '\t') {
        space = true;
      }
    }
    return sb.toString();
  }
}
