package org.nutgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entities} reads what {@code index} reads, as well as paragraph records. */
class EntitiesInputTest {
  private static final String RECORDS =
      """
      {"article": "r1", "paragraph": 0, "headline": "Ferry talks", "text": "Kenyan officials \
      met Ugandan traders in Kampala."}
      {"article": "r1", "paragraph": 1, "headline": "Ferry talks", "text": "The ferry will \
      run again in March."}
      """;
  private static final String ARTICLES =
      """
      {"id": "r1", "headline": "Ferry talks", "paragraphs": ["Kenyan officials met Ugandan \
      traders in Kampala.", "The ferry will run again in March."]}
      """;
  private static final String TEXT =
      """
      Ferry talks

      Kenyan officials met Ugandan traders in Kampala.

      The ferry will run again in March.
      """;

  @TempDir Path tmp;

  @Test
  void articlesAsIndexReadsThemGiveTheSameRecordsAsParagraphRecords() throws IOException {
    CliRun records = entities(write("records.jsonl", RECORDS));
    CliRun articles = entities(write("articles.jsonl", ARTICLES));

    List<String> lines = records.out().lines().toList();
    assertEquals(2, lines.size(), records.out());
    assertTrue(lines.get(0).contains("\"countries\":[\"KE\",\"UG\"]"), lines.get(0));
    assertEquals(records.out(), articles.out());
  }

  @Test
  void aTextArticleIsReadByItsFileName() throws IOException {
    CliRun text = entities(write("r1.txt", TEXT));

    assertEquals(entities(write("records.jsonl", RECORDS)).out(), text.out());
  }

  @Test
  void aDirectoryMeansEveryArticleFileBelowIt() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("feed"));
    Files.writeString(dir.resolve("r1.txt"), TEXT);
    Files.writeString(dir.resolve("more.jsonl"), ARTICLES.replace("r1", "r2"));

    List<String> lines = entities(dir).out().lines().toList();

    assertEquals(4, lines.size(), lines::toString);
    assertTrue(lines.get(0).startsWith("{\"article\":\"r2\",\"paragraph\":0,"), lines::toString);
    assertTrue(lines.get(2).startsWith("{\"article\":\"r1\",\"paragraph\":0,"), lines::toString);
  }

  @Test
  void aBadArticleIsOneLineWithFileAndLine() throws IOException {
    Path bad =
        write(
            "bad.jsonl",
            ARTICLES
                + "{\"id\": \"r2\", \"published\": \"2019-02-30\","
                + " \"paragraphs\": [\"Rain.\"]}\n");

    CliRun run = CliRun.of("entities", bad.toString());

    assertEquals(2, run.code());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("nutgraf: " + bad + ":2: field \"published\""), run.err());
  }

  private CliRun entities(Path input) {
    CliRun run = CliRun.of("entities", input.toString());
    assertEquals(0, run.code(), run.err());
    return run;
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(tmp.resolve(name), content);
  }
}
