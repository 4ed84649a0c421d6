package org.nutgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.FieldValue;
import org.nutgraf.query.DateInterval;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.search.ArticleHit;
import org.nutgraf.search.DateBucket;
import org.nutgraf.search.EntityMention;
import org.nutgraf.search.FacetResult;
import org.nutgraf.search.FacetValue;
import org.nutgraf.search.Hit;
import org.nutgraf.search.SearchResult;

/** Search results as text for people and as JSON for scripts, from results made up here. */
class SearchOutputTest {
  private static final JsonMapper JSON = new JsonMapper();
  private static final NewsQuery QUERY = NewsQuery.builder().text("ferry").build();

  private static Hit hit(String id, String source, Optional<Instant> published, String text) {
    return new Hit(
        id,
        id.substring(0, id.indexOf('#')),
        0,
        "Ferry fares rise",
        published,
        source,
        Optional.empty(),
        "en",
        text,
        Float.NaN,
        List.of("Honduras"),
        List.of("Marta Quiroga"),
        List.of(
            new EntityMention(
                EntityMention.Type.PERSON, 0, 13, "person", "quiroga marta", "Marta Quiroga")),
        List.of(),
        Map.of("words", FieldValue.number(410), "desk", FieldValue.keyword("metro")));
  }

  private static SearchResult result(List<Hit> hits, List<FacetResult> facets) {
    return new SearchResult(
        hits.size(),
        OptionalLong.empty(),
        hits,
        List.of(),
        Optional.of("CURSOR123"),
        facets,
        Optional.of(
            List.of(
                new DateBucket(
                    "2021-04-02",
                    Instant.parse("2021-04-02T00:00:00Z"),
                    Instant.parse("2021-04-03T00:00:00Z"),
                    2),
                new DateBucket(
                    "2021-05-09",
                    Instant.parse("2021-05-09T00:00:00Z"),
                    Instant.parse("2021-05-10T00:00:00Z"),
                    1))),
        Optional.empty());
  }

  private static final Hit ONE =
      hit(
          "m1#0",
          "Harbour Ledger",
          Optional.of(Instant.parse("2021-04-02T09:00:00Z")),
          "Fares up.");

  private static String text(SearchResult r, List<DateInterval> dates) {
    StringWriter out = new StringWriter();
    SearchOutput.text(r, QUERY, dates, new PrintWriter(out));
    return out.toString();
  }

  private static JsonNode json(SearchResult r, List<DateInterval> dates) throws Exception {
    StringWriter out = new StringWriter();
    SearchOutput.json(r, QUERY, dates, new PrintWriter(out));
    String s = out.toString();
    assertEquals(1, s.lines().count(), "one line: " + s);
    return JSON.readTree(s);
  }

  @Test
  void aTextHitShowsHeadlineSourceDayLanguageIdFieldsAndEntities() {
    String t = text(result(List.of(ONE), List.of()), List.of());
    assertTrue(t.startsWith("1 paragraphs\n"), t);
    assertTrue(t.contains("\n1. Ferry fares rise — Harbour Ledger, 2021-04-02, en  [m1#0]\n"), t);
    assertTrue(t.contains("\n   Fares up.\n"), t);
    assertTrue(t.contains("\n   fields: desk=metro, words=410\n"), t);
    assertTrue(t.contains("\n   countries: Honduras; actors: Marta Quiroga\n"), t);
    assertTrue(t.endsWith("next page: --after CURSOR123\n"), t);
  }

  @Test
  void aHitWithoutSourceOrDateSaysSoAndALongTextIsCut() {
    Hit bare = hit("x9#0", "", Optional.empty(), "word ".repeat(100).strip());
    String t = text(result(List.of(bare), List.of()), List.of());
    assertTrue(t.contains("1. Ferry fares rise — unknown source, en  [x9#0]"), t);
    String body = t.lines().filter(l -> l.startsWith("   word")).findFirst().orElseThrow();
    assertEquals(3 + 300, body.length(), "297 characters and '...'");
    assertTrue(body.endsWith("..."));
  }

