package org.nutgraf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;
import org.nutgraf.article.Paragraph;

class JsonLinesReaderTest {
  private static final Path MALFORMED = Path.of("index-fixtures", "malformed");
  private static final Path UNUSUAL = Path.of("index-fixtures", "unusual");
  private static final Path ARTICLES = Path.of("index-fixtures", "articles");

  @Test
  void readsEveryFieldOfAnArticle() throws IOException {
    List<ParsedArticle> read =
        read(
            "{\"id\": \"b1\", \"headline\": \"Ferry resumes\", \"published\": \"2021-05-04\","
                + " \"source\": \"Test Wire\", \"url\": \"https://wire.example/b1\","
                + " \"paragraphs\": [\"The ferry sailed again.\", \"Tickets sold out.\"]}\n");

    Article a = only(read);
    assertEquals("b1", a.id());
    assertEquals("Ferry resumes", a.headline());
    assertEquals(Optional.of(Instant.parse("2021-05-04T00:00:00Z")), a.published());
    assertEquals("Test Wire", a.source());
    assertEquals(Optional.of("https://wire.example/b1"), a.url());
    assertEquals(List.of("The ferry sailed again.", "Tickets sold out."), texts(a));
    assertEquals(1, read.get(0).line());
  }

  @Test
  void leavesOptionalFieldsEmptyWhenAbsent() throws IOException {
    Article a = only(read("{\"id\": \"b2\", \"paragraphs\": [\"Only text.\"], \"url\": \" \"}"));

    assertEquals("", a.headline());
    assertEquals(Optional.empty(), a.published());
    assertEquals("", a.source());
    assertEquals(Optional.empty(), a.url());
  }

  @Test
  void splitsTextFieldOnBlankLinesAndJoinsLinesWithinAParagraph() throws IOException {
    Article a =
        only(
            read(
                "{\"id\": \"b3\", \"text\": \"Rain fell all night\\nin the valley.\\n\\n"
                    + "Roads closed.\\r\\n\\r\\n\\n  Schools stayed shut.  \"}"));

    assertEquals(
        List.of("Rain fell all night in the valley.", "Roads closed.", "Schools stayed shut."),
        texts(a));
  }

  @Test
  void readsTextFieldOfFixtureAndDropsItsTrailingReadMore() throws IOException {
    Article a = article(ARTICLES.resolve("asia.jsonl"), "as-2024-01-taiwan-election");

    assertEquals(7, a.paragraphs().size());
    String last = a.paragraphs().get(6).text();
    assertFalse(last.equalsIgnoreCase("Read more"), last);
    assertTrue(a.paragraphs().stream().noneMatch(p -> p.text().contains("\n")));
  }

  @Test
  void dropsTrailingBoilerplateParagraphsOfFixture() throws IOException {
    Article a = article(ARTICLES.resolve("africa.jsonl"), "af-2024-02-afcon-final");

    assertEquals(7, a.paragraphs().size());
    for (Paragraph p : a.paragraphs()) {
      assertFalse(List.of("Advertisement", "Latest News").contains(p.text()), p.text());
    }
  }

  @Test
  void dropsTrailingBoilerplateIgnoringCaseAndPunctuation() throws IOException {
    Article a =
        only(
            read(
                "{\"id\": \"b4\", \"paragraphs\": [\"Markets rose.\","
                    + " \"Traders cheered.\\nREAD MORE \u00bb\", \"latest news:\"]}"));

    assertEquals(List.of("Markets rose.", "Traders cheered."), texts(a));
  }

  @Test
  void reportsMalformedJsonWithLineAndColumn() throws IOException {
    Path file = MALFORMED.resolve("malformed-json.jsonl");
    List<ParsedArticle> read = read(file);

    assertEquals(2, read.size());
    assertTrue(read.get(0).isValid());
    // line 2 has 586 characters and lacks its closing brace: the parser runs off its end
    String problem = problem(read.get(1));
    assertTrue(
        problem.startsWith(file + ":2: malformed JSON at column 587: Unexpected end-of-input"),
        problem);
    assertFalse(problem.contains("REDACTED"), problem);
  }

  @Test
  void reportsTruncatedLastLine() throws IOException {
    Path file = MALFORMED.resolve("truncated-last-line.jsonl");
    List<ParsedArticle> read = read(file);

    assertEquals(2, read.size());
    assertEquals(
        file + ":2: truncated last line: the JSON object is cut off", problem(read.get(1)));
  }

  @Test
  void callsCutOffObjectFollowedByNewlineMalformedNotTruncated() throws IOException {
    String problem = problem(read("{\"id\": \"b5\", \"paragraphs\": [\"Half a sen\n").get(0));

    assertTrue(problem.startsWith("in.jsonl:1: malformed JSON at column "), problem);
  }

