package org.nutgraf.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;
import org.nutgraf.entity.ArticleTagger;
import org.nutgraf.entity.TaggedArticle;
import org.nutgraf.entity.TaggedParagraph;

class OpenSearchDocumentsTest {
  private static final Article ARTICLE =
      Article.of(
          "a1",
          "Caravan reaches Mexico",
          Instant.parse("2018-10-20T00:00:00Z"),
          "Harbor Ledger",
          List.of(
              "Honduran President Juan Orlando Hernández spoke in Tegucigalpa.",
              "Hernández said the migrants would reach Tapachula."));

  @Test
  void everyParagraphCarriesTheArticlesFields() {
    List<OpenSearchDocuments.ParagraphDocument> docs = OpenSearchDocuments.paragraphs(ARTICLE);
    assertEquals(2, docs.size());
    ObjectNode d = docs.get(1).source();
    assertEquals("a1#1", docs.get(1).id());
    assertEquals("a1", d.path("article").asText());
    assertEquals(1, d.path("ordinal").asInt());
    assertEquals("Caravan reaches Mexico", d.path("headline").asText());
    assertEquals("2018-10-20T00:00:00Z", d.path("published").asText());
    assertEquals("harbor ledger", d.path("source").asText());
    assertEquals("Harbor Ledger", d.path("source_name").asText());
    assertFalse(d.has("countries"));
  }

  @Test
  void entityFieldsAreThoseOfTheTaggedParagraph() {
    TaggedParagraph tp = ArticleTagger.defaults().tag(ARTICLE).paragraphs().get(0);
    JsonNode d = OpenSearchDocuments.entityFields(tp, true);
    assertEquals(tp.countries().size(), d.path("countries").size());
    assertEquals(tp.actors().get(0).key(), d.path("actors").path(0).asText());
    assertEquals(tp.actors().get(0).name(), d.path("actor_names").path(0).asText());
    assertEquals(
        tp.actors().get(0).key() + "\u001f" + tp.actors().get(0).name(),
        d.path("actor_labels").path(0).asText());
    assertTrue(d.path("places").toString().contains("HN/Tegucigalpa"), d.toString());
    assertEquals(tp.places().size() + tp.persons().size(), d.path("mentions").size());
  }

  @Test
  void taggedByTheClientEveryParagraphCarriesItsEntitiesResolvedAcrossTheArticle() {
    TaggedArticle tagged = ArticleTagger.defaults().tag(ARTICLE);
    List<OpenSearchDocuments.ParagraphDocument> docs = OpenSearchDocuments.tagged(tagged, false);
    ObjectNode second = docs.get(1).source();
    assertEquals("a1#1", docs.get(1).id());
    assertEquals("Caravan reaches Mexico", second.path("headline").asText());
    // "Hernández said" is the president named a paragraph up
    assertEquals("juan orlando hernandez", second.path("actors").path(0).asText());
    assertEquals(tagged.article().language(), second.path("language").asText());
    assertFalse(second.has("mentions"));
  }

  @Test
  void mentionsAreLeftOutUnlessAskedFor() {
    TaggedParagraph tp = ArticleTagger.defaults().tag(ARTICLE).paragraphs().get(0);
    assertFalse(OpenSearchDocuments.entityFields(tp, false).has("mentions"));
  }
}
