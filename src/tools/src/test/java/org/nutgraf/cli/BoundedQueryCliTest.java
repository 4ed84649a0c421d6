package org.nutgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.NewsIndex;
import org.nutgraf.article.Article;

/** Hostile queries end `search` with exit 2 and one line naming the bound or the construct. */
class BoundedQueryCliTest {
  @TempDir Path tmp;
  private Path index;

  @BeforeEach
  void index() throws IOException {
    index = tmp.resolve("index");
    try (NewsIndex writer = NewsIndex.open(index)) {
      writer.upsert(
          Article.of(
              "a1",
              "Ferry news",
              Instant.parse("2021-03-01T00:00:00Z"),
              "Test Wire",
              List.of("Ferries stopped at Calais on Monday.")));
    }
  }

  @Test
  void deepParentheses() {
    assertRefused(
        "(".repeat(1000) + "ferry" + ")".repeat(1000),
        "nutgraf: query nests parentheses deeper than 32 levels (QueryLimits.maxDepth) at"
            + " position 32");
  }

  @Test
  void tooManyClauses() {
    String words = IntStream.range(0, 1100).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    assertRefused(
        words,
        "nutgraf: query has more than 1,024 clauses (QueryLimits.maxClauses; repeated words count"
            + " once)");
  }

  @Test
  void longPhrase() {
    assertRefused(
        "\"" + "word ".repeat(100).strip() + "\"",
        "nutgraf: a phrase of 100 words; the limit is 32 words (QueryLimits.maxPhraseWords) at"
            + " position 0");
  }

  @Test
  void longQuery() {
    assertRefused(
        "ferry ".repeat(2000),
        "nutgraf: query is 12,000 characters long; the limit is 10,000 (QueryLimits.maxLength) at"
            + " position 10000");
  }

  @Test
  void wildcardsPrefixesAndFuzzyWords() {
    assertRefused(
        "cara*",
        "nutgraf: query syntax error: wildcard and prefix search (\"cara*\") is not supported;"
            + " search for whole words, or escape the character (\\*) at position 0");
    assertRefused(
        "ferry *avan",
        "nutgraf: query syntax error: wildcard and prefix search (\"*avan\") is not supported;"
            + " search for whole words, or escape the character (\\*) at position 6");
    assertRefused(
        "caravan~2",
        "nutgraf: query syntax error: fuzzy search (\"caravan~\") is not supported; search for"
            + " the word as written at position 0");
  }

  @Test
  void anUnterminatedQuoteWhereItOpens() {
    assertRefused(
        "ferry \"stopped at", "nutgraf: query syntax error: unterminated quote at position 6");
  }

  private void assertRefused(String query, String line) {
    CliRun run = CliRun.of("search", "--index", index.toString(), query);
    assertEquals(2, run.code(), run.err());
    assertEquals(List.of(line), run.errLines());
    assertEquals("", run.out());
  }
}
