package org.nutgraf.opensearch.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;
import org.nutgraf.entity.Actor;
import org.nutgraf.entity.ArticleTagger;
import org.nutgraf.entity.TaggedParagraph;

/** Paragraphs of one bulk request tagged together by article, as the embedded index tags them. */
class ParagraphBatchTest {
  private static final String HEADLINE = "Caravan leaves Honduras";
  private static final Optional<Instant> PUBLISHED =
      Optional.of(Instant.parse("2018-10-13T00:00:00Z"));

  private static ParagraphBatch.Input input(String text, String article, int ordinal) {
    return input(text, article, ordinal, "und");
  }

  private static ParagraphBatch.Input input(
      String text, String article, int ordinal, String language) {
    return new ParagraphBatch.Input(
        text, Optional.ofNullable(article), OptionalInt.of(ordinal), HEADLINE, PUBLISHED, language);
  }

  private static List<String> actors(Optional<ParagraphBatch.Tagged> t) {
    return t.orElseThrow().paragraph().actors().stream().map(Actor::key).toList();
  }

  @Test
  void paragraphsOfOneArticleAreTaggedTogetherInOrdinalOrder() {
    // the surname comes first in the batch, the full name is in paragraph 0
    List<Optional<ParagraphBatch.Tagged>> tagged =
        ParagraphBatch.tag(
            List.of(
                input("Hernandez said new jobs were coming.", "a1", 1),
                input("Honduran President Juan Orlando Hernandez urged them to stay.", "a1", 0)),
            ArticleTagger.defaults());
    assertEquals(actors(tagged.get(1)), actors(tagged.get(0)));
    assertEquals(List.of("juan orlando hernandez"), actors(tagged.get(0)));
  }

  @Test
  void aParagraphWithoutArticleIdIsTaggedWithItsHeadlineOnly() {
    String text = "Orellana said the group would walk on.";
    List<Optional<ParagraphBatch.Tagged>> tagged =
        ParagraphBatch.tag(
            List.of(
                input("Migrant leader Yeny Maribel Orellana Cruz spoke in Tapachula.", "a1", 0),
                input(text, null, 1)),
            ArticleTagger.defaults());
    Article alone = Article.of("x", HEADLINE, PUBLISHED, "", Optional.empty(), List.of(text));
    TaggedParagraph expected = ArticleTagger.defaults().tag(alone).paragraphs().get(0);
    assertEquals(expected.actors(), tagged.get(1).orElseThrow().paragraph().actors());
    assertEquals(expected.countries(), tagged.get(1).orElseThrow().paragraph().countries());
  }

  @Test
  void aBlankTextGetsNoEntities() {
    List<Optional<ParagraphBatch.Tagged>> tagged =
        ParagraphBatch.tag(List.of(input("  ", "a1", 0)), ArticleTagger.defaults());
    assertTrue(tagged.get(0).isEmpty());
  }

  @Test
  void offsetsAreThoseOfTheDocumentsOwnText() {
    String text = "  Hondurans crossed into Guatemala.";
    TaggedParagraph tp =
        ParagraphBatch.tag(List.of(input(text, "a1", 0)), ArticleTagger.defaults())
            .get(0)
            .orElseThrow()
            .paragraph();
    int start = tp.places().get(0).startOffset();
    assertEquals("Hondurans", text.substring(start, tp.places().get(0).endOffset()));
  }

  @Test
  void theArticleKeepsTheLanguageAParagraphGivesElseItIsDetected() {
    List<Optional<ParagraphBatch.Tagged>> tagged =
        ParagraphBatch.tag(
            List.of(
                input(
                    "Los migrantes salieron de San Pedro Sula y caminaron por la carretera del norte.",
                    "a1",
                    0),
                input(
                    "Hundreds of Hondurans walked toward the border of the United States.",
                    "a2",
                    0),
                input("Hundreds of Hondurans walked toward the border.", "a3", 0, "es")),
            ArticleTagger.defaults());
    assertEquals("es", tagged.get(0).orElseThrow().language());
    assertEquals("en", tagged.get(1).orElseThrow().language());
    assertEquals("es", tagged.get(2).orElseThrow().language());
  }
}
