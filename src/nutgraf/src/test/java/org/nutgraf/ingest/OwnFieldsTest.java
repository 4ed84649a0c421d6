package org.nutgraf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;
import org.nutgraf.article.FieldValue;

class OwnFieldsTest {
  private static final JsonMapper JSON = new JsonMapper();
  private static final Article PLAIN =
      Article.of("ferry-3", "Ferry service resumes", Instant.EPOCH, "Bay Courier", List.of("x"));

  @Test
  void aStringIsAKeywordAWholeNumberANumberAndAnInstantObjectAnInstant() throws IOException {
    Article a =
        OwnFields.addTo(
            PLAIN,
            json(
                "{\"desk\": \"harbour\", \"words\": 640,"
                    + " \"embargo\": {\"instant\": \"2021-04-02T05:00:00Z\"}}"));
    assertEquals(
        Map.of(
            "desk", FieldValue.keyword("harbour"),
            "words", FieldValue.number(640),
            "embargo", FieldValue.time(Instant.parse("2021-04-02T05:00:00Z"))),
        a.fields());
  }

  @Test
  void noFieldsOrNullLeavesTheArticleAsItWas() throws IOException {
    assertEquals(PLAIN, OwnFields.addTo(PLAIN, null));
    assertEquals(PLAIN, OwnFields.addTo(PLAIN, json("null")));
  }

  @Test
  void aBadValueNamesTheFieldAndWhatItWas() throws IOException {
    assertRefused("field \"fields\" must be an object, was an array", "[1]");
    assertRefused(
        "field \"fields.ratio\" must be a string, a whole number or {\"instant\": \"...\"},"
            + " was a number",
        "{\"ratio\": 0.5}");
    assertRefused(
        "field \"fields.embargo\": not an instant \"tomorrow\" (expected 2018-10-13T06:00:00Z)",
        "{\"embargo\": {\"instant\": \"tomorrow\"}}");
    assertRefused("field \"fields.desk\": a keyword must not be empty", "{\"desk\": \"\"}");
  }

  @Test
  void aReservedOrMalformedNameIsRefused() throws IOException {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> OwnFields.addTo(PLAIN, json("{\"country\": \"HN\"}")));
    assertEquals(true, e.getMessage().startsWith("field \"fields.country\": "), e.getMessage());
  }

  @Test
  void aJsonLinesRecordCarriesItsFieldsAndABadOneIsNamedByLine() throws IOException {
    String lines =
        "{\"id\": \"f1\", \"text\": \"The ferry left Oakland.\", \"fields\": {\"desk\": \"bay\"}}\n"
            + "{\"id\": \"f2\", \"text\": \"It came back.\", \"fields\": {\"desk\": true}}\n";
    List<ParsedArticle> read = new ArrayList<>();
    new JsonLinesReader(ReaderOptions.defaults().withStrict(true))
        .read(
            new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
            "in.jsonl",
            read::add);
    assertEquals(
        FieldValue.keyword("bay"), read.get(0).article().orElseThrow().fields().get("desk"));
    assertEquals(
        "field \"fields.desk\" must be a string, a whole number or {\"instant\": \"...\"},"
            + " was a boolean",
        read.get(1).problems().get(0).message());
    assertEquals(2, read.get(1).problems().get(0).line());
  }

  private static void assertRefused(String message, String fields) throws IOException {
    JsonNode node = json(fields);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OwnFields.addTo(PLAIN, node));
    assertEquals(message, e.getMessage());
  }

  private static JsonNode json(String text) throws IOException {
    return JSON.readTree(text);
  }
}
