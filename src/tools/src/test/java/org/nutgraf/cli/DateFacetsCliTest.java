package org.nutgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --facets year,month,day} counts by all three widths in one search. */
class DateFacetsCliTest {
  private static final JsonMapper JSON = new JsonMapper();

  @TempDir Path tmp;
  private Path index;

  @BeforeEach
  void indexThreeDays() throws IOException {
    Path input =
        Files.writeString(
            tmp.resolve("dated.jsonl"),
            """
            {"id": "d1", "published": "2018-10-20", "paragraphs": ["A ferry left the harbour.", \
            "The ferry came back at noon."]}
            {"id": "d2", "published": "2018-10-27", "paragraphs": ["Fishermen mended nets."]}
            {"id": "d3", "published": "2019-02-03", "paragraphs": ["Snow closed the pass."]}
            """);
    index = tmp.resolve("index");
    CliRun run = CliRun.of("index", "--index", index.toString(), input.toString());
    assertEquals(0, run.code(), run.err());
  }

  @Test
  void jsonHasOneArrayPerWidthAsked() throws IOException {
    CliRun run =
        CliRun.of("search", "--index", index.toString(), "--json", "--facets", "year,month,day");
    assertEquals(0, run.code(), run.err());

    JsonNode facets = JSON.readTree(run.out()).get("facets");
    assertEquals(List.of("2018 3", "2019 1"), buckets(facets.get("year")));
    assertEquals(List.of("2018-10 3", "2019-02 1"), buckets(facets.get("month")));
    assertEquals(
        List.of("2018-10-20 2", "2018-10-27 1", "2019-02-03 1"), buckets(facets.get("day")));
    assertEquals("2018-10-01T00:00:00Z", facets.get("month").get(0).get("from").asText());
    assertEquals("2018-11-01T00:00:00Z", facets.get("month").get(0).get("to").asText());
  }

  @Test
  void textListsEachWidthOnItsOwnLine() {
    CliRun run = CliRun.of("search", "--index", index.toString(), "--facets", "month,year");
    assertEquals(0, run.code(), run.err());

    assertTrue(run.out().contains("\nmonth: 2018-10 (3), 2019-02 (1)\n"), run.out());
    assertTrue(run.out().contains("\nyear: 2018 (3), 2019 (1)\n"), run.out());
  }

  private static List<String> buckets(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(b -> out.add(b.get("value").asText() + " " + b.get("count").asLong()));
    return out;
  }
}
