package org.nutgraf.query;

import java.util.List;

/** A country, actor or place name that the index does not know; suggests the nearest ones. */
public final class UnknownValueException extends IllegalArgumentException {
  private final String field;
  private final String value;
  private final transient List<String> suggestions;

  public UnknownValueException(String field, String value, List<String> suggestions, String why) {
    super(
        "unknown "
            + field
            + " \""
            + value
            + "\""
            + (why.isEmpty() ? "" : " (" + why + ")")
            + (suggestions.isEmpty()
                ? ""
                : "; did you mean " + String.join(", ", suggestions) + "?"));
    this.field = field;
    this.value = value;
    this.suggestions = List.copyOf(suggestions);
  }

  /** "country", "actor" or "place". */
  public String field() {
    return field;
  }

  /** The value as given. */
  public String value() {
    return value;
  }

  /** Known values nearest to it, best first; may be empty. */
  public List<String> suggestions() {
    return suggestions;
  }
}
