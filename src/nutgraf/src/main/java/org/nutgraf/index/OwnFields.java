package org.nutgraf.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.nutgraf.article.FieldValue;

/**
 * An article's own fields in a paragraph document: a keyword as a {@link StringField} with sorted
 * doc values, a number or instant (epoch milliseconds) as a {@link LongPoint} with numeric doc
 * values, each under its own name; all of them stored together in {@link Fields#OWN_FIELDS}.
 */
public final class OwnFields {
  private static final JsonMapper JSON = new JsonMapper();

  private OwnFields() {}

  /** Adds {@code fields} to {@code doc}. */
  static void add(Document doc, Map<String, FieldValue> fields) {
    if (fields.isEmpty()) {
      return;
    }
    ArrayNode stored = JSON.createArrayNode();
    fields.forEach(
        (name, value) -> {
          switch (value) {
            case FieldValue.Keyword k -> {
              doc.add(new StringField(name, k.value(), Field.Store.NO));
              doc.add(new SortedDocValuesField(name, new BytesRef(k.value())));
              stored.addArray().add(name).add("keyword").add(k.value());
            }
            case FieldValue.Numeric n -> {
              addLong(doc, name, n.value());
              stored.addArray().add(name).add("number").add(n.value());
            }
            case FieldValue.Timestamp t -> {
              addLong(doc, name, t.value().toEpochMilli());
              stored.addArray().add(name).add("time").add(t.value().toString());
            }
          }
        });
    doc.add(new StoredField(Fields.OWN_FIELDS, stored.toString()));
  }

  private static void addLong(Document doc, String name, long value) {
    doc.add(new LongPoint(name, value));
    doc.add(new NumericDocValuesField(name, value));
  }

  /** The fields stored in {@code stored} ({@link Fields#OWN_FIELDS}); empty when there is none. */
  public static Map<String, FieldValue> decode(String stored) {
    if (stored == null || stored.isEmpty()) {
      return Map.of();
    }
    Map<String, FieldValue> out = new TreeMap<>();
    try {
      for (JsonNode f : JSON.readTree(stored)) {
        String name = f.get(0).asText();
        JsonNode v = f.get(2);
        out.put(
            name,
            switch (f.get(1).asText()) {
              case "number" -> FieldValue.number(v.asLong());
              case "time" -> FieldValue.time(Instant.parse(v.asText()));
              default -> FieldValue.keyword(v.asText());
            });
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored own fields are not readable: " + stored, e);
    }
    return Collections.unmodifiableMap(out);
  }
}
