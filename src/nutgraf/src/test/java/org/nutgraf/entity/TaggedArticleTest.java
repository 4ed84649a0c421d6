package org.nutgraf.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;
import org.nutgraf.article.Paragraph;

/** A tagged article has one tagged paragraph for each paragraph of its article. */
class TaggedArticleTest {
  private static final Article TWO =
      new Article(
          "a2",
          "Port reopens",
          Optional.empty(),
          "desk",
          Optional.empty(),
          List.of(
              new Paragraph("a2", 0, "The port reopened."), new Paragraph("a2", 1, "Ships came.")));

  private static TaggedParagraph tagged(Paragraph p) {
    return new TaggedParagraph(p, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void oneTaggedParagraphPerParagraph() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new TaggedArticle(TWO, List.of(tagged(TWO.paragraphs().get(0)))));
    assertEquals("paragraphs: one per paragraph of the article expected", e.getMessage());
    TaggedArticle ok =
        new TaggedArticle(TWO, TWO.paragraphs().stream().map(TaggedArticleTest::tagged).toList());
    assertEquals(2, ok.paragraphs().size());
  }

  @Test
  void anArticleIsRequired() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> new TaggedArticle(null, List.of()));
    assertEquals("article", e.getMessage());
  }
}
