package org.nutgraf.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import org.nutgraf.article.Article;
import org.nutgraf.article.FieldValue;

/**
 * Reads an article's own fields from the {@code "fields"} object of a JSON Lines record: a string
 * is a keyword, a whole number a number, and {@code {"instant": "2018-10-13T00:00:00Z"}} an instant
 * ({@link FieldValue}).
 *
 * <p>Example: {@code "fields": {"desk": "metro", "words": 1200, "embargo": {"instant":
 * "2018-10-13T06:00:00Z"}}}.
 */
final class OwnFields {
  private OwnFields() {}

  /**
   * {@code article} with the fields of {@code fields} (absent or null: none).
   *
   * @throws IllegalArgumentException naming the field ({@code fields.desk}) and what was wrong
   */
  static Article addTo(Article article, JsonNode fields) {
    if (fields == null || fields.isNull()) {
      return article;
    }
    if (!fields.isObject()) {
      throw new IllegalArgumentException(
          "field \"fields\" must be an object, was " + JsonLinesReader.kind(fields));
    }
    Article out = article;
    for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String where = "field \"fields." + e.getKey() + "\"";
      FieldValue value = value(where, e.getValue());
      try {
        out = out.withField(e.getKey(), value);
      } catch (IllegalArgumentException bad) {
        throw new IllegalArgumentException(where + ": " + bad.getMessage());
      }
    }
    return out;
  }

  private static FieldValue value(String where, JsonNode v) {
    if (v.isTextual()) {
      if (v.textValue().isEmpty()) {
        throw new IllegalArgumentException(where + ": a keyword must not be empty");
      }
      return FieldValue.keyword(v.textValue());
    }
    if (v.isIntegralNumber() && v.canConvertToLong()) {
      return FieldValue.number(v.longValue());
    }
    if (v.isObject() && v.size() == 1 && v.path("instant").isTextual()) {
      try {
        return FieldValue.time(Instant.parse(v.path("instant").textValue()));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            where
                + ": not an instant \""
                + v.path("instant").textValue()
                + "\" (expected 2018-10-13T06:00:00Z)");
      }
    }
    throw new IllegalArgumentException(
        where
            + " must be a string, a whole number or {\"instant\": \"...\"}, was "
            + JsonLinesReader.kind(v));
  }
}
