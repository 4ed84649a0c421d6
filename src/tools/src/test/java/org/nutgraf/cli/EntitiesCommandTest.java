package org.nutgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nutgraf entities}: one JSON line of countries and actors per paragraph. */
class EntitiesCommandTest {
  private static final JsonMapper JSON = new JsonMapper();

  @TempDir Path tmp;

  private List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    for (String l : out.lines().toList()) {
      rows.add(JSON.readTree(l));
    }
    return rows;
  }

  @Test
  void paragraphRecordsGetTheirCountriesInOrder() throws IOException {
    Path in =
        Files.writeString(
            tmp.resolve("p.jsonl"),
            """
            {"article": "a1", "paragraph": 0, "text": "Heavy rain fell on Honduras."}
            {"article": "a1", "paragraph": 1, "text": "Nothing else happened."}
            {"article": "a2", "paragraph": 0, "text": "Guatemala sent help."}
            """);
    CliRun run = CliRun.of("entities", in.toString());
    assertEquals(0, run.code(), run.err());
    List<JsonNode> rows = lines(run.out());
    assertEquals(3, rows.size());
    assertEquals("a1", rows.get(0).get("article").asText());
    assertEquals(0, rows.get(0).get("paragraph").asInt());
    assertEquals("HN", rows.get(0).at("/countries/0").asText());
    assertEquals(0, rows.get(1).get("countries").size());
    assertEquals("GT", rows.get(2).at("/countries/0").asText());
    assertFalse(rows.get(0).has("mentions"), "mentions only with --explain");
  }

  @Test
  void explainAddsEachMentionWithItsOffsets() throws IOException {
    Path in =
        Files.writeString(
            tmp.resolve("p.jsonl"),
            "{\"article\": \"a1\", \"paragraph\": 0, \"text\": \"Heavy rain fell on Honduras.\"}\n");
    CliRun run = CliRun.of("entities", "--explain", in.toString());
    JsonNode m = lines(run.out()).get(0).at("/mentions/0");
    assertEquals("place", m.get("type").asText());
    assertEquals("Honduras", m.get("text").asText());
    assertEquals(19, m.get("start").asInt());
    assertEquals(27, m.get("end").asInt());
    assertEquals("HN", m.get("country").asText());
  }

  @Test
  void articlesAreReadAsIndexReadsThemAndWrittenToAFile() throws IOException {
    Path in =
        Files.writeString(
            tmp.resolve("a.jsonl"),
            "{\"id\": \"x1\", \"headline\": \"Aid\", \"paragraphs\": [\"Aid reached Guatemala.\","
                + " \"More is due.\"]}\n");
    Path out = tmp.resolve("out.jsonl");
    CliRun run = CliRun.of("entities", "--out", out.toString(), in.toString());
    assertEquals(0, run.code(), run.err());
    assertEquals("", run.out());
    List<JsonNode> rows = lines(Files.readString(out));
    assertEquals(2, rows.size());
    assertEquals("x1", rows.get(1).get("article").asText());
    assertEquals(1, rows.get(1).get("paragraph").asInt());
  }

  @Test
  void aBadRecordIsAnErrorNamingFileAndLine() throws IOException {
    Path in =
        Files.writeString(
            tmp.resolve("p.jsonl"),
            """
            {"article": "a1", "paragraph": 0, "text": "Rain."}
            {"article": "a1", "paragraph": "one", "text": "More rain."}
            """);
    CliRun run = CliRun.of("entities", in.toString());
    assertEquals(2, run.code());
    assertEquals(
        "nutgraf: " + in + ":2: field \"paragraph\" must be a number", run.errLines().get(0));
  }

  @Test
  void anOutputInAMissingDirectoryIsAnErrorOfTheOutOption() throws IOException {
    Path in =
        Files.writeString(
            tmp.resolve("p.jsonl"), "{\"article\": \"a\", \"paragraph\": 0, \"text\": \"x\"}\n");
    CliRun run =
        CliRun.of("entities", "--out", tmp.resolve("no/such/out.jsonl").toString(), in.toString());
    assertEquals(2, run.code());
    assertTrue(run.errLines().get(0).startsWith("nutgraf: --out: no such directory"), run.err());
  }

  @Test
  void firmsOfTheUsersOwnAreNoPersonsAndABadLineIsAUsageError() throws IOException {
    Path in =
        Files.writeString(
            tmp.resolve("p.jsonl"),
            "{\"article\": \"r1\", \"paragraph\": 0, \"text\": \"John Lewis said sales rose at"
                + " its store in Leeds.\"}\n");
    Path firms = Files.writeString(tmp.resolve("firms.txt"), "# retailers\nJohn Lewis\n");

    JsonNode plain = lines(CliRun.of("entities", in.toString()).out()).get(0);
    assertEquals("John Lewis", plain.at("/actors/0").asText());
    CliRun run = CliRun.of("entities", "--firms", firms.toString(), in.toString());
    assertEquals(0, run.code(), run.err());
    JsonNode row = lines(run.out()).get(0);
    assertEquals(0, row.get("actors").size());
    assertEquals("GB", row.at("/countries/0").asText());

    Files.writeString(firms, "John Lewis\n  ...\n");
    CliRun bad = CliRun.of("entities", "--firms", firms.toString(), in.toString());
    assertEquals(2, bad.code());
    assertEquals(
        "nutgraf: --firms: " + firms + ":2: no word in the firm's name '...'",
        bad.errLines().get(0));
  }
}
