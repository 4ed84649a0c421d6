package org.nutgraf.entity;

import java.util.Objects;
import java.util.Optional;
import org.nutgraf.text.NameKey;

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
   * The normalised form of a name ({@code NameKey.of}, the one name key): lower case, no accents,
   * hyphens read as spaces, apostrophes, periods and other punctuation removed ("Hernández" →
   * "hernandez", "Al-Naimat" → "al naimat", "O'Rourke" → "orourke").
   */
  public static String keyOf(String name) {
    return NameKey.of(name);
  }
}
