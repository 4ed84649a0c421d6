package org.nutgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.NewsIndex;

/** Every bad option value is refused in one line that names the option and the value as given. */
class OptionErrorsTest {
  @TempDir Path tmp;

  @Test
  void anImpossibleDateNamesTheOptionAndTheFormat() {
    assertRefused(
        "nutgraf: --from: invalid date '2019-13-01' (expected YYYY-MM-DD, a real day)",
        "search",
        "--from",
        "2019-13-01",
        "caravan");
    assertRefused(
        "nutgraf: --to: invalid date '2018-1-5' (expected YYYY-MM-DD, a real day)",
        "search",
        "--to",
        "2018-1-5");
  }

  @Test
  void aReversedPeriodEchoesBothDatesAsWritten() {
    assertRefused(
        "nutgraf: --from 2018-11-01 is after --to 2018-10-01",
        "search",
        "--from",
        "2018-11-01",
        "--to",
        "2018-10-01");
  }

  @Test
  void numbersOutOfRangeNameTheOptionNotAField() {
    assertRefused("nutgraf: --limit: must be between 0 and 1000, was -1", "search", "-n", "-1");
    assertRefused("nutgraf: --top: must be between 1 and 10000, was 0", "search", "--top", "0");
    assertRefused(
        "nutgraf: --group-by-article: must be between 1 and 100, was 0",
        "search",
        "--group-by-article",
        "0");
    assertRefused(
        "nutgraf: --commit-every: must be >= 0, was -5",
        "index",
        "--index",
        tmp.resolve("i").toString(),
        "--commit-every",
        "-5",
        tmp.toString());
  }

  @Test
  void aWordWhereANumberGoesIsNamed() {
    assertRefused(
        "nutgraf: --limit: invalid number 'ten' (expected a whole number)",
        "search",
        "--limit",
        "ten");
    assertRefused(
        "nutgraf: --threads: invalid number '2.5' (expected a whole number)",
        "index",
        "--index",
        tmp.resolve("i").toString(),
        "--threads",
        "2.5",
        tmp.toString());
  }

  @Test
  void unknownNamesInOptionsSayWhatIsKnown() {
    assertRefused(
        "nutgraf: --sort: unknown sort \"sideways\" (use relevance, newest or oldest)",
        "search",
        "--sort",
        "sideways");
    assertRefused(
        "nutgraf: --facets: unknown facet \"weekday\" (use country, actor, source, place,"
            + " language, day, month, year)",
        "search",
        "--facets",
        "country,weekday");
  }

  @Test
  void aBadDateInTheQueryGivesItsPositionInTheQuery() {
    assertRefused(
        "nutgraf: published: not a date \"2018-10-32\" (expected 2018-10-15 or a quoted"
            + " date-time) at position 45",
        "search",
        "caravan",
        "\"San Pedro\" published:[2018-10-01 TO 2018-10-32]");
  }

  @Test
  void aReversedRangeInTheQueryEchoesItsEndsAsWritten() {
    assertRefused(
        "nutgraf: published: from \"2018-10-31\" is after to \"2018-10-01\" at position 19",
        "search",
        "caravan published:[2018-10-31 TO 2018-10-01]");
  }

  @Test
  void aBadCursorNamesAfterAndTheCursorAsGiven() throws IOException {
    assertRefused(
        "nutgraf: --after: invalid cursor 'garbage' (malformed cursor: too short)",
        "search",
        "--index",
        emptyIndex(),
        "--after",
        "garbage");
  }

  @Test
  void anUnknownOrBlankSelectionNamesItsOption() throws IOException {
    String index = emptyIndex();
    assertRefused(
        "nutgraf: --country: unknown country \"Atlantis\" (a place in South Africa); did you mean ZA?",
        "search",
        "--index",
        index,
        "--country",
        "Atlantis");
    assertRefused(
        "nutgraf: --actor: invalid value ' ' (must not be blank)",
        "search",
        "--index",
        index,
        "--actor",
        " ");
    assertRefused(
        "nutgraf: --source: invalid value '' (must not be blank)",
        "search",
        "--index",
        index,
        "--source",
        "");
  }

  @Test
  void aMissingIndexOrABadOutputNamesItsOption() throws IOException {
    Path none = tmp.resolve("none");
    assertRefused(
        "nutgraf: --index: " + none + ": no index here (create one with index first)",
        "search",
        "--index",
        none.toString());
    Path article = tmp.resolve("a.txt");
    Files.writeString(article, "Talks resumed in Lima.\n");
    assertRefused(
        "nutgraf: --out: '" + tmp + "' is a directory, not a file",
        "entities",
        "--out",
        tmp.toString(),
        article.toString());
  }

  /** An empty committed index in the temporary directory; its path. */
  private String emptyIndex() throws IOException {
    Path dir = tmp.resolve("index");
    try (NewsIndex index = NewsIndex.open(dir)) {
      index.commit();
    }
    return dir.toString();
  }

  private static void assertRefused(String firstLine, String... args) {
    CliRun run = CliRun.of(args);
    assertEquals(2, run.code(), run.err());
    List<String> lines = run.errLines();
    assertEquals(firstLine, lines.get(0));
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(run.err().contains("java."), run.err());
  }
}
