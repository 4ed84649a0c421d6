package org.nutgraf.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexOptions;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.FieldNames;
import org.nutgraf.article.FieldValue;

class OwnFieldsTest {
  @Test
  void everyFieldOfTheSchemaIsReservedFromOwnFields() throws IllegalAccessException {
    for (Field f : Fields.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers())
          && f.getType() == String.class
          && !f.getName().startsWith("DIM_")
          && !f.getName().startsWith("SCHEMA")
          && !f.getName().equals("CURSOR_KEY")) {
        String name = (String) f.get(null);
        assertTrue(FieldNames.RESERVED.contains(name), f.getName() + " = " + name);
      }
    }
  }

  @Test
  void storesAndReadsBackEachKind() {
    Map<String, FieldValue> fields = new TreeMap<>();
    fields.put("desk", FieldValue.keyword("Metro \"night\""));
    fields.put("words", FieldValue.number(-12));
    fields.put("embargo", FieldValue.time(Instant.parse("2023-01-02T03:04:05.678Z")));
    Document doc = new Document();
    OwnFields.add(doc, fields);
    assertEquals(fields, OwnFields.decode(doc.get(Fields.OWN_FIELDS)));
    assertEquals(IndexOptions.DOCS, doc.getField("desk").fieldType().indexOptions());
    assertEquals(1, doc.getField("words").fieldType().pointDimensionCount());
    assertEquals(Map.of(), OwnFields.decode(null));
  }

  @Test
  void addsNothingWithoutOwnFields() {
    Document doc = new Document();
    OwnFields.add(doc, Map.of());
    assertEquals(0, doc.getFields().size());
  }
}
