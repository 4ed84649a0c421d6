package org.nutgraf.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nutgraf.query.Criteria;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.NewsQuery;

/** Finding the labels of only the actors a query names. */
class ActorLookupTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final char SEP = OpenSearchFields.LABEL_SEPARATOR;
  private static final String ESCAPED_SEP = String.format("\\u%04x", (int) SEP);

  @Test
  void theKeysAreThoseOfEveryActorInConditionsAndSelectionsEvenUnderANot() {
    NewsQuery q =
        NewsQuery.builder()
            .where(
                Criteria.and(
                    Criteria.anyActor("Ilse Vora"),
                    Criteria.not(Criteria.anyActor("Tomás O'Brien")),
                    Criteria.anyCountry("HN")))
            .select(Dimension.ACTOR, "Vora")
            .build();
    assertEquals(Set.of("ilse vora", "tomas obrien", "vora"), ActorLookup.keys(q));
    assertEquals(Set.of(), ActorLookup.keys(NewsQuery.builder().text("ferry").build()));
  }

  @Test
  void exactKeysAreTermsAndEndingsAreWildcardsOnTheActorField() {
    JsonNode body = ActorLookup.request(List.of("vora"), true, EntityFields.under("nutgraf"));
    assertEquals(0, body.get("size").asInt());
    JsonNode should = body.at("/query/bool/should");
    assertEquals("vora", should.at("/0/terms/nutgraf.actors/0").asText());
    assertEquals("* vora", should.at("/1/wildcard/nutgraf.actors/value").asText());
    JsonNode labels = body.at("/aggs/" + ActorLookup.LABELS + "/terms");
    assertEquals("nutgraf.actor_labels", labels.get("field").asText());
    assertEquals("((.* )?vora)" + SEP + ".*", labels.get("include").asText());
  }

  @Test
  void withoutEndingsOnlyTheExactKeyIsLookedFor() {
    JsonNode body = ActorLookup.request(List.of("ilse vora"), false, EntityFields.topLevel());
    assertEquals(1, body.at("/query/bool/should").size());
    assertEquals("(ilse vora)" + SEP + ".*", body.at("/aggs/actor_labels/terms/include").asText());
  }

  @Test
  void manyKeysAreSplitOverAggregationsKeepingEachExpressionShort() {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      keys.add("person number " + i);
    }
    JsonNode aggs = ActorLookup.request(keys, true, EntityFields.topLevel()).get("aggs");
    assertTrue(aggs.size() > 1, "one aggregation per group: " + aggs.size());
    int alternatives = 0;
    for (JsonNode a : aggs) {
      String include = a.at("/terms/include").asText();
      assertTrue(include.length() < 1_000, include.length() + " characters");
      alternatives += include.split("\\|").length;
    }
    assertEquals(200, alternatives, "every key is in one group");
  }

  @Test
  void noKeysNoAggregation() {
    assertEquals(
        0, ActorLookup.request(List.of(), true, EntityFields.topLevel()).get("aggs").size());
  }

  @Test
  void punctuationIsMatchedLiterally() {
    assertEquals("j\\. r\\. vora", ActorLookup.regexLiteral("j. r. vora"));
    assertEquals("ana\\-maria", ActorLookup.regexLiteral("ana-maria"));
  }

  @Test
  void labelsMapKeysToTheLongerNameFormOfSeveral() throws Exception {
    String agg =
        "{\"actor_labels\": {\"buckets\": [{\"key\": \"ilse vora"
            + ESCAPED_SEP
            + "Ilse Vora\"}, {\"key\": \"ilse vora"
            + ESCAPED_SEP
            + "Ilse M. Vora\"}]}, \"actor_labels_2\": {\"buckets\": [{\"key\": \"vora"
            + ESCAPED_SEP
            + "Vora\"}]}, \"other\": {\"buckets\": [{\"key\": \"x"
            + ESCAPED_SEP
            + "X\"}]}}";
    Map<String, String> labels = ActorLookup.labels(JSON.readTree(agg));
    assertEquals(Map.of("ilse vora", "Ilse M. Vora", "vora", "Vora"), labels);
  }
}
