package org.nutgraf.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An article's own field value: a keyword is never empty, an instant never null. */
class FieldValueTest {
  @Test
  void anEmptyKeywordIsRefusedButABlankOneIsAValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FieldValue.keyword(""));
    assertEquals("keyword: must not be empty", e.getMessage());
    assertEquals(" ", ((FieldValue.Keyword) FieldValue.keyword(" ")).value());
  }

  @Test
  void theFactoriesMakeTheirKinds() {
    assertEquals(new FieldValue.Keyword("Metro"), FieldValue.keyword("Metro"));
    assertEquals(new FieldValue.Numeric(-7), FieldValue.number(-7));
    Instant noon = Instant.parse("2024-03-01T12:00:00Z");
    assertEquals(new FieldValue.Timestamp(noon), FieldValue.time(noon));
  }

  @Test
  void nullValuesAreNamed() {
    assertEquals(
        "value",
        assertThrows(NullPointerException.class, () -> FieldValue.time(null)).getMessage());
    assertEquals(
        "value",
        assertThrows(NullPointerException.class, () -> FieldValue.keyword(null)).getMessage());
  }
}
