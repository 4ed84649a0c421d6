package org.nutgraf.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldNamesTest {
  private static final Article PIER =
      Article.of(
          "p1",
          "Pier reopens",
          Instant.parse("2022-07-01T00:00:00Z"),
          "Bay Courier",
          List.of("The old pier reopened after repairs."));

  @Test
  void anArticleCarriesTypedFieldsSortedByName() {
    Instant embargo = Instant.parse("2022-07-01T06:00:00Z");
    Article a =
        PIER.withField("desk", "metro").withField("words", 640).withField("embargo", embargo);
    assertEquals(
        Map.of(
            "desk", FieldValue.keyword("metro"),
            "words", FieldValue.number(640),
            "embargo", FieldValue.time(embargo)),
        a.fields());
    assertEquals(List.of("desk", "embargo", "words"), List.copyOf(a.fields().keySet()));
    assertEquals(Map.of(), PIER.fields());
    assertEquals(a.fields(), a.withLanguage("en").fields());
  }

  @Test
  void refusesNamesOfTheIndexsOwnFieldsInOneLine() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PIER.withField("country", "IE"));
    assertEquals(
        "field name \"country\": taken by the index's own field of that name", e.getMessage());
  }

  @Test
  void refusesMalformedNames() {
    for (String bad :
        List.of("", "Desk", "1st", "desk-name", "$country", "text_es", "a".repeat(41))) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> FieldNames.check(bad), bad);
      assertEquals(1, e.getMessage().lines().count());
    }
    assertEquals("desk_2", FieldNames.check("desk_2"));
  }

  @Test
  void refusesAnEmptyKeyword() {
    assertThrows(IllegalArgumentException.class, () -> FieldValue.keyword(""));
  }
}
