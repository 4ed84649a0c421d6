package org.nutgraf.article;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The names an article's own fields may take: lower-case letters, digits and '_', starting with a
 * letter, at most 40 characters, none of the index's own field names, and not starting with "text_"
 * or "headline_" (the index's per-language text fields, "text_es").
 */
public final class FieldNames {
  /** The index's own field names (and "fields", where the values are stored): not available. */
  public static final Set<String> RESERVED =
      Set.of(
          "id",
          "article",
          "ordinal",
          "headline",
          "headline_text",
          "text",
          "published",
          "source",
          "source_name",
          "language",
          "url",
          "country",
          "actor",
          "actor_name",
          "actor_label",
          "place",
          "mentions",
          "fields");

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");

  private FieldNames() {}

  /**
   * Checks a field name.
   *
   * @throws IllegalArgumentException quoting the name, if it is malformed or reserved
   */
  public static String check(String name) {
    Objects.requireNonNull(name, "field name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "field name \""
              + name
              + "\": use lower-case letters, digits and '_', starting with a letter, at most 40");
    }
    if (RESERVED.contains(name) || name.startsWith("text_") || name.startsWith("headline_")) {
      throw new IllegalArgumentException(
          "field name \"" + name + "\": taken by the index's own field of that name");
    }
    return name;
  }

  /** A checked, sorted, unmodifiable copy of {@code fields}. */
  static Map<String, FieldValue> copy(Map<String, FieldValue> fields) {
    Map<String, FieldValue> out = new TreeMap<>();
    fields.forEach(
        (name, value) -> out.put(check(name), Objects.requireNonNull(value, "field " + name)));
    return Collections.unmodifiableMap(out);
  }
}