  @Test
  void refusesJsonArrayInsteadOfObject() throws IOException {
    Path file = MALFORMED.resolve("array-not-object.jsonl");
    List<ParsedArticle> read = read(file);

    assertEquals(2, read.size());
    assertEquals(file + ":2: expected a JSON object, found an array", problem(read.get(1)));
  }

  @Test
  void refusesArticleWithoutId() throws IOException {
    Path file = MALFORMED.resolve("missing-id.jsonl");

    assertEquals(file + ":1: missing field \"id\"", onlyProblem(file));
  }

  @Test
  void refusesEmptyId() throws IOException {
    Path file = MALFORMED.resolve("empty-id.jsonl");

    assertEquals(file + ":1: field \"id\" is empty", onlyProblem(file));
  }

  @Test
  void refusesIdContainingHash() throws IOException {
    String problem = problem(read("{\"id\": \"b#6\", \"paragraphs\": [\"Text.\"]}").get(0));

    assertEquals("in.jsonl:1: id: must not contain '#', was \"b#6\"", problem);
  }

  @Test
  void refusesParagraphsGivenAsString() throws IOException {
    Path file = MALFORMED.resolve("paragraphs-not-array.jsonl");

    assertEquals(
        file + ":1: field \"paragraphs\" must be an array of strings, was a string",
        onlyProblem(file));
  }

  @Test
  void refusesParagraphThatIsNotAString() throws IOException {
    String problem = problem(read("{\"id\": \"b7\", \"paragraphs\": [\"Fine.\", 5]}").get(0));

    assertEquals("in.jsonl:1: field \"paragraphs[1]\" must be a string, was a number", problem);
  }

  @Test
  void refusesBothParagraphsAndText() throws IOException {
    String problem =
        problem(read("{\"id\": \"b8\", \"paragraphs\": [\"A.\"], \"text\": \"B.\"}").get(0));

    assertEquals("in.jsonl:1: give either \"paragraphs\" or \"text\", not both", problem);
  }

  @Test
  void refusesArticleWithNeitherParagraphsNorText() throws IOException {
    String problem = problem(read("{\"id\": \"b9\", \"headline\": \"Alone\"}").get(0));

    assertEquals("in.jsonl:1: missing field \"paragraphs\" (or \"text\")", problem);
  }

  @Test
  void refusesPublishedGivenAsNumber() throws IOException {
    Path file = MALFORMED.resolve("published-number.jsonl");

    assertEquals(
        file + ":1: field \"published\" must be a string, was a number 20181013",
        onlyProblem(file));
  }

  @Test
  void refusesUnparseableDate() throws IOException {
    Path file = MALFORMED.resolve("unparseable-date.jsonl");

    assertEquals(
        file
            + ":1: field \"published\": unparseable date \"13/10/2018\""
            + " (expected ISO 2018-10-15 or 2018-10-15T14:05:00Z)",
        onlyProblem(file));
  }

  @Test
  void refusesImpossibleDate() throws IOException {
    Path file = MALFORMED.resolve("impossible-date.jsonl");

    assertEquals(
        file + ":1: field \"published\": impossible date \"2019-02-30\"", onlyProblem(file));
  }

  @Test
  void refusesArticleWithOnlyBlankParagraphs() throws IOException {
    Path file = MALFORMED.resolve("empty-article.jsonl");

    assertEquals(
        file + ":1: article \"mal-2024-01-noto-earthquake\" has no non-empty paragraph",
        onlyProblem(file));
  }

  @Test
  void refusesArticleWhoseOnlyParagraphIsBoilerplate() throws IOException {
    String problem = problem(read("{\"id\": \"b10\", \"paragraphs\": [\"Read more\"]}").get(0));

    assertEquals("in.jsonl:1: article \"b10\" has no non-empty paragraph", problem);
  }

  @Test
  void ignoresUnknownFieldByDefault() throws IOException {
    List<ParsedArticle> read = read(MALFORMED.resolve("unknown-field.jsonl"));

    assertEquals("mal-2020-07-hong-kong-security-law", only(read).id());
  }

  @Test
  void refusesUnknownFieldWhenStrict() throws IOException {
    Path file = MALFORMED.resolve("unknown-field.jsonl");
    List<ParsedArticle> read = read(file, ReaderOptions.defaults().withStrict(true));

    assertEquals(1, read.size());
    assertEquals(file + ":1: unknown field \"author\" (--strict)", problem(read.get(0)));
  }

