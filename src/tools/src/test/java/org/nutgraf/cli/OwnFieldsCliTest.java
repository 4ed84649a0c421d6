package org.nutgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article's own fields go in through {@code index} and come out of {@code search}. */
class OwnFieldsCliTest {
  private static final JsonMapper JSON = new JsonMapper();

  @TempDir Path tmp;
  private String index;

  @BeforeEach
  void indexTwoDesks() throws IOException {
    Path input =
        Files.writeString(
            tmp.resolve("desks.jsonl"),
            """
            {"id": "m1", "headline": "Ferry fares rise", "published": "2021-04-02", \
            "paragraphs": ["The ferry to Alameda costs more from Monday."], \
            "fields": {"desk": "metro", "words": 410, \
            "embargo": {"instant": "2021-04-02T05:00:00Z"}}}
            {"id": "s1", "headline": "Ferry crew wins regatta", "published": "2021-04-03", \
            "paragraphs": ["A ferry crew from Alameda won the regatta on Saturday."], \
            "fields": {"desk": "sport", "words": 220}}
            """);
    index = tmp.resolve("index").toString();
    CliRun run = CliRun.of("index", "--index", index, input.toString());
    assertEquals(0, run.code(), run.err());
  }

  @Test
  void aKeywordNumberOrInstantFilterKeepsTheArticlesWithThatValue() throws IOException {
    assertEquals("m1", onlyArticle("--field", "desk=metro"));
    assertEquals("s1", onlyArticle("--field", "words=220"));
    assertEquals("m1", onlyArticle("--field", "embargo=2021-04-02T05:00:00Z"));
    assertEquals(
        0, search("--field", "desk=metro", "--field", "words=220").get("totalHits").asInt());
  }

  @Test
  void hitsShowTheirFieldsInJsonAndText() throws IOException {
    JsonNode hit = search("--field", "desk=metro").get("hits").get(0);
    assertEquals(
        JSON.readTree(
            "{\"desk\": \"metro\", \"embargo\": \"2021-04-02T05:00:00Z\", \"words\": 410}"),
        hit.get("fields"));

    CliRun run = CliRun.of("search", "--index", index, "--field", "desk=sport");
    assertTrue(run.out().contains("   fields: desk=sport, words=220\n"), run.out());
  }

  @Test
  void aFilterThatIsNoPairOrABadNameIsOneLineNamingTheOption() {
    CliRun run = CliRun.of("search", "--index", index, "--field", "desk");
    assertEquals(2, run.code());
    assertEquals(
        "nutgraf: --field: invalid value 'desk' (expected NAME=VALUE, as desk=metro)",
        run.errLines().get(0));
    run = CliRun.of("search", "--index", index, "--field", "country=HN");
    assertEquals(2, run.code());
    assertEquals(
        "nutgraf: --field: field name \"country\": taken by the index's own field of that name",
        run.errLines().get(0));
  }

  private String onlyArticle(String... args) throws IOException {
    JsonNode r = search(args);
    assertEquals(1, r.get("totalHits").asInt(), r::toString);
    return r.get("hits").get(0).get("article").asText();
  }

  private JsonNode search(String... args) throws IOException {
    String[] all = new String[args.length + 4];
    all[0] = "search";
    all[1] = "--index";
    all[2] = index;
    all[3] = "--json";
    System.arraycopy(args, 0, all, 4, args.length);
    CliRun run = CliRun.of(all);
    assertEquals(0, run.code(), run.err());
    return JSON.readTree(run.out());
  }
}
