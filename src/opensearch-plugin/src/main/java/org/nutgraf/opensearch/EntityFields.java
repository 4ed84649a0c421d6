package org.nutgraf.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/**
 * Where a document holds the entity fields the {@code nutgraf} processor writes: at the top level
 * ({@link #topLevel()}, the layout of {@link OpenSearchSchema#index(int, int)}) or under the
 * processor's {@code target_field} ({@link #under}), as {@code <targetField>.countries} and so on.
 * The query translator searches and aggregates those paths and the response reader reads them.
 *
 * @param targetField the object the fields are under, dotted for a nested object ({@code
 *     "tags.nutgraf"}); empty for the top level
 */
public record EntityFields(String targetField) {
  private static final Pattern PATH = Pattern.compile("([^.\\s]+(\\.[^.\\s]+)*)?");

  /**
   * Checks the target field.
   *
   * @throws IllegalArgumentException if it has blanks, empty segments or a leading or trailing dot
   */
  public EntityFields {
    if (!PATH.matcher(targetField).matches()) {
      throw new IllegalArgumentException(
          "target_field \""
              + targetField
              + "\": expected a field path such as nutgraf or tags.nutgraf (no blanks, no empty"
              + " segments)");
    }
  }

  /** The entity fields at the top level of a document, where the processor writes by default. */
  public static EntityFields topLevel() {
    return new EntityFields("");
  }

  /**
   * The entity fields under {@code targetField}, the processor's {@code target_field} option.
   *
   * @throws IllegalArgumentException if it is empty or not a field path
   */
  public static EntityFields under(String targetField) {
    if (targetField.isEmpty()) {
      throw new IllegalArgumentException("target_field is empty: use EntityFields.topLevel()");
    }
    return new EntityFields(targetField);
  }

  /** The full path of the entity field {@code name} ({@link OpenSearchFields#COUNTRIES} etc.). */
  public String path(String name) {
    return targetField.isEmpty() ? name : targetField + "." + name;
  }

  String countries() {
    return path(OpenSearchFields.COUNTRIES);
  }

  String actors() {
    return path(OpenSearchFields.ACTORS);
  }

  String actorLabels() {
    return path(OpenSearchFields.ACTOR_LABELS);
  }

  String places() {
    return path(OpenSearchFields.PLACES);
  }

  /**
   * The value of the entity field {@code name} in a document's {@code _source}, written nested (as
   * the processor writes it) or under a dotted key; a missing node when absent.
   */
  JsonNode read(JsonNode source, String name) {
    JsonNode dotted = source.path(path(name));
    if (!dotted.isMissingNode() || targetField.isEmpty()) {
      return dotted;
    }
    JsonNode node = source;
    for (String segment : targetField.split("\\.")) {
      node = node.path(segment);
    }
    return node.path(name);
  }
}
