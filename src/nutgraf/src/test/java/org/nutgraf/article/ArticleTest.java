package org.nutgraf.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleTest {
  private static final Instant DAY = Instant.parse("2018-10-20T00:00:00Z");

  @Test
  void theHeadlineIsATextOfItsOwnUnlessBlankOrTheFirstParagraph() {
    Article a = Article.of("a1", "Bridge reopens", DAY, "", List.of("Cars crossed.", "Then rain."));
    assertTrue(a.headlineIsOwnText());
    assertEquals(List.of("Bridge reopens", "Cars crossed.", "Then rain."), a.texts());
    Article repeated = Article.of("a2", "Cars crossed.", DAY, "", List.of("Cars crossed."));
    assertFalse(repeated.headlineIsOwnText());
    assertEquals(List.of("Cars crossed."), repeated.texts());
    assertEquals(
        List.of("Cars crossed."), Article.of("a3", " ", DAY, "", List.of("Cars crossed.")).texts());
  }

  @Test
  void numbersParagraphsFromZeroAndSkipsBlankTexts() {
    Article a = Article.of("a1", "Bridge reopens", DAY, "Test Wire", List.of("One.", "  ", "Two."));

    assertEquals(2, a.paragraphs().size());
    assertEquals(new Paragraph("a1", 0, "One."), a.paragraphs().get(0));
    assertEquals(new Paragraph("a1", 1, "Two."), a.paragraphs().get(1));
    assertEquals("a1#1", a.paragraphs().get(1).id());
  }

  @Test
  void stripsParagraphTexts() {
    Article a = Article.of("a1", "", DAY, "", List.of("  Spaces around.\n"));

    assertEquals("Spaces around.", a.paragraphs().get(0).text());
  }

  @Test
  void refusesBlankId() {
    List<Paragraph> paragraphs = List.of(new Paragraph("a1", 0, "Text."));

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> article(" ", paragraphs));

    assertEquals("id: must not be blank", e.getMessage());
  }

  @Test
  void ofRefusesBlankIdNamingTheIdField() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Article.of("  ", "", DAY, "", texts()));

    assertEquals("id: must not be blank", e.getMessage());
  }

  @Test
  void refusesAnIdOrSourceLuceneCouldNotIndex() {
    String huge = "x".repeat(Article.MAX_KEY_CHARS + 1);
    IllegalArgumentException id =
        assertThrows(IllegalArgumentException.class, () -> Article.of(huge, "", DAY, "", texts()));
    IllegalArgumentException source =
        assertThrows(
            IllegalArgumentException.class, () -> Article.of("a1", "", DAY, huge, texts()));

    assertEquals("id: 8001 characters, more than the 8000 allowed", id.getMessage());
    assertEquals("source: 8001 characters, more than the 8000 allowed", source.getMessage());
    assertEquals(
        Article.MAX_KEY_CHARS,
        Article.of("y".repeat(Article.MAX_KEY_CHARS), "", DAY, "", texts()).id().length());
  }

  @Test
  void refusesHashInId() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Article.of("a#2", "", DAY, "", texts()));

    assertEquals("id: must not contain '#', was \"a#2\"", e.getMessage());
  }

  @Test
  void refusesArticleWithoutParagraphs() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Article.of("a1", "", DAY, "", List.of(" ", "")));

    assertEquals("paragraphs: article \"a1\" has no paragraph", e.getMessage());
  }

  @Test
  void refusesParagraphsOutOfOrder() {
    List<Paragraph> swapped = List.of(new Paragraph("a1", 1, "B."), new Paragraph("a1", 0, "A."));

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> article("a1", swapped));

    assertEquals("paragraphs: entry 0 is a1#1, expected a1#0", e.getMessage());
  }

  @Test
  void refusesParagraphOfAnotherArticle() {
    List<Paragraph> foreign = List.of(new Paragraph("a1", 0, "A."), new Paragraph("b7", 1, "B."));

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> article("a1", foreign));

    assertEquals("paragraphs: entry 1 is b7#1, expected a1#1", e.getMessage());
  }

  @Test
  void copiesParagraphListSoLaterChangesDoNotLeakIn() {
    List<Paragraph> list = new ArrayList<>(List.of(new Paragraph("a1", 0, "A.")));
    Article a = article("a1", list);

    list.add(new Paragraph("a1", 1, "B."));

    assertEquals(1, a.paragraphs().size());
    assertThrows(UnsupportedOperationException.class, () -> a.paragraphs().clear());
  }

  @Test
  void refusesNullFieldsNamingThem() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () ->
                new Article(
                    "a1",
                    null,
                    Optional.empty(),
                    "",
                    Optional.empty(),
                    List.of(new Paragraph("a1", 0, "A."))));

    assertTrue(e.getMessage().contains("headline"), e.getMessage());
  }

  private static List<String> texts() {
    return List.of("Some text.");
  }

  private static Article article(String id, List<Paragraph> paragraphs) {
    return new Article(id, "", Optional.empty(), "", Optional.empty(), paragraphs);
  }
}