  @Test
  void refusesDuplicateKeyInOneObject() throws IOException {
    String problem =
        problem(read("{\"id\": \"b11\", \"id\": \"b12\", \"paragraphs\": [\"A.\"]}").get(0));

    assertTrue(problem.startsWith("in.jsonl:1: malformed JSON at column "), problem);
    assertTrue(problem.contains("Duplicate field 'id'"), problem);
  }

  @Test
  void refusesTwoObjectsOnOneLine() throws IOException {
    String line = "{\"id\": \"b13\", \"paragraphs\": [\"A.\"]}";
    List<ParsedArticle> read = read(line + " " + line + "\n");

    assertEquals(1, read.size());
    assertTrue(problem(read.get(0)).startsWith("in.jsonl:1: malformed JSON at column "));
  }

  @Test
  void namesLineOfInvalidUtf8AndReadsTheOthers() throws IOException {
    Path file = MALFORMED.resolve("invalid-utf8.jsonl");
    List<ParsedArticle> read = read(file);

    assertEquals(3, read.size());
    assertTrue(read.get(0).isValid());
    assertTrue(read.get(1).isValid());
    // the 0xFF byte is the 444th byte of line 3
    assertEquals(file + ":3: invalid UTF-8 at byte 444 of the line", problem(read.get(2)));
  }

  @Test
  void refusesBinaryFileWithOneProblemForTheWholeFile() throws IOException {
    Path file = MALFORMED.resolve("binary-file.jsonl");
    List<ParsedArticle> read = read(file);

    assertEquals(1, read.size());
    assertEquals(0, read.get(0).line());
    assertEquals(
        file + ": binary file: a NUL byte at byte 1; is this a text file?", problem(read.get(0)));
  }

  @Test
  void reportsNulByteFarIntoATextFileOnItsLineOnly() throws IOException {
    StringBuilder good = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      good.append("{\"id\": \"c").append(i).append("\", \"paragraphs\": [\"Calm seas today.\"]}\n");
    }
    byte[] head = good.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"id\": \"z\", \"paragraphs\": [\"A\0B\"]}\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + bad.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bad, 0, all, head.length, bad.length);

    List<ParsedArticle> read = read(all);

