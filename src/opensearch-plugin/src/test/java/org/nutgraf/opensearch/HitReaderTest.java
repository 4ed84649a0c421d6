package org.nutgraf.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nutgraf.query.Criteria;
import org.nutgraf.query.Highlighting;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.search.EntityMention;
import org.nutgraf.search.Highlight;
import org.nutgraf.search.Hit;

/** One hit of a search response read into a {@link Hit}. */
class HitReaderTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String O = OpenSearchQueryTranslator.MARK_OPEN;
  private static final String C = OpenSearchQueryTranslator.MARK_CLOSE;

  private static JsonNode json(String s) throws Exception {
    return JSON.readTree(s.replace('\'', '"'));
  }

  @Test
  void aHitCarriesItsSourceFieldsScoreAndEntities() throws Exception {
    JsonNode hit =
        json(
            "{'_id': 'z1#2', '_score': 2.5, '_source': {'id': 'z1#2', 'article': 'z1',"
                + " 'ordinal': 2, 'headline': 'Port reopens', 'text': 'Ships left Port Ilse.',"
                + " 'published': 1618000000000, 'source_name': 'Harbor Ledger', 'url':"
                + " 'https://ledger.example/z1', 'language': 'en', 'countries': 'ZV',"
                + " 'actor_names': ['Ilse Vora'], 'mentions': [{'type': 'place', 'start': 11,"
                + " 'end': 20, 'kind': 'city', 'value': 'ZV', 'label': 'Port Ilse'}]}}");
    Hit h = HitReader.read(hit, NewsQuery.builder().text("ships").build(), EntityFields.topLevel());
    assertEquals("z1#2", h.id());
    assertEquals("z1", h.articleId());
    assertEquals(2, h.paragraph());
    assertEquals(Optional.of(Instant.ofEpochMilli(1_618_000_000_000L)), h.published());
    assertEquals("Harbor Ledger", h.source());
    assertEquals(Optional.of("https://ledger.example/z1"), h.url());
    assertEquals(2.5f, h.score());
    assertEquals(List.of("ZV"), h.countries(), "a single value as well as an array");
    assertEquals(List.of("Ilse Vora"), h.actors());
    assertEquals(
        List.of(new EntityMention(EntityMention.Type.PLACE, 11, 20, "city", "ZV", "Port Ilse")),
        h.mentions());
    assertEquals(List.of(), h.highlights(), "no highlighting asked");
  }

  @Test
  void missingFieldsReadAsEmptyAndTheIdFallsBackToTheHitsId() throws Exception {
    JsonNode hit = json("{'_id': 'q9#0', '_score': null, '_source': {'text': 'Quiet.'}}");
    Hit h = HitReader.read(hit, NewsQuery.builder().text("quiet").build(), EntityFields.topLevel());
    assertEquals("q9#0", h.id());
    assertEquals(Optional.empty(), h.published());
    assertEquals("", h.source());
    assertEquals("und", h.language());
    assertTrue(Float.isNaN(h.score()), "no score");
    assertEquals(List.of(), h.countries());
  }

  @Test
  void entityFieldsAreReadUnderTheTargetField() throws Exception {
    JsonNode hit =
        json(
            "{'_id': 'z1#0', '_source': {'text': 'x', 'countries': ['XX'],"
                + " 'nutgraf': {'countries': ['ZV'], 'actor_names': ['Ilse Vora']}}}");
    Hit h =
        HitReader.read(hit, NewsQuery.builder().text("x").build(), EntityFields.under("nutgraf"));
    assertEquals(List.of("ZV"), h.countries());
    assertEquals(List.of("Ilse Vora"), h.actors());
  }

  @Test
  void marksBecomeTermSpansOfTheSnippetAtItsOffsetInTheText() {
    String text = "Early on, the ferry left Port Ilse again.";
    Highlight h =
        HitReader.highlight(
            text,
            "the " + O + "ferry" + C + " left",
            Highlighting.defaults(),
            List.of(),
            List.of());
    assertEquals("the ferry left", h.text());
    assertEquals(text.indexOf("the ferry"), h.offset());
    assertEquals(List.of(new Highlight.Span(4, 9, Highlight.Type.TERM, "ferry")), h.spans());
  }

  @Test
  void adjacentMarksSpellingAPhraseOfTheQueryAreOneSpan() {
    String fragment = O + "Port" + C + " " + O + "Ilse" + C + " and " + O + "port" + C;
    Highlight h =
        HitReader.highlight(
            "Port Ilse and port",
            fragment,
            Highlighting.defaults(),
            List.of(),
            List.of(List.of("port", "ilse")));
    assertEquals(
        List.of(
            new Highlight.Span(0, 9, Highlight.Type.TERM, "Port Ilse"),
            new Highlight.Span(14, 18, Highlight.Type.TERM, "port")),
        h.spans());
  }

  @Test
  void withoutAFragmentTheSnippetIsTheStartOfTheText() {
    String text = "word ".repeat(200);
    Highlighting marks = Highlighting.defaults();
    Highlight h = HitReader.highlight(text, "", marks, List.of(), List.of());
    assertEquals(0, h.offset());
    assertEquals(Math.min(text.length(), marks.maxChars() * 2), h.text().length());
    assertEquals(List.of(), h.spans());
  }

  @Test
  void onlyPhrasesOnTheTextThatTheQueryAsksForAreJoined() {
    assertEquals(
        List.of(List.of("port", "ilse")),
        HitReader.phrases(
            Criteria.and(
                Criteria.phrase("port ilse"),
                Criteria.not(Criteria.phrase("old harbour")),
                Criteria.text("ferry"))));
    assertEquals(
        List.of(List.of("a", "b"), List.of("c", "d")),
        HitReader.phrases(Criteria.or(Criteria.phrase("a-b"), Criteria.phrase("c d"))));
  }

  @Test
  void stringsReadAnArrayOrASingleValue() throws Exception {
    assertEquals(List.of("a", "b"), HitReader.strings(json("['a', 'b']")));
    assertEquals(List.of("a"), HitReader.strings(json("'a'")));
    assertEquals(List.of(), HitReader.strings(JSON.missingNode()));
  }
}
