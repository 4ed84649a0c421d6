package org.nutgraf.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.nutgraf.entity.ActorDictionary;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.query.DateFacetRequest;
import org.nutgraf.query.DateInterval;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.FacetRequest;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.search.DateBucket;
import org.nutgraf.search.EntityResolver;
import org.nutgraf.search.FacetValue;
import org.nutgraf.search.Highlight;
import org.nutgraf.search.Hit;
import org.nutgraf.search.InvalidCursorException;
import org.nutgraf.search.SearchResult;

class OpenSearchResponseReaderTest {
  private static final EntityResolver RESOLVER =
      new EntityResolver(
          Gazetteer.defaults(), ActorDictionary.defaults(), Map.of("mike pence", "Mike Pence"));
  private final OpenSearchResponseReader reader = new OpenSearchResponseReader(RESOLVER);

  private static final String HIT =
      """
      {"_id": "a1#0", "_score": 1.5, "sort": [1.5, 1540000000000, "a1#0"],
       "_source": {"id": "a1#0", "article": "a1", "ordinal": 0, "headline": "Caravan",
         "text": "The caravan left Honduras.", "published": "2018-10-20T00:00:00Z",
         "source_name": "Harbor Ledger", "countries": ["HN"], "actors": [],
         "actor_names": [], "mentions": [{"type": "place", "start": 17, "end": 25,
           "kind": "country", "value": "HN", "label": "Honduras"}]},
       "highlight": {"text": ["The \\ue000caravan\\ue001 left Honduras."]}}\
      """;

  @Test
  void readsHitsTotalAndTheCursorOfTheNextPage() {
    NewsQuery q = NewsQuery.builder().text("caravan").pageSize(1).highlight().build();
    String json =
        "{\"hits\": {\"total\": {\"value\": 2}, \"hits\": ["
            + HIT
            + ", "
            + HIT.replace("a1#0", "a1#1")
            + "]}}";
    SearchResult r = reader.read(q, json);
    assertEquals(2, r.totalHits());
    assertEquals(1, r.hits().size());
    Hit h = r.hits().get(0);
    assertEquals("a1#0", h.id());
    assertEquals(Instant.parse("2018-10-20T00:00:00Z"), h.published().orElseThrow());
    assertEquals("Harbor Ledger", h.source());
    assertEquals(List.of("HN"), h.countries());
    assertEquals(1.5f, h.score());
    assertTrue(r.next().isPresent());
  }

  @Test
  void readsCollapsedHitsAsArticlesWithTheirParagraphsAndCount() {
    NewsQuery q = NewsQuery.builder().text("caravan").groupByArticle(2).pageSize(1).build();
    String article =
        HIT.replace(
            "\"highlight\"",
            "\"inner_hits\": {\"nutgraf_paragraphs\": {\"hits\": {\"total\": {\"value\": 3},"
                + " \"hits\": ["
                + HIT
                + ", "
                + HIT.replace("a1#0", "a1#2")
                + "]}}}, \"highlight\"");
    String json =
        "{\"hits\": {\"total\": {\"value\": 4}, \"hits\": ["
            + article
            + ", "
            + article.replace("\"a1\"", "\"a2\"")
            + "]}, \"aggregations\": {\"nutgraf_articles\": {\"value\": 2}}}";
    SearchResult r = reader.read(q, json);
    assertEquals(4, r.totalHits());
    assertEquals(2, r.totalArticles().orElseThrow());
    assertTrue(r.hits().isEmpty());
    assertEquals(1, r.articles().size());
    assertEquals("a1", r.articles().get(0).articleId());
    assertEquals("Caravan", r.articles().get(0).headline());
    assertEquals(3, r.articles().get(0).matchingParagraphs());
    assertEquals(
        List.of("a1#0", "a1#2"), r.articles().get(0).paragraphs().stream().map(Hit::id).toList());
    assertTrue(r.next().isPresent());
  }

  @Test
  void theNextCursorCarriesTheNewestPointInTimeAndIsSigned() throws Exception {
    NewsQuery q = NewsQuery.builder().text("caravan").pageSize(1).build();
    String json =
        "{\"pit_id\": \"pit-2\", \"hits\": {\"total\": {\"value\": 2}, \"hits\": ["
            + HIT
            + ", "
            + HIT.replace("a1#0", "a1#1")
            + "]}}";
    String cursor = reader.read(q, json).next().orElseThrow();
    OpenSearchQueryTranslator translator = new OpenSearchQueryTranslator(RESOLVER);
    assertEquals("/_search", translator.searchPath(q.after(cursor), "news"));
    assertEquals("pit-2", translator.translate(q.after(cursor)).path("pit").path("id").asText());
    assertEquals(
        "a1#0", translator.translate(q.after(cursor)).path("search_after").path(2).asText());
    byte[] key = new byte[32];
    String signed = reader.withCursorKey(key).read(q, json).next().orElseThrow();
    assertThrows(InvalidCursorException.class, () -> translator.translate(q.after(signed)));
    assertEquals(
        "pit-2",
        translator.withCursorKey(key).translate(q.after(signed)).path("pit").path("id").asText());
  }

