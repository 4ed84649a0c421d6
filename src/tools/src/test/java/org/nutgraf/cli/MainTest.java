package org.nutgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.IndexStats;
import org.nutgraf.NewsIndex;

class MainTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String GOOD =
      "{\"id\": \"c1\", \"headline\": \"Border crossing\", \"published\": \"2018-10-20\","
          + " \"source\": \"Test Wire\", \"paragraphs\": [\"Hondurans crossed into Guatemala on"
          + " Monday.\", \"Farmers in Kenya waited for rain.\"]}\n"
          + "{\"id\": \"c2\", \"headline\": \"Talks in the capital\", \"published\":"
          + " \"2018-10-21\", \"paragraphs\": [\"Mike Pence spoke in Washington about the border"
          + " with Mexico.\"]}\n";

  @TempDir Path tmp;
  private Path index;
  private String out;
  private String err;

  @BeforeEach
  void paths() {
    index = tmp.resolve("index");
  }

  @Test
  void indexesGoodInputAndPrintsASummary() throws IOException {
    Path input = write("good.jsonl", GOOD);

    assertEquals(0, run("index", "--index", index.toString(), input.toString()), err);

    assertTrue(
        out.matches(
            "indexed 2 articles, 3 paragraphs into "
                + index.toString().replace("\\", "\\\\")
                + " in \\d+\\.\\ds; skipped 0; removed 0 control characters\\R"),
        out);
    assertEquals(new IndexStats(2, 3), stats());
  }

  @Test
  void indexesTheSameWithTaggingThreadsAsOnTheMainThread() throws IOException {
    Path input = write("good.jsonl", GOOD);
    Path threaded = tmp.resolve("threaded");
    assertEquals(0, run("index", "--index", index.toString(), "--threads", "0", input.toString()));
    assertEquals(
        0, run("index", "--index", threaded.toString(), "--threads", "3", input.toString()), err);
    assertEquals(0, run("search", "--index", index.toString(), "--json", "country:Mexico"), err);
    String onMain = out;
    assertEquals(0, run("search", "--index", threaded.toString(), "--json", "country:Mexico"));
    assertEquals(onMain, out);
    assertEquals(new IndexStats(2, 3), stats());
  }

  @Test
  void refusesANegativeThreadCount() throws IOException {
    Path input = write("good.jsonl", GOOD);
    assertEquals(2, run("index", "--index", index.toString(), "--threads", "-1", input.toString()));
    assertTrue(err.contains("--threads: must be between 0 and 256, was -1"), err);
  }

  @Test
  void refusesBadBatchListingEveryProblemAndLeavesTheIndexAlone() throws IOException {
    run("index", "--index", index.toString(), write("good.jsonl", GOOD).toString());
    Path bad =
        write(
            "bad.jsonl",
            "{\"id\": \"c3\", \"paragraphs\": [\"A fine paragraph.\"]}\n"
                + "{\"paragraphs\": [\"No id here.\"]}\n"
                + "[\"an array\"]\n");

    assertEquals(2, run("index", "--index", index.toString(), bad.toString()));

    assertEquals(
        List.of(
            bad + ":2: missing field \"id\"",
            bad + ":3: expected a JSON object, found an array",
            "nutgraf: 2 problems in the input; nothing was indexed (--skip-invalid indexes the"
                + " rest)"),
        lines(err));
    assertEquals("", out);
    assertEquals(new IndexStats(2, 3), stats());
  }

  @Test
  void skipInvalidIndexesTheRestAndReportsWhatWasSkipped() throws IOException {
    Path bad =
        write(
            "mixed.jsonl",
            "{\"id\": \"c3\", \"paragraphs\": [\"A fine paragraph.\"]}\n"
                + "{\"paragraphs\": [\"No id here.\"]}\n");

    assertEquals(
        0, run("index", "--index", index.toString(), "--skip-invalid", bad.toString()), err);

    assertEquals(List.of(bad + ":2: missing field \"id\" (skipped)"), lines(err));
    assertTrue(out.startsWith("indexed 1 articles, 1 paragraphs into "), out);
    assertTrue(out.contains("; skipped 1;"), out);
    assertEquals(new IndexStats(1, 1), stats());
  }

  @Test
  void refusesMissingInputPath() {
    Path missing = tmp.resolve("missing.jsonl");

    assertEquals(2, run("index", "--index", index.toString(), missing.toString()));

    assertEquals(List.of("nutgraf: " + missing + ": no such file or directory"), lines(err));
  }

  @Test
  void refusesEveryUnusableInputPathOnItsOwnLine() {
    Path missing = tmp.resolve("missing.jsonl");
    Path alsoMissing = tmp.resolve("also-missing");

    assertEquals(
        2, run("index", "--index", index.toString(), missing.toString(), alsoMissing.toString()));

    assertEquals(
        List.of(
            missing + ": no such file or directory", alsoMissing + ": no such file or directory"),
        lines(err).stream().map(l -> l.replaceFirst("^nutgraf: ", "")).limit(2).toList());
  }

  @Test
  void strictRefusesUnknownFields() throws IOException {
    Path input =
        write("extra.jsonl", "{\"id\": \"x1\", \"author\": \"Staff\", \"paragraphs\": [\"A.\"]}\n");

    assertEquals(2, run("index", "--index", index.toString(), "--strict", input.toString()));

    assertEquals(input + ":1: unknown field \"author\" (--strict)", lines(err).get(0));
    assertEquals(0, run("index", "--index", index.toString(), input.toString()), err);
  }

  @Test
  void searchPrintsOneJsonObject() throws IOException {
    run("index", "--index", index.toString(), write("good.jsonl", GOOD).toString());

    assertEquals(0, run("search", "--index", index.toString(), "--json", "crossed"), err);

    JsonNode r = JSON.readTree(out);
    assertEquals(1, r.get("totalHits").asLong());
    JsonNode hit = r.get("hits").get(0);
    assertEquals("c1#0", hit.get("id").asText());
    assertEquals("c1", hit.get("article").asText());
    assertEquals(0, hit.get("paragraph").asInt());
    assertEquals("Border crossing", hit.get("headline").asText());
    assertEquals("2018-10-20T00:00:00Z", hit.get("published").asText());
    assertEquals("Hondurans crossed into Guatemala on Monday.", hit.get("text").asText());
    assertTrue(hit.get("score").isNumber() && hit.get("score").asDouble() > 0, hit::toString);
    assertEquals(List.of("GT", "HN"), strings(hit.get("countries")));
    assertEquals(List.of(), strings(hit.get("actors")));
    assertEquals(
        JSON.readTree(
            "[{\"value\": \"GT\", \"label\": \"Guatemala\", \"count\": 1},"
                + " {\"value\": \"HN\", \"label\": \"Honduras\", \"count\": 1}]"),
        r.get("facets").get("country"));
    assertEquals(JSON.readTree("[]"), r.get("facets").get("actor"));
  }

  @Test
  void searchJsonCountsActorsOfEveryMatch() throws IOException {
    run("index", "--index", index.toString(), write("good.jsonl", GOOD).toString());

    assertEquals(0, run("search", "--index", index.toString(), "--json"), err);

    JsonNode r = JSON.readTree(out);
    assertEquals(3, r.get("totalHits").asLong());
    assertEquals(3, r.get("hits").size());
    assertEquals(
        JSON.readTree("[{\"value\": \"mike pence\", \"label\": \"Mike Pence\", \"count\": 1}]"),
        r.get("facets").get("actor"));
    assertEquals(5, r.get("facets").get("country").size());
  }

  @Test
  void searchRefusesUnknownCountryNamingIt() throws IOException {
    run("index", "--index", index.toString(), write("good.jsonl", GOOD).toString());

    assertEquals(2, run("search", "--index", index.toString(), "--country", "Atlantis"));
    assertTrue(err.startsWith("nutgraf: --country: unknown country \"Atlantis\""), err);

    assertEquals(2, run("search", "--index", index.toString(), "country:Atlantis"));
    assertTrue(err.startsWith("nutgraf: unknown country \"Atlantis\""), err);
  }

  @Test
  void searchRefusesQuerySyntaxErrorGivingThePosition() {
    assertEquals(2, run("search", "--index", index.toString(), "caravan AND"));

    assertEquals(
        List.of("nutgraf: query syntax error: unexpected end of query at position 11"), lines(err));
  }

  @Test
  void searchGivesThePositionWhereTheQueryBreaks() {
    assertEquals(2, run("search", "--index", index.toString(), "caravan OR OR x"));

    assertEquals(1, lines(err).size(), err);
    assertTrue(err.startsWith("nutgraf: query syntax error: unexpected "), err);
    assertFalse(err.contains("end of query"), err);
    assertTrue(err.strip().endsWith(" at position 11"), err);
  }

  @Test
  void searchRefusesMissingIndexDirectory() {
    Path typo = tmp.resolve("no-such-index");

    assertEquals(2, run("search", "--index", typo.toString(), "caravan"));
    assertFalse(Files.exists(typo));
  }

  @Test
  void entitiesWritesOneRecordPerParagraph() throws IOException {
    Path records = write("records.jsonl", records());
    Path output = tmp.resolve("entities.jsonl");

    assertEquals(0, run("entities", "--out", output.toString(), records.toString()), err);

    assertEquals(
        expectedEntities(),
        JSON.readValues(JSON.createParser(output.toFile()), JsonNode.class).readAll());
  }

  @Test
  void entitiesWritesToTheGivenOutput() throws IOException {
    Path records = write("records.jsonl", records());

    assertEquals(0, run("entities", records.toString()), err);

    assertEquals(
        expectedEntities(), JSON.readValues(JSON.createParser(out), JsonNode.class).readAll());
  }

  @Test
  void entitiesRefusesMissingFile() {
    Path missing = tmp.resolve("missing.jsonl");

    assertEquals(2, run("entities", missing.toString()));

    assertEquals(List.of("nutgraf: no such file: " + missing), lines(err));
  }

  @Test
  void refusesUnknownOption() {
    assertEquals(2, run("index", "--index", index.toString(), "--bogus", "x.jsonl"));

    assertTrue(err.contains("'--bogus'"), err);
    assertTrue(err.contains("Try 'nutgraf index --help' for usage."), err);
  }

  private static String records() {
    return "{\"article\": \"e1\", \"paragraph\": 0, \"text\": \"Hondurans crossed into Guatemala"
        + " on Monday.\"}\n"
        + "{\"article\": \"e1\", \"paragraph\": 1, \"text\": \"Farmers in Kenya waited for"
        + " rain.\"}\n"
        + "{\"article\": \"e2\", \"paragraph\": 0, \"text\": \"Mike Pence spoke in Washington"
        + " about the border with Mexico.\"}\n";
  }

  private static List<JsonNode> expectedEntities() throws IOException {
    return List.of(
        JSON.readTree(
            "{\"article\":\"e1\",\"paragraph\":0,\"language\":\"en\",\"countries\":[\"GT\",\"HN\"],"
                + "\"actors\":[]}"),
        JSON.readTree(
            "{\"article\":\"e1\",\"paragraph\":1,\"language\":\"en\",\"countries\":[\"KE\"],"
                + "\"actors\":[]}"),
        JSON.readTree(
            "{\"article\":\"e2\",\"paragraph\":0,\"language\":\"en\",\"countries\":[\"MX\",\"US\"],"
                + "\"actors\":[\"Mike Pence\"]}"));
  }

  private int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.run(args, new PrintWriter(o), new PrintWriter(e));
    out = o.toString();
    err = e.toString();
    return code;
  }

  /** Lines of output without the progress reports that indexing may interleave. */
  private static List<String> lines(String text) {
    String clean = text.replaceAll("\\rindexed [\\d,]+ articles \\([\\d,]+ articles/s\\)", "");
    List<String> lines = new ArrayList<>();
    for (String line : clean.split("\\R")) {
      if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    return lines;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private IndexStats stats() throws IOException {
    try (NewsIndex idx = NewsIndex.open(index)) {
      return idx.stats();
    }
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(tmp.resolve(name), content);
  }
}
