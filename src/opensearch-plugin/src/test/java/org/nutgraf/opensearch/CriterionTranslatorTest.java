package org.nutgraf.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.FieldValue;
import org.nutgraf.query.Criteria;
import org.nutgraf.query.Dimension;
import org.nutgraf.search.LuceneCriterion;

/** Conditions as OpenSearch query DSL, clause for clause. */
class CriterionTranslatorTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final CriterionTranslator top = new CriterionTranslator(EntityFields.topLevel());
  private final CriterionTranslator nested = new CriterionTranslator(EntityFields.under("nutgraf"));

  private static JsonNode json(String s) throws Exception {
    return JSON.readTree(s.replace('\'', '"'));
  }

  @Test
  void everythingIsMatchAll() throws Exception {
    assertEquals(json("{'match_all': {}}"), top.query(Criteria.all()));
    assertEquals(json("{'match_all': {}}"), top.query(Criteria.and()), "an empty AND");
  }

  @Test
  void anyAllAndNoneOfASetAreTermsAFilterOfTermsAndAMustNot() throws Exception {
    assertEquals(json("{'terms': {'countries': ['HN']}}"), top.query(Criteria.anyCountry("HN")));
    assertEquals(
        json("{'bool': {'filter': [{'term': {'actors': 'a'}}, {'term': {'actors': 'b'}}]}}"),
        top.query(Criteria.allActors("a", "b")));
    assertEquals(
        json("{'bool': {'must_not': [{'terms': {'source': ['wire']}}]}}"),
        top.query(Criteria.notSource("wire")));
  }

  @Test
  void entityFieldsAreSearchedUnderTheTargetFieldButArticleFieldsAreNot() throws Exception {
    assertEquals(
        json("{'terms': {'nutgraf.countries': ['HN']}}"), nested.query(Criteria.anyCountry("HN")));
    assertEquals(
        json("{'terms': {'nutgraf.places': ['hn:tegucigalpa']}}"),
        nested.query(Criteria.anyPlace("hn:tegucigalpa")));
    assertEquals(json("{'terms': {'language': ['es']}}"), nested.query(Criteria.language("es")));
    assertEquals(json("{'terms': {'article': ['a1']}}"), nested.query(Criteria.article("a1")));
  }

  @Test
  void publishedIsAnEpochMillisRangeWithAnOpenEnd() throws Exception {
    Instant from = Instant.parse("2021-04-01T00:00:00Z");
    assertEquals(
        json(
            "{'range': {'published': {'gte': "
                + from.toEpochMilli()
                + ", 'format': 'epoch_millis'}}}"),
        top.query(Criteria.published(from, null)));
  }

  @Test
  void wordsSearchEveryLanguagesTextFieldAndTheHeadlineOnlyItsFirstParagraph() {
    JsonNode words = top.query(Criteria.allWords("harbour strike"));
    JsonNode m = words.get("multi_match");
    assertEquals("harbour strike", m.get("query").asText());
    assertEquals("and", m.get("operator").asText());
    assertEquals("best_fields", m.get("type").asText());
    assertTrue(m.get("fields").size() > 1, "the text field and each language's");
    assertEquals(
        "phrase",
        top.query(Criteria.phrase("harbour strike")).get("multi_match").get("type").asText());
    JsonNode headline = top.query(Criteria.headline("ferry"));
    assertEquals("ferry", headline.at("/bool/must/0/match/headline/query").asText());
    assertEquals("0", headline.at("/bool/filter/0/term/ordinal").asText());
  }

  @Test
  void excludedWordsAreAMustNot() {
    JsonNode q = top.query(Criteria.without("rumour"));
    assertEquals("rumour", q.at("/bool/must_not/0/multi_match/query").asText());
  }

  @Test
  void inAnAndWordsScoreAndOtherConditionsOnlyFilter() throws Exception {
    JsonNode q = top.query(Criteria.and(Criteria.text("ferry"), Criteria.anyCountry("HN")));
    assertEquals(1, q.at("/bool/must").size());
    assertTrue(q.at("/bool/must/0").has("multi_match"));
    assertEquals(json("[{'terms': {'countries': ['HN']}}]"), q.at("/bool/filter"));
  }

  @Test
  void anOrNeedsOneAndANotExcludes() throws Exception {
    assertEquals(
        json(
            "{'bool': {'should': [{'terms': {'countries': ['HN']}}, {'terms': {'countries':"
                + " ['GT']}}], 'minimum_should_match': 1}}"),
        top.query(Criteria.or(Criteria.anyCountry("HN"), Criteria.anyCountry("GT"))));
    assertEquals(
        json("{'bool': {'must_not': [{'terms': {'countries': ['HN']}}]}}"),
        top.query(Criteria.not(Criteria.anyCountry("HN"))));
  }

  @Test
  void anOwnFieldIsATermOfItsValue() throws Exception {
    assertEquals(
        json("{'term': {'desk': 'metro'}}"),
        top.query(Criteria.field("desk", FieldValue.keyword("metro"))));
    // compared as text: the number is a long node, the parsed one an int node
    assertEquals(
        "{\"term\":{\"words\":410}}",
        top.query(Criteria.field("words", FieldValue.number(410))).toString());
    assertEquals(
        json("{'term': {'embargo': '2021-04-02T05:00:00Z'}}"),
        top.query(
            Criteria.field("embargo", FieldValue.time(Instant.parse("2021-04-02T05:00:00Z")))));
  }

  @Test
  void aRawLuceneQueryIsRefusedWithAMessageSayingWhy() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> top.query(LuceneCriterion.of(new MatchAllDocsQuery())));
    assertTrue(e.getMessage().contains("only in the embedded index"), e.getMessage());
  }

  @Test
  void aPlaceSelectionOfACountryCodeSelectsEveryPlaceInIt() throws Exception {
    Set<String> keys = new LinkedHashSet<>(List.of("HN", "gt:antigua"));
    assertEquals(
        json(
            "{'bool': {'should': [{'term': {'nutgraf.countries': 'HN'}}, {'term':"
                + " {'nutgraf.places': 'gt:antigua'}}], 'minimum_should_match': 1}}"),
        nested.selection(Dimension.PLACE, keys));
    assertEquals(
        json("{'terms': {'nutgraf.actors': ['a']}}"),
        nested.selection(Dimension.ACTOR, Set.of("a")));
  }
}
