package org.nutgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nutgraf index}: what it indexes, reports and refuses. */
class IndexCommandTest {
  @TempDir Path tmp;

  private static final String GOOD =
      """
      {"id": "k1", "headline": "Ferry fares rise", "published": "2021-04-02", \
      "paragraphs": ["The ferry to the islands costs more from Monday.", "Crews agreed."]}
      {"id": "k2", "headline": "Bridge closes", "published": "2021-04-03", \
      "paragraphs": ["The old bridge closed for repairs."]}
      """;

  private String index() {
    return tmp.resolve("index").toString();
  }

  private Path input(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text);
  }

  @Test
  void itIndexesEveryArticleAndSaysHowMany() throws IOException {
    CliRun run = CliRun.of("index", "--index", index(), input("a.jsonl", GOOD).toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.out().startsWith("indexed 2 articles, 3 paragraphs into " + index() + " in "),
        run.out());
    assertTrue(run.out().endsWith("; skipped 0; removed 0 control characters\n"), run.out());
    CliRun search = CliRun.of("search", "--index", index(), "--json", "ferry");
    assertTrue(search.out().contains("\"article\":\"k1\""), search.out());
  }

  @Test
  void aBadArticleStopsTheWholeBatchUnlessSkipped() throws IOException {
    Path bad = input("b.jsonl", GOOD + "{\"id\": \"k3\", \"paragraphs\": 7}\n");
    CliRun run = CliRun.of("index", "--index", index(), bad.toString());
    assertEquals(2, run.code());
    assertEquals(
        "nutgraf: 1 problem in the input; nothing was indexed (--skip-invalid indexes the rest)",
        run.errLines().get(run.errLines().size() - 1));
    assertTrue(run.err().contains("b.jsonl:3"), "the problem names file and line: " + run.err());

    CliRun skipping = CliRun.of("index", "--index", index(), "--skip-invalid", bad.toString());
    assertEquals(0, skipping.code(), skipping.err());
    assertTrue(skipping.out().startsWith("indexed 2 articles"), skipping.out());
    assertTrue(skipping.out().contains("; skipped 1;"), skipping.out());
    assertTrue(skipping.err().contains("(skipped)"), skipping.err());
  }

  @Test
  void aThreadCountOutOfRangeIsAUsageError() throws IOException {
    CliRun run =
        CliRun.of(
            "index", "--index", index(), "--threads", "300", input("a.jsonl", GOOD).toString());
    assertEquals(2, run.code());
    assertEquals("nutgraf: --threads: must be between 0 and 256, was 300", run.errLines().get(0));
    assertFalse(Files.exists(tmp.resolve("index").resolve("segments_1")));
  }

  @Test
  void aMissingInputIsAnErrorNamingIt() {
    String missing = tmp.resolve("nothing-here.jsonl").toString();
    CliRun run = CliRun.of("index", "--index", index(), missing);
    assertEquals(2, run.code());
    assertTrue(run.errLines().get(0).startsWith("nutgraf: "), run.err());
    assertTrue(run.errLines().get(0).contains("nothing-here.jsonl"), run.err());
  }

  @Test
  void aBadLimitNamesItsOption() throws IOException {
    CliRun run =
        CliRun.of(
            "index",
            "--index",
            index(),
            "--max-paragraph-chars",
            "0",
            input("a.jsonl", GOOD).toString());
    assertEquals(2, run.code());
    assertTrue(run.errLines().get(0).startsWith("nutgraf: --max-paragraph-chars: "), run.err());
  }

  @Test
  void firmsOfTheUsersOwnAreIndexedAsNoActor() throws IOException {
    Path in =
        input(
            "r.jsonl",
            "{\"id\": \"r1\", \"headline\": \"Retail sales\", \"published\": \"2021-04-02\","
                + " \"paragraphs\": [\"John Lewis said sales rose at its store in Leeds.\"]}\n");
    Path firms = input("firms.txt", "John Lewis\n");
    CliRun run = CliRun.of("index", "--index", index(), "--firms", firms.toString(), in.toString());
    assertEquals(0, run.code(), run.err());

    CliRun search = CliRun.of("search", "--index", index(), "--json", "sales");
    assertTrue(search.out().contains("\"countries\":[\"GB\"],\"actors\":[]"), search.out());
  }

  @Test
  void aMissingFirmsFileIsAUsageErrorAndNothingIsIndexed() throws IOException {
    Path missing = tmp.resolve("no-firms.txt");
    CliRun run =
        CliRun.of(
            "index",
            "--index",
            index(),
            "--firms",
            missing.toString(),
            input("a.jsonl", GOOD).toString());
    assertEquals(2, run.code());
    assertEquals("nutgraf: --firms: no such file '" + missing + "'", run.errLines().get(0));
    assertFalse(Files.exists(tmp.resolve("index")));
  }
}
