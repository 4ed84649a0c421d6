package org.nutgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a program reads from {@code search --json}: spans that index their text, joinable hits. */
class SearchJsonTest {
  private static final JsonMapper JSON = new JsonMapper();

  @TempDir Path tmp;
  private Path index;

  @BeforeEach
  void indexTwoArticles() throws IOException {
    Path input =
        Files.writeString(
            tmp.resolve("talks.jsonl"),
            """
            {"id": "t1", "headline": "Talks on the border", "published": "2018-10-21", \
            "paragraphs": ["Mike Pence spoke in Washington about the border with Mexico.", \
            "Pence said the talks with Mexico would go on in December."]}
            {"id": "t2", "headline": "Harvest", "published": "2018-10-22", \
            "paragraphs": ["Farmers in Kenya waited for rain while the border stayed calm."]}
            """);
    index = tmp.resolve("index");
    CliRun run = CliRun.of("index", "--index", index.toString(), input.toString());
    assertEquals(0, run.code(), run.err());
  }

  @Test
  void highlightSpansIndexThePlainSnippetTheyComeWith() throws IOException {
    JsonNode r = search("--highlight", "border");

    int spans = 0;
    for (JsonNode hit : r.get("hits")) {
      for (JsonNode hl : hit.get("highlights")) {
        String text = hl.get("text").asText();
        int offset = hl.get("offset").asInt();
        assertEquals(hit.get("text").asText().substring(offset, offset + text.length()), text);
        assertTrue(hl.get("marked").asText().contains("[border]"), hl::toString);
        for (JsonNode span : hl.get("spans")) {
          String marked = text.substring(span.get("start").asInt(), span.get("end").asInt());
          if (span.get("type").asText().equals("term")) {
            assertEquals("border", marked.toLowerCase(Locale.ROOT), hl::toString);
          } else {
            assertTrue(Character.isUpperCase(marked.charAt(0)), hl::toString);
          }
          spans++;
        }
      }
    }
    assertTrue(spans >= 4, () -> r.get("hits").toString());
  }

  @Test
  void hitActorsCarryTheFacetsValueAndLabel() throws IOException {
    JsonNode r = search("country:Mexico");

    Set<String> facetValues = new HashSet<>();
    for (JsonNode v : r.get("facets").get("actor")) {
      facetValues.add(v.get("value").asText() + "|" + v.get("label").asText());
    }
    assertEquals(Set.of("mike pence|Mike Pence"), facetValues);
    for (JsonNode hit : r.get("hits")) {
      assertEquals(
          JSON.readTree("[{\"value\": \"mike pence\", \"label\": \"Mike Pence\"}]"),
          hit.get("actors"),
          hit::toString);
    }
  }

  private JsonNode search(String... args) throws IOException {
    String[] all = new String[args.length + 4];
    all[0] = "search";
    all[1] = "--index";
    all[2] = index.toString();
    all[3] = "--json";
    System.arraycopy(args, 0, all, 4, args.length);
    CliRun run = CliRun.of(all);
    assertEquals(0, run.code(), run.err());
    return JSON.readTree(run.out());
  }
}
