package org.nutgraf.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.RegExp;
import org.junit.jupiter.api.Test;
import org.nutgraf.entity.ActorDictionary;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.query.SortOrder;
import org.nutgraf.query.UnknownValueException;
import org.nutgraf.search.EntityResolver;
import org.nutgraf.search.InvalidCursorException;
import org.nutgraf.search.LuceneCriterion;

class OpenSearchQueryTranslatorTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final EntityResolver RESOLVER =
      new EntityResolver(
          Gazetteer.defaults(),
          ActorDictionary.defaults(),
          Map.of("mike pence", "Mike Pence", "juan orlando hernandez", "Juan Orlando Hernández"));
  private final OpenSearchQueryTranslator translator = new OpenSearchQueryTranslator(RESOLVER);

  private JsonNode body(NewsQuery q) throws Exception {
    return JSON.readTree(translator.toJson(q));
  }

  @Test
  void resolvesCountryNamesAndDemonymsToIsoCodes() throws Exception {
    JsonNode q = body(NewsQuery.parse("country:Honduran")).path("query");
    assertEquals("HN", q.path("terms").path("countries").path(0).asText());
  }

  @Test
  void resolvesAnActorsSurnameAgainstTheIndexsActors() throws Exception {
    JsonNode q = body(NewsQuery.parse("actor:Hernandez")).path("query");
    assertEquals("juan orlando hernandez", q.path("terms").path("actors").path(0).asText());
  }

  @Test
  void languagesBecomeCodesOnTheLanguageField() throws Exception {
    JsonNode q = body(NewsQuery.parse("language:ES-mx")).path("query");
    assertEquals("es", q.path("terms").path("language").path(0).asText());
  }

  @Test
  void ownFieldsBecomeTermQueriesOnTheirDocumentFields() throws Exception {
    JsonNode q =
        body(NewsQuery.builder().field("desk", "metro").field("words", 420).build())
            .path("query")
            .path("bool")
            .path("filter");
    assertEquals("metro", q.path(0).path("term").path("desk").asText());
    assertEquals(420, q.path(1).path("term").path("words").asLong());
  }

  @Test
  void refusesARawLuceneQueryWithAOneLineReason() {
    NewsQuery q =
        NewsQuery.builder()
            .where(LuceneCriterion.of(new TermQuery(new Term("desk", "metro"))))
            .build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> translator.translate(q));
    assertEquals(
        "condition LuceneCriterion: a raw Lucene query runs only in the embedded index; write it"
            + " with Criteria for OpenSearch",
        e.getMessage());
  }

  @Test
  void failsOnAnUnknownCountryWithSuggestions() {
    UnknownValueException e =
        assertThrows(
            UnknownValueException.class,
            () -> translator.translate(NewsQuery.parse("country:Hondurs")));
    assertTrue(e.suggestions().contains("Honduras"), e.getMessage());
  }

  @Test
  void wordsScoreAndEntityConditionsFilter() throws Exception {
    JsonNode bool = body(NewsQuery.parse("caravan country:HN")).path("query").path("bool");
    JsonNode words = bool.path("must").path(0).path("multi_match");
    assertEquals("caravan", words.path("query").asText());
    // every language's text field, each with its own analyzer; the best one scores
    assertEquals("[\"text\",\"text_es\"]", words.path("fields").toString());
    assertEquals("best_fields", words.path("type").asText());
    assertEquals(
        "HN", bool.path("filter").path(0).path("terms").path("countries").path(0).asText());
  }

  @Test
  void excludedWordsAndCountriesBecomeMustNot() throws Exception {
    JsonNode bool = body(NewsQuery.parse("-caravan -country:MX")).path("query").path("bool");
    assertEquals(
        "caravan",
        bool.path("filter")
            .path(0)
            .path("bool")
            .path("must_not")
            .path(0)
            .path("multi_match")
            .path("query")
            .asText());
    assertEquals(
        "MX",
        bool.path("filter")
            .path(1)
            .path("bool")
            .path("must_not")
            .path(0)
            .path("terms")
            .path("countries")
            .path(0)
            .asText());
  }

  @Test
  void headlineWordsMatchTheFirstParagraphOnly() throws Exception {
    JsonNode bool = body(NewsQuery.parse("headline:caravan")).path("query").path("bool");
    assertEquals(
        "and", bool.path("must").path(0).path("match").path("headline").path("operator").asText());
    assertEquals("0", bool.path("filter").path(0).path("term").path("ordinal").asText());
  }

  @Test
  void publishedDaysBecomeAHalfOpenRangeInEpochMillis() throws Exception {
    NewsQuery q =
        NewsQuery.builder()
            .publishedBetween(LocalDate.of(2018, 10, 1), LocalDate.of(2018, 10, 31))
            .build();
    JsonNode range = body(q).path("query").path("range").path("published");
    assertEquals(1538352000000L, range.path("gte").asLong());
    assertEquals(1541030400000L, range.path("lt").asLong());
    assertEquals("epoch_millis", range.path("format").asText());
  }

  @Test
  void selectionsFilterHitsButOnlyTheOtherDimensionsFacets() throws Exception {
    NewsQuery q =
        NewsQuery.builder()
            .facets(Dimension.COUNTRY, Dimension.ACTOR, Dimension.SOURCE)
            .select(Dimension.COUNTRY, "HN", "GT")
            .select(Dimension.ACTOR, "Mike Pence")
            .build();
    JsonNode body = body(q);
    assertEquals(2, body.path("post_filter").path("bool").path("filter").size());
    JsonNode aggs = body.path("aggs");
    JsonNode country =
        aggs.path("nutgraf_facet_country").path("filter").path("bool").path("filter");
    assertEquals(1, country.size());
    assertEquals("mike pence", country.path(0).path("terms").path("actors").path(0).asText());
    JsonNode actor = aggs.path("nutgraf_facet_actor").path("filter").path("bool").path("filter");
    assertEquals("HN", actor.path(0).path("terms").path("countries").path(0).asText());
    assertEquals(
        2, aggs.path("nutgraf_facet_source").path("filter").path("bool").path("filter").size());
    JsonNode gt = aggs.path("nutgraf_facet_country").path("aggs").path("selected_1");
    assertEquals("GT", gt.path("filter").path("term").path("countries").asText());
  }

  @Test
  void facetsFetchMoreValuesThanShownToRankTiesByLabel() throws Exception {
    JsonNode terms =
        body(NewsQuery.all())
            .path("aggs")
            .path("nutgraf_facet_country")
            .path("aggs")
            .path("values")
            .path("terms");
    assertEquals("countries", terms.path("field").asText());
    assertTrue(terms.path("size").asInt() >= 250);
  }

  @Test
  void everySortEndsWithTheParagraphId() throws Exception {
    for (SortOrder order : SortOrder.values()) {
      JsonNode sort = body(NewsQuery.builder().sort(order).build()).path("sort");
      assertEquals("asc", sort.path(sort.size() - 1).path("id").asText(), order.toString());
    }
    JsonNode newest = body(NewsQuery.builder().sort(SortOrder.NEWEST).build()).path("sort");
    assertEquals("_last", newest.path(0).path("published").path("missing").asText());
  }

  @Test
  void asksOneHitMoreThanThePageToKnowIfThereIsANext() throws Exception {
    assertEquals(11, body(NewsQuery.all()).path("size").asInt());
    assertEquals(0, body(NewsQuery.builder().pageSize(0).build()).path("size").asInt());
  }

  @Test
  void highlightsTheTextWithMarksTheReaderTurnsIntoSpans() throws Exception {
    JsonNode text =
        body(NewsQuery.builder().text("caravan").highlight().build())
            .path("highlight")
            .path("fields")
            .path("text");
    assertEquals(OpenSearchQueryTranslator.MARK_OPEN, text.path("pre_tags").path(0).asText());
    assertEquals(300, text.path("fragment_size").asInt());
  }

  private static final ClusterCursor CURSORS = new ClusterCursor(ClusterCursor.PROCESS_KEY);

  @Test
  void aCursorBecomesSearchAfterForItsOwnQueryOnly() throws Exception {
    NewsQuery q = NewsQuery.builder().text("caravan").sort(SortOrder.NEWEST).build();
    String cursor =
        CURSORS.encode(
            q, Optional.empty(), JSON.readTree("[1540000000000, \"a#3\"]"), Instant.now());
    JsonNode after = body(q.after(cursor)).path("search_after");
    assertEquals(1540000000000L, after.path(0).asLong());
    assertEquals("a#3", after.path(1).asText());
    assertTrue(body(q.after(cursor)).path("pit").isMissingNode());
    assertEquals("/news/_search", translator.searchPath(q.after(cursor), "news"));
    NewsQuery other = NewsQuery.builder().text("border").sort(SortOrder.NEWEST).build();
    assertThrows(InvalidCursorException.class, () -> translator.translate(other.after(cursor)));
    assertThrows(InvalidCursorException.class, () -> translator.translate(q.after("not-a-cursor")));
  }

  @Test
  void aPointInTimeIsReadByTheFirstPageAndCarriedByItsCursors() throws Exception {
    NewsQuery q = NewsQuery.builder().text("caravan").sort(SortOrder.NEWEST).build();
    OpenSearchQueryTranslator pit = translator.withPointInTime("pit-1", "2m");
    JsonNode first = JSON.readTree(pit.toJson(q));
    assertEquals("pit-1", first.path("pit").path("id").asText());
    assertEquals("2m", first.path("pit").path("keep_alive").asText());
    assertEquals("/_search", pit.searchPath(q, "news"));
    // the next page reads the newest id the cluster gave, from the cursor alone
    String cursor =
        CURSORS.encode(q, Optional.of("pit-2"), JSON.readTree("[1, \"a#3\"]"), Instant.now());
    JsonNode next = body(q.after(cursor));
    assertEquals("pit-2", next.path("pit").path("id").asText());
    assertEquals(
        OpenSearchQueryTranslator.DEFAULT_KEEP_ALIVE, next.path("pit").path("keep_alive").asText());
    assertEquals("/_search", translator.searchPath(q.after(cursor), "news"));
    assertThrows(IllegalArgumentException.class, () -> translator.withPointInTime("p", "soon"));
    assertThrows(IllegalArgumentException.class, () -> translator.withPointInTime(" ", "1m"));
  }

  @Test
  void cursorsSignedWithAnotherKeyAreRefusedUnlessTheTranslatorHasThatKey() throws Exception {
    NewsQuery q = NewsQuery.builder().text("caravan").build();
    byte[] key = "a secret of the newsroom's app".getBytes(StandardCharsets.UTF_8);
    String cursor =
        new ClusterCursor(key)
            .encode(q, Optional.empty(), JSON.readTree("[2.5, 1, \"a#3\"]"), Instant.now());
    InvalidCursorException e =
        assertThrows(InvalidCursorException.class, () -> translator.translate(q.after(cursor)));
    assertTrue(e.getMessage().contains("signature"), e.getMessage());
    JsonNode body = translator.withCursorKey(key).translate(q.after(cursor));
    assertEquals("a#3", body.path("search_after").path(2).asText());
    assertThrows(IllegalArgumentException.class, () -> translator.withCursorKey(new byte[8]));
  }

  @Test
  void entityFieldsUnderATargetFieldAreSearchedAndCountedThere() throws Exception {
    OpenSearchQueryTranslator under = translator.withEntityFields(EntityFields.under("nutgraf"));
    NewsQuery q =
        NewsQuery.builder()
            .where(NewsQuery.parse("country:Honduras actor:Hernandez").where())
            .facets(Dimension.values())
            .select(Dimension.PLACE, "HN")
            .cooccurrence()
            .build();
    String json = under.toJson(q);
    JsonNode body = JSON.readTree(json);
    assertEquals(
        List.of("nutgraf.countries", "nutgraf.actors"), fieldNamesOf(body.path("query"), "terms"));
    assertEquals(
        "nutgraf.actors",
        body.path("aggs")
            .path("nutgraf_facet_actor")
            .path("aggs")
            .path("values")
            .path("terms")
            .path("field")
            .asText());
    assertEquals(
        "nutgraf.countries", body.path("post_filter").findValue("term").fieldNames().next());
    // no clause or aggregation names an entity field at the top level any more
    for (String f : List.of("countries", "actors", "places")) {
      for (String use : List.of("\"field\":\"", "\"terms\":{\"", "\"term\":{\"")) {
        assertFalse(json.contains(use + f + "\""), use + f + " in " + json);
      }
    }
    JsonNode lookup =
        OpenSearchQueryTranslator.actorLabelsRequest(q, EntityFields.under("nutgraf"));
    assertTrue(lookup.toString().contains("\"nutgraf.actor_labels\""), lookup.toString());
  }

  /** The fields named by every {@code kind} clause (terms, term) under {@code node}. */
  private static List<String> fieldNamesOf(JsonNode node, String kind) {
    List<String> names = new ArrayList<>();
    for (JsonNode clause : node.findValues(kind)) {
      clause.fieldNames().forEachRemaining(names::add);
    }
    return names;
  }

  @Test
  void groupingByArticleCollapsesOnTheArticleWithItsBestParagraphsAndPagesByOffset()
      throws Exception {
    NewsQuery q = NewsQuery.builder().text("border").groupByArticle(2).pageSize(5).build();
    JsonNode body = body(q);
    assertEquals("article", body.path("collapse").path("field").asText());
    assertEquals(2, body.path("collapse").path("inner_hits").path("size").asInt());
    assertEquals(6, body.path("size").asInt());
    assertEquals(
        "article",
        body.path("aggs").path("nutgraf_articles").path("cardinality").path("field").asText());
    assertTrue(body.path("search_after").isMissingNode());
    String cursor = CURSORS.encodeOffset(q, 10, Instant.now());
    assertEquals(10, body(q.after(cursor)).path("from").asInt());
    NewsQuery other = NewsQuery.builder().text("wall").groupByArticle(2).pageSize(5).build();
    assertThrows(InvalidCursorException.class, () -> translator.translate(other.after(cursor)));
  }

  @Test
  void looksUpOnlyTheActorsTheQueryNames() {
    NewsQuery q =
        NewsQuery.builder()
            .where(NewsQuery.parse("actor:Hernandez OR NOT actor:\"Mike Pence\"").where())
            .select(Dimension.ACTOR, "Olaf Scholz")
            .build();
    JsonNode body = OpenSearchQueryTranslator.actorLabelsRequest(q);
    assertEquals(0, body.path("size").asInt());
    JsonNode should = body.path("query").path("bool").path("should");
    assertEquals(
        "[\"hernandez\",\"mike pence\",\"olaf scholz\"]",
        should.path(0).path("terms").path("actors").toString());
    assertEquals(
        "* hernandez", should.path(1).path("wildcard").path("actors").path("value").asText());
    assertEquals(4, should.size());
    JsonNode terms = body.path("aggs").path("actor_labels").path("terms");
    assertEquals("actor_labels", terms.path("field").asText());
    CharacterRunAutomaton include =
        new CharacterRunAutomaton(
            Operations.determinize(
                new RegExp(terms.path("include").asText()).toAutomaton(),
                Operations.DEFAULT_DETERMINIZE_WORK_LIMIT));
    assertTrue(include.run("juan orlando hernandez\u001fJuan Orlando Hernández"));
    assertTrue(include.run("hernandez\u001fHernández"));
    assertTrue(include.run("mike pence\u001fMike Pence"));
    assertFalse(include.run("ana hernandez lopez\u001fAna Hernández López"));
    assertFalse(include.run("mike pencer\u001fMike Pencer"));
    assertFalse(OpenSearchQueryTranslator.namesActors(NewsQuery.parse("country:Honduras")));
    assertTrue(OpenSearchQueryTranslator.namesActors(q));
  }

  @Test
  void fetchesTheLabelsOfTheActorsCountedByKey() {
    JsonNode body = OpenSearchQueryTranslator.actorKeyLabelsRequest(List.of("hernandez"));
    JsonNode should = body.path("query").path("bool").path("should");
    assertEquals(1, should.size());
    String include = body.path("aggs").path("actor_labels").path("terms").path("include").asText();
    assertEquals("(hernandez)\u001f.*", include);
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      many.add("reporter number " + i);
    }
    JsonNode aggs = OpenSearchQueryTranslator.actorKeyLabelsRequest(many).path("aggs");
    int alternatives = 0;
    for (JsonNode agg : aggs) {
      String regex = agg.path("terms").path("include").asText();
      assertTrue(regex.length() <= 1000, regex);
      alternatives += regex.split("\\|").length;
    }
    assertEquals(300, alternatives);
  }

  @Test
  void countsTotalsExactlyOnlyWhenAsked() throws Exception {
    NewsQuery q = NewsQuery.parse("caravan");
    assertTrue(body(q).path("track_total_hits").isMissingNode());
    JsonNode exact = JSON.readTree(translator.withExactTotals().toJson(q));
    assertTrue(exact.path("track_total_hits").asBoolean());
  }

  @Test
  void phrasesSearchEveryLanguageFieldAsPhrases() throws Exception {
    JsonNode q = body(NewsQuery.parse("\"paso fronterizo\"")).path("query");
    JsonNode words = q.has("multi_match") ? q.path("multi_match") : q.findValue("multi_match");
    assertEquals("phrase", words.path("type").asText());
    assertEquals("paso fronterizo", words.path("query").asText());
  }
}
