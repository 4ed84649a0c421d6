package org.nutgraf.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

/** Where a document holds its entity fields: top level or under a target field. */
class EntityFieldsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode json(String s) throws Exception {
    return JSON.readTree(s.replace('\'', '"'));
  }

  @Test
  void pathsAreTheFieldNameOrItUnderTheTarget() {
    assertEquals("countries", EntityFields.topLevel().path(OpenSearchFields.COUNTRIES));
    assertEquals("tags.nutgraf.actors", EntityFields.under("tags.nutgraf").actors());
    assertEquals("nutgraf.places", EntityFields.under("nutgraf").places());
    assertEquals("nutgraf.actor_labels", EntityFields.under("nutgraf").actorLabels());
  }

  @Test
  void aTargetFieldMustBeAFieldPath() {
    for (String bad : new String[] {"a b", ".nutgraf", "nutgraf.", "a..b", " "}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> EntityFields.under(bad), bad);
      assertTrue(e.getMessage().startsWith("target_field \"" + bad + "\""), e.getMessage());
    }
    IllegalArgumentException empty =
        assertThrows(IllegalArgumentException.class, () -> EntityFields.under(""));
    assertTrue(empty.getMessage().contains("topLevel()"), empty.getMessage());
  }

  @Test
  void aFieldIsReadNestedAsTheProcessorWritesItOrUnderADottedKey() throws Exception {
    EntityFields f = EntityFields.under("tags.nutgraf");
    assertEquals(
        "HN",
        f.read(json("{'tags': {'nutgraf': {'countries': ['HN']}}}"), "countries").path(0).asText());
    assertEquals(
        "GT", f.read(json("{'tags.nutgraf.countries': ['GT']}"), "countries").path(0).asText());
    assertTrue(f.read(json("{'countries': ['SV']}"), "countries").isMissingNode());
  }

  @Test
  void atTheTopLevelOnlyTheTopLevelFieldIsRead() throws Exception {
    assertEquals(
        "SV",
        EntityFields.topLevel().read(json("{'countries': ['SV']}"), "countries").path(0).asText());
    assertTrue(EntityFields.topLevel().read(json("{}"), "countries").isMissingNode());
  }
}
