package org.nutgraf.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class OpenSearchSchemaTest {
  @Test
  void indexHasTheShardsAndNutgrafsAnalysis() {
    JsonNode index = OpenSearchSchema.index(2, 1);
    assertEquals(2, index.path("settings").path("number_of_shards").asInt());
    JsonNode p = index.path("mappings").path("properties");
    assertEquals("nutgraf_text", p.path("text").path("analyzer").asText());
    assertEquals("nutgraf_text_es", p.path("text_es").path("analyzer").asText());
    assertEquals("keyword", p.path("countries").path("type").asText());
    assertEquals(false, p.path("mentions").path("enabled").asBoolean(true));
  }

  @Test
  void underATargetFieldTheEntityFieldsAreMappedThereAndThePipelineWritesThere() {
    EntityFields fields = EntityFields.under("tags.nutgraf");
    JsonNode p = OpenSearchSchema.index(2, 0, fields).path("mappings").path("properties");
    JsonNode under = p.path("tags").path("properties").path("nutgraf").path("properties");
    assertEquals("keyword", under.path("countries").path("type").asText());
    assertEquals("keyword", under.path("actor_labels").path("type").asText());
    assertTrue(p.path("countries").isMissingNode());
    assertEquals("keyword", p.path("article").path("type").asText());
    JsonNode processor =
        OpenSearchSchema.pipeline(false, fields).path("processors").path(0).path("nutgraf");
    assertEquals("tags.nutgraf", processor.path("target_field").asText());
    assertEquals("tags.nutgraf.places", fields.path("places"));
    assertThrows(IllegalArgumentException.class, () -> EntityFields.under("tags..nutgraf"));
    assertThrows(IllegalArgumentException.class, () -> EntityFields.under(""));
  }

  @Test
  void rejectsNoShards() {
    assertThrows(IllegalArgumentException.class, () -> OpenSearchSchema.index(0, 1));
  }

  @Test
  void pipelineReadsTheParagraphFields() {
    JsonNode p = OpenSearchSchema.pipeline(true).path("processors").path(0).path("nutgraf");
    assertEquals("text", p.path("field").asText());
    assertEquals("article", p.path("article_field").asText());
    assertEquals(true, p.path("mentions").asBoolean());
  }
}