  @Test
  void controlCharactersInValuesCannotBreakATextLine() {
    Hit evil = hit("e1#0", "Bad\nSource", Optional.empty(), "line one\u001b[2Jline two");
    String t = text(result(List.of(evil), List.of()), List.of());
    assertTrue(t.contains("Bad\\nSource"), t);
    assertTrue(t.contains("line one\\u001b[2Jline two"), t);
    assertFalse(t.contains("\u001b"));
  }

  @Test
  void facetsAndDateCountsPrintAsLabelledLists() {
    FacetResult countries =
        new FacetResult(
            Dimension.COUNTRY,
            List.of(
                new FacetValue("HN", "Honduras", 3, true),
                new FacetValue("GT", "Guatemala", 1, false)),
            2);
    FacetResult actors = new FacetResult(Dimension.ACTOR, List.of(), 0);
    String t =
        text(
            result(List.of(ONE), List.of(countries, actors)),
            List.of(DateInterval.MONTH, DateInterval.YEAR));
    assertTrue(t.contains("\ncountry: Honduras (3, selected), Guatemala (1)"), t);
    assertTrue(t.contains("\nactor: none"), t);
    assertTrue(t.contains("\nmonth: 2021-04 (2), 2021-05 (1)"), t);
    assertTrue(t.contains("\nyear: 2021 (3)"), t);
  }

  @Test
  void articleResultsListEachArticleWithItsMatchingParagraphs() {
    SearchResult r =
        new SearchResult(
            4,
            OptionalLong.of(1),
            List.of(ONE),
            List.of(new ArticleHit("m1", "Ferry fares rise", 4, List.of(ONE))),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            Optional.empty());
    String t = text(r, List.of());
    assertTrue(t.startsWith("4 paragraphs in 1 articles\n"), t);
    assertTrue(
        t.contains("\n1. Ferry fares rise  (m1, 4 matching paragraphs)\n   #0 Fares up.\n"), t);
    assertFalse(t.contains("next page"));
  }

  @Test
  void aJsonHitKeepsNumbersAsNumbersAndMissingValuesAsNull() throws Exception {
    Hit bare = hit("x9#0", "", Optional.empty(), "Quiet day.");
    JsonNode h = json(result(List.of(bare), List.of()), List.of()).get("hits").get(0);
    assertEquals("x9", h.get("article").asText());
    assertTrue(h.get("published").isNull());
    assertTrue(h.get("score").isNull(), "no score (NaN) is null");
    assertTrue(h.get("fields").get("words").isNumber());
    assertEquals(410, h.get("fields").get("words").asInt());
    assertEquals("metro", h.get("fields").get("desk").asText());
    assertEquals("Honduras", h.get("countries").get(0).asText());
    assertFalse(h.has("highlights"), "no highlights, no field");
  }

  @Test
  void aJsonActorCarriesTheFacetKeyOfItsMention() throws Exception {
    JsonNode actor =
        json(result(List.of(ONE), List.of()), List.of()).get("hits").get(0).get("actors").get(0);
    assertEquals("quiroga marta", actor.get("value").asText());
    assertEquals("Marta Quiroga", actor.get("label").asText());
  }

  @Test
  void jsonFacetsDatesAndTheNextCursor() throws Exception {
    FacetResult countries =
        new FacetResult(
            Dimension.COUNTRY,
            List.of(
                new FacetValue("HN", "Honduras", 3, true),
                new FacetValue("GT", "Guatemala", 1, false)),
            2);
    JsonNode r = json(result(List.of(ONE), List.of(countries)), List.of(DateInterval.MONTH));
    JsonNode hn = r.get("facets").get("country").get(0);
    assertEquals("HN", hn.get("value").asText());
    assertTrue(hn.get("selected").asBoolean());
    assertFalse(r.get("facets").get("country").get(1).has("selected"));
    JsonNode april = r.get("facets").get("month").get(0);
    assertEquals("2021-04", april.get("value").asText());
    assertEquals("2021-04-01T00:00:00Z", april.get("from").asText());
    assertEquals("2021-05-01T00:00:00Z", april.get("to").asText());
    assertEquals(2, april.get("count").asInt());
    assertEquals("CURSOR123", r.get("next").asText());
    assertFalse(r.has("totalArticles"));
  }
}