  @Test
  void readsEntityFieldsUnderATargetField() {
    NewsQuery q = NewsQuery.builder().text("caravan").build();
    String nested =
        HIT.replace(
            "\"countries\": [\"HN\"]",
            "\"countries\": [\"mine\"],"
                + " \"nutgraf\": {\"countries\": [\"HN\", \"US\"], \"actor_names\": [\"Mike Pence\"]}");
    Hit h =
        reader
            .withEntityFields(EntityFields.under("nutgraf"))
            .read(q, "{\"hits\": {\"hits\": [" + nested + "]}}")
            .hits()
            .get(0);
    assertEquals(List.of("HN", "US"), h.countries());
    assertEquals(List.of("Mike Pence"), h.actors());
  }

  @Test
  void theLastPageHasNoCursor() {
    NewsQuery q = NewsQuery.builder().pageSize(5).build();
    SearchResult r =
        reader.read(q, "{\"hits\": {\"total\": {\"value\": 1}, \"hits\": [" + HIT + "]}}");
    assertTrue(r.next().isEmpty());
  }

  @Test
  void highlightMarksBecomeTermSpansBesideTheMentions() {
    NewsQuery q = NewsQuery.builder().text("caravan").highlight().build();
    Highlight h =
        reader.read(q, "{\"hits\": {\"hits\": [" + HIT + "]}}").hits().get(0).highlights().get(0);
    assertEquals("The caravan left Honduras.", h.text());
    assertEquals(
        List.of(
            new Highlight.Span(4, 11, Highlight.Type.TERM, "caravan"),
            new Highlight.Span(17, 25, Highlight.Type.PLACE, "HN")),
        h.spans());
    assertEquals("The [caravan] left {Honduras}.", h.render(q.highlighting().orElseThrow()));
  }

  @Test
  void aFragmentThatStartsAndEndsWithAMatchKeepsItsSpansThroughOpenSearchsTrim() {
    // OpenSearch's passage formatter trims each fragment with String.trim()
    String fragment =
        (OpenSearchQueryTranslator.MARK_OPEN
                + "Caravan"
                + OpenSearchQueryTranslator.MARK_CLOSE
                + " members reached "
                + OpenSearchQueryTranslator.MARK_OPEN
                + "Tijuana"
                + OpenSearchQueryTranslator.MARK_CLOSE)
            .trim();
    String hit =
        HIT.replace("The caravan left Honduras.", "Caravan members reached Tijuana.")
            .replace("\"start\": 17, \"end\": 25", "\"start\": 24, \"end\": 31")
            .replace("The \\ue000caravan\\ue001 left Honduras.", fragment);
    NewsQuery q = NewsQuery.builder().text("caravan tijuana").highlight().build();
    Highlight h =
        reader.read(q, "{\"hits\": {\"hits\": [" + hit + "]}}").hits().get(0).highlights().get(0);
    assertEquals("Caravan members reached Tijuana", h.text());
    assertEquals(
        List.of(
            new Highlight.Span(0, 7, Highlight.Type.TERM, "Caravan"),
            new Highlight.Span(24, 31, Highlight.Type.TERM, "Tijuana")),
        h.spans().stream().filter(s -> s.type() == Highlight.Type.TERM).toList());
  }

  @Test
  void thePhraseOpenSearchMarksWordByWordIsOneSpanAsInTheEmbeddedIndex() {
    String hit =
        HIT.replace("The caravan left Honduras.", "The prime minister met the caravan leader.")
            .replace(
                "The \\ue000caravan\\ue001 left Honduras.",
                "The \\ue000prime\\ue001 \\ue000minister\\ue001 met the \\ue000caravan\\ue001 leader.");
    NewsQuery q = NewsQuery.parse("\"Prime Minister\" caravan").toBuilder().highlight().build();
    Highlight h =
        reader.read(q, "{\"hits\": {\"hits\": [" + hit + "]}}").hits().get(0).highlights().get(0);
    assertEquals(
        List.of("prime minister", "caravan"),
        h.spans().stream()
            .filter(s -> s.type() == Highlight.Type.TERM)
            .map(Highlight.Span::value)
            .toList());
  }

  @Test
  void facetTiesRankByLabelAsInTheEmbeddedIndex() {
    NewsQuery q = NewsQuery.builder().facets(FacetRequest.of(Dimension.COUNTRY).top(2)).build();
    String json =
        """
        {"hits": {"hits": []}, "aggregations": {"nutgraf_facet_country": {"doc_count": 9,
          "values": {"buckets": [{"key": "US", "doc_count": 5}, {"key": "CH", "doc_count": 2},
            {"key": "SE", "doc_count": 2}]},
          "distinct": {"value": 3}}}}\
        """;
    List<FacetValue> values = reader.read(q, json).facet(Dimension.COUNTRY).orElseThrow().values();
    assertEquals(List.of("US", "SE"), values.stream().map(FacetValue::key).toList());
    assertEquals("Sweden", values.get(1).label());
  }

