package org.nutgraf.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ParagraphTest {
  @Test
  void idJoinsArticleIdAndOrdinal() {
    assertEquals("caravan-2018#3", new Paragraph("caravan-2018", 3, "Text.").id());
  }

  @Test
  void refusesBlankArticleId() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Paragraph(" ", 0, "Text."));

    assertEquals("articleId: must not be blank", e.getMessage());
  }

  @Test
  void refusesNegativeOrdinal() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Paragraph("a1", -1, "Text."));

    assertEquals("ordinal: must be >= 0, was -1", e.getMessage());
  }

  @Test
  void refusesBlankText() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Paragraph("a1", 2, " \n "));

    assertEquals("text: paragraph 2 is blank", e.getMessage());
  }
}
