package org.nutgraf.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.FieldNames;
import org.nutgraf.query.Dimension;

/** The index's field names agree with the names users may and may not give their own fields. */
class FieldsTest {

  /** The document field names among the constants (not dimensions or commit-data keys). */
  private static List<String> documentFields() throws IllegalAccessException {
    List<String> names = new ArrayList<>();
    for (Field f : Fields.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers())
          && f.getType() == String.class
          && !f.getName().startsWith("DIM_")
          && !f.getName().startsWith("SCHEMA_")
          && !f.getName().equals("CURSOR_KEY")) {
        names.add((String) f.get(null));
      }
    }
    return names;
  }

  @Test
  void everyDocumentFieldIsReservedFromArticlesOwnFields() throws IllegalAccessException {
    List<String> fields = documentFields();

    assertTrue(fields.size() >= 15, "found " + fields);
    for (String name : fields) {
      assertTrue(FieldNames.RESERVED.contains(name), name + " is not in FieldNames.RESERVED");
      assertThrows(IllegalArgumentException.class, () -> FieldNames.check(name), name);
    }
  }

  @Test
  void everyLanguageTextFieldIsReservedToo() {
    for (String field : TextLanguages.textFields()) {
      assertThrows(IllegalArgumentException.class, () -> FieldNames.check(field), field);
    }
  }

  @Test
  void theFacetDimensionsAreTheQueryDimensionsInTheSameOrder() {
    assertEquals(
        Arrays.stream(Dimension.values()).map(Dimension::fieldName).toList(), Fields.DIMENSIONS);
  }

  @Test
  void facetValuesLiveInADollarField() {
    assertEquals("$country", Fields.facetField(Fields.DIM_COUNTRY));
    assertEquals("$language", Fields.facetField("language"));
  }
}