  @Test
  void aSelectedValueOutsideTheTopIsShownWithItsCount() {
    NewsQuery q =
        NewsQuery.builder()
            .facets(FacetRequest.of(Dimension.ACTOR).top(1))
            .select(Dimension.ACTOR, "mike pence")
            .build();
    String json =
        """
        {"hits": {"hits": []}, "aggregations": {"nutgraf_facet_actor": {
          "values": {"buckets": [{"key": "donald trump", "doc_count": 7},
                                 {"key": "mike pence", "doc_count": 3}]},
          "distinct": {"value": 2},
          "selected_0": {"doc_count": 3}}}}\
        """;
    List<FacetValue> values = reader.read(q, json).facet(Dimension.ACTOR).orElseThrow().values();
    assertEquals(new FacetValue("mike pence", "Mike Pence", 3, true), values.get(1));
    assertEquals("donald trump", values.get(0).label());
  }

  @Test
  void aSelectedSourceIsShownAsWritten() {
    NewsQuery q =
        NewsQuery.builder()
            .facets(FacetRequest.of(Dimension.SOURCE).top(1))
            .select(Dimension.SOURCE, "harbor ledger")
            .build();
    String json =
        """
        {"hits": {"hits": []}, "aggregations": {"nutgraf_facet_source": {
          "values": {"buckets": [{"key": "Meridian Wire", "doc_count": 7},
                                 {"key": "Harbor Ledger", "doc_count": 2}]},
          "distinct": {"value": 2},
          "selected_0": {"doc_count": 2,
            "label": {"buckets": [{"key": "Harbor Ledger", "doc_count": 2}]}}}}}\
        """;
    List<FacetValue> values = reader.read(q, json).facet(Dimension.SOURCE).orElseThrow().values();
    assertEquals(new FacetValue("Harbor Ledger", "Harbor Ledger", 2, true), values.get(1));
  }

  @Test
  void dateBucketsCarryTheirEnds() {
    NewsQuery q = NewsQuery.builder().dateFacet(DateFacetRequest.by(DateInterval.MONTH)).build();
    String json =
        """
        {"hits": {"hits": []}, "aggregations": {"nutgraf_dates": {"buckets": {"buckets": [
          {"key_as_string": "2018-10", "key": 1538352000000, "doc_count": 4}]}}}}\
        """;
    assertEquals(
        List.of(
            new DateBucket(
                "2018-10",
                Instant.parse("2018-10-01T00:00:00Z"),
                Instant.parse("2018-11-01T00:00:00Z"),
                4)),
        reader.read(q, json).dates().orElseThrow());
  }

  @Test
  void actorLabelsPreferTheLongerThenTheAccentedForm() {
    String json =
        """
        {"aggregations": {"actor_labels": {"buckets": [
          {"key": "juan orlando hernandez\\u001fJuan Orlando Hernandez"},
          {"key": "juan orlando hernandez\\u001fJuan Orlando Hernández"},
          {"key": "hernandez\\u001fHernandez"}]}}}\
        """;
    assertEquals(
        Map.of("juan orlando hernandez", "Juan Orlando Hernández", "hernandez", "Hernandez"),
        OpenSearchResponseReader.actorLabels(json));
  }

  @Test
  void reportsTheCountErrorBoundAndTheActorsCounted() {
    NewsQuery q = NewsQuery.builder().facets(Dimension.ACTOR).build();
    String json =
        """
        {"hits": {"total": {"value": 9}, "hits": []}, "aggregations": {"nutgraf_facet_actor": {
          "distinct": {"value": 2},
          "values": {"doc_count_error_upper_bound": 3, "buckets": [
            {"key": "mike pence", "doc_count": 5}, {"key": "ivo brant", "doc_count": 2}]}}}}\
        """;
    var facet = reader.read(q, json).facets().get(0);
    assertEquals(
        List.of(
            new FacetValue("mike pence", "Mike Pence", 5, false),
            new FacetValue("ivo brant", "ivo brant", 2, false)),
        facet.values());
    assertEquals(3, facet.countErrorBound());
    assertEquals(Set.of("ivo brant", "mike pence"), OpenSearchResponseReader.actorKeys(json));
  }

  @Test
  void notJsonFailsWithAMessage() {
    IllegalArgumentException e =
        Assertions.assertThrows(
            IllegalArgumentException.class, () -> reader.read(NewsQuery.all(), "<html>"));
    assertTrue(e.getMessage().startsWith("not a JSON search response"), e.getMessage());
  }
}