    assertTrue(head.length > 8000, "the NUL must come after the first 8000 bytes");
    assertEquals(201, read.size());
    assertEquals(200, read.stream().filter(ParsedArticle::isValid).count());
    assertTrue(problem(read.get(200)).startsWith("in.jsonl:201: binary data: a NUL byte"));
  }

  @Test
  void readsLineLongerThanTheReadBufferIntact() throws IOException {
    // 3-byte characters make some of them straddle the 64 KiB read buffer's edges
    String paragraph = "\u6e2f".repeat(100_000);
    Article a = only(read("{\"id\": \"long\", \"paragraphs\": [\"" + paragraph + "\"]}\n"));

    assertEquals(paragraph, a.paragraphs().get(0).text());
  }

  @Test
  void reportsEmptyFileOnce() throws IOException {
    Path file = MALFORMED.resolve("empty-file.jsonl");
    List<ParsedArticle> read = read(file);

    assertEquals(1, read.size());
    assertEquals(0, read.get(0).line());
    assertEquals(file + ": empty file: no articles", problem(read.get(0)));
  }

  @Test
  void skipsBlankLinesButCountsThemInLineNumbers() throws IOException {
    List<ParsedArticle> read =
        read(
            "\n{\"id\": \"d1\", \"paragraphs\": [\"A.\"]}\n   \n\n{\"id\": \"\","
                + " \"paragraphs\": [\"B.\"]}\n\n");

    assertEquals(2, read.size());
    assertEquals(2, read.get(0).line());
    assertEquals("in.jsonl:5: field \"id\" is empty", problem(read.get(1)));
  }

  @Test
  void acceptsByteOrderMarkAndCrlfLineEnds() throws IOException {
    List<ParsedArticle> read = read(UNUSUAL.resolve("bom-crlf.jsonl"));

    assertEquals(2, read.size());
    Article first = read.get(0).article().orElseThrow();
    Article second = read.get(1).article().orElseThrow();
    assertEquals("unu-2022-08-pakistan-floods", first.id());
    assertEquals("unu-2024-07-paris-olympics-opening", second.id());
    assertEquals(2, read.get(1).line());
    for (Article a : List.of(first, second)) {
      for (Paragraph p : a.paragraphs()) {
        assertFalse(p.text().contains("\r") || p.text().contains("\ufeff"), p.text());
      }
    }
  }

  @Test
  void removesAndCountsControlCharacters() throws IOException {
    List<ParsedArticle> read = read(UNUSUAL.resolve("control-chars.jsonl"));

    ParsedArticle parsed = read.get(0);
    assertEquals(3, parsed.controlCharsRemoved());
    List<Paragraph> ps = parsed.article().orElseThrow().paragraphs();
    assertTrue(ps.get(0).text().contains("The African National Congress held"));
    assertTrue(ps.get(1).text().contains("President Cyril Ramaphosa, who"));
    assertTrue(ps.get(2).text().startsWith("Election officials said"));
    assertEquals(0, ps.get(3).text().chars().filter(Character::isISOControl).count());
  }

  @Test
  void countsControlCharactersInEveryField() throws IOException {
    List<ParsedArticle> read =
        read(
            "{\"id\": \"e1\", \"headline\": \"Storm\\u0007 warning\", \"source\": \"Wire\\u0085\","
                + " \"paragraphs\": [\"Wind\\u001b and rain.\\u007f\"]}");

    assertEquals(4, read.get(0).controlCharsRemoved());
    Article a = read.get(0).article().orElseThrow();
    assertEquals("Storm warning", a.headline());
    assertEquals("Wire", a.source());
    assertEquals("Wind and rain.", a.paragraphs().get(0).text());
  }

  @Test
  void keepsEmojiRightToLeftAndCjkTextIntact() throws IOException {
    Path file = UNUSUAL.resolve("scripts.jsonl");
    List<ParsedArticle> read = read(file);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);

    assertEquals(3, read.size());
    for (int i = 0; i < 3; i++) {
      JsonNode original = JsonMapper.builder().build().readTree(lines.get(i));
      Article a = read.get(i).article().orElseThrow();
      assertEquals(0, read.get(i).controlCharsRemoved());
      assertEquals(original.get("headline").textValue(), a.headline());
      List<String> expected = new ArrayList<>();
      original.get("paragraphs").forEach(p -> expected.add(p.textValue()));
      assertEquals(expected, texts(a));
    }
  }

  @Test
  void convertsPublishedOffsetToUtc() throws IOException {
    Article cjk = read(UNUSUAL.resolve("scripts.jsonl")).get(1).article().orElseThrow();

    assertEquals(Optional.of(Instant.parse("2024-03-05T00:00:00Z")), cjk.published());
  }

  @Test
  void readsTheLanguageAsAnIsoCodeAndLeavesItUndeterminedWhenAbsent() throws IOException {
    List<ParsedArticle> read =
        read(
            "{\"id\": \"e1\", \"language\": \"ES\", \"paragraphs\": [\"Texto.\"]}\n"
                + "{\"id\": \"e2\", \"paragraphs\": [\"Text.\"]}\n");

    assertEquals("es", read.get(0).article().orElseThrow().language());
    assertEquals("und", read.get(1).article().orElseThrow().language());
  }

  @Test
  void refusesALanguageThatIsNoCodeNamingTheField() throws IOException {
    String problem =
        problem(read("{\"id\": \"e3\", \"language\": \"esp\", \"paragraphs\": [\"T.\"]}").get(0));

    assertEquals(
        "in.jsonl:1: field \"language\": not an ISO 639-1 language code (such as \"es\" or"
            + " \"en-US\"): \"esp\"",
        problem);
  }

  private static List<String> texts(Article a) {
    return a.paragraphs().stream().map(Paragraph::text).toList();
  }

  private static Article only(List<ParsedArticle> read) {
    assertEquals(1, read.size());
    assertEquals(List.of(), read.get(0).problems());
    return read.get(0).article().orElseThrow();
  }

  private static String problem(ParsedArticle parsed) {
    assertFalse(parsed.isValid());
    assertEquals(1, parsed.problems().size());
    return parsed.problems().get(0).toString();
  }

  private static String onlyProblem(Path file) throws IOException {
    List<ParsedArticle> read = read(file);
    assertEquals(1, read.size());
    return problem(read.get(0));
  }

  private static Article article(Path file, String id) throws IOException {
    return read(file).stream()
        .flatMap(p -> p.article().stream())
        .filter(a -> a.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  static List<ParsedArticle> read(Path file) throws IOException {
    return read(file, ReaderOptions.defaults());
  }

  static List<ParsedArticle> read(Path file, ReaderOptions options) throws IOException {
    List<ParsedArticle> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      new JsonLinesReader(options).read(in, file.toString(), out::add);
    }
    return out;
  }

  private static List<ParsedArticle> read(String content) throws IOException {
    return read(content.getBytes(StandardCharsets.UTF_8));
  }

  private static List<ParsedArticle> read(byte[] content) throws IOException {
    List<ParsedArticle> out = new ArrayList<>();
    new JsonLinesReader(ReaderOptions.defaults())
        .read(new ByteArrayInputStream(content), "in.jsonl", out::add);
    return out;
  }
}
