package org.nutgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nutgraf search}: selections, dates, paging and the errors of its options. */
class SearchCommandTest {
  private static final JsonMapper JSON = new JsonMapper();

  @TempDir Path tmp;
  private String index;

  @BeforeEach
  void indexThreeArticles() throws IOException {
    Path input =
        Files.writeString(
            tmp.resolve("news.jsonl"),
            """
            {"id": "h1", "headline": "Floods in Honduras", "published": "2021-03-02", \
            "paragraphs": ["Rivers flooded towns across Honduras after heavy rain."]}
            {"id": "g1", "headline": "Floods in Guatemala", "published": "2021-04-10", \
            "paragraphs": ["Rivers flooded roads in Guatemala after heavy rain."]}
            {"id": "g2", "headline": "Dry spell", "published": "2021-05-20", \
            "paragraphs": ["Farmers in Guatemala waited for rain all spring."]}
            """);
    index = tmp.resolve("index").toString();
    CliRun run = CliRun.of("index", "--index", index, input.toString());
    assertEquals(0, run.code(), run.err());
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

  @Test
  void aCountrySelectionKeepsItsParagraphs() throws IOException {
    JsonNode r = search("--country", "Honduras", "rain");
    assertEquals(1, r.get("totalHits").asInt());
    assertEquals("h1", r.at("/hits/0/article").asText());
    assertEquals(3, search("rain").get("totalHits").asInt());
  }

  @Test
  void datesBoundThePublicationDayInclusive() throws IOException {
    JsonNode r = search("--from", "2021-04-10", "--to", "2021-05-20", "rain");
    assertEquals(2, r.get("totalHits").asInt());
  }

  @Test
  void pagesFollowOneAnotherThroughTheCursor() throws IOException {
    JsonNode first = search("--limit", "1", "rain");
    String cursor = first.get("next").asText();
    JsonNode second = search("--limit", "1", "--after", cursor, "rain");
    assertNotEquals(first.at("/hits/0/id").asText(), second.at("/hits/0/id").asText());
  }

  @Test
  void monthCountsComeWithTheHits() throws IOException {
    JsonNode months = search("--facets", "month", "rain").at("/facets/month");
    assertEquals(3, months.size());
    assertEquals("2021-03", months.at("/0/value").asText());
  }

  @Test
  void optionErrorsAreOneLineNamingTheOption() {
    CliRun dates =
        CliRun.of("search", "--index", index, "--from", "2021-05-01", "--to", "2021-04-01");
    assertEquals(2, dates.code());
    assertEquals("nutgraf: --from 2021-05-01 is after --to 2021-04-01", dates.errLines().get(0));

    CliRun facet = CliRun.of("search", "--index", index, "--facets", "weather");
    assertEquals(2, facet.code());
    assertTrue(facet.errLines().get(0).startsWith("nutgraf: --facets: unknown facet \"weather\""));

    CliRun cursor = CliRun.of("search", "--index", index, "--after", "not-a-cursor", "rain");
    assertEquals(2, cursor.code());
    assertTrue(
        cursor.errLines().get(0).startsWith("nutgraf: --after: invalid cursor 'not-a-cursor'"),
        cursor.err());

    CliRun blank = CliRun.of("search", "--index", index, "--country", " ");
    assertEquals(2, blank.code());
    assertEquals(
        "nutgraf: --country: invalid value ' ' (must not be blank)", blank.errLines().get(0));
  }

  @Test
  void anIndexThatIsNotThereIsAnErrorOfTheIndexOption() {
    CliRun run = CliRun.of("search", "--index", tmp.resolve("nope").toString(), "rain");
    assertEquals(2, run.code());
    assertTrue(run.errLines().get(0).startsWith("nutgraf: --index: "), run.err());
  }
}
