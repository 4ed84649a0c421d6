package org.nutgraf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;
import org.nutgraf.article.Paragraph;

class TextArticleReaderTest {
  private static final Path TEXT = Path.of("index-fixtures", "articles", "text");
  private static final Path MALFORMED = Path.of("index-fixtures", "malformed");

  @Test
  void readsHeadlineHeadersAndParagraphs() throws IOException {
    Path file = TEXT.resolve("us-politics/uspol-2022-11-florida-desantis.txt");
    ParsedArticle parsed = read(file, "uspol-2022-11-florida-desantis");

    Article a = parsed.article().orElseThrow();
    assertEquals("uspol-2022-11-florida-desantis", a.id());
    assertEquals(
        "DeSantis wins second term in Florida by a landslide, carrying Miami-Dade", a.headline());
    assertEquals(Optional.of(Instant.parse("2022-11-09T13:00:00Z")), a.published());
    assertEquals("Tidewater Gazette", a.source());
    assertEquals(
        Optional.of("https://tidewatergazette.example/2022/11/09/florida-desantis"), a.url());
    assertTrue(a.paragraphs().get(0).text().startsWith("TAMPA, Florida — Governor Ron DeSantis"));
    assertEquals(1, parsed.line());
  }

  @Test
  void dropsTrailingLatestNews() throws IOException {
    Path file = TEXT.resolve("us-politics/uspol-2022-11-florida-desantis.txt");
    Article a = read(file, "desantis").article().orElseThrow();

    assertEquals(6, a.paragraphs().size());
    assertTrue(a.paragraphs().get(5).text().startsWith("Former President Donald Trump"));
  }

  @Test
  void dropsTrailingAdvertisementAndReadMore() throws IOException {
    Path file = TEXT.resolve("asia/as-2024-06-india-election-results.txt");
    Article a = read(file, "india").article().orElseThrow();

    assertEquals(7, a.paragraphs().size());
    for (Paragraph p : a.paragraphs()) {
      assertFalse(List.of("Advertisement", "Read more").contains(p.text()), p.text());
    }
  }

  @Test
  void leavesSourceEmptyWithoutSourceHeader() throws IOException {
    Article a =
        read(TEXT.resolve("middle-east/me-2023-05-turkey-runoff.txt"), "tr")
            .article()
            .orElseThrow();

    assertEquals("", a.source());
    assertEquals(Optional.of("https://plainsviewdaily.example/2023/05/29/turkey-runoff"), a.url());
  }

  @Test
  void leavesUrlEmptyWithoutUrlHeader() throws IOException {
    Article a =
        read(TEXT.resolve("europe/eu-2022-03-ukraine-refugees-przemysl.txt"), "pl")
            .article()
            .orElseThrow();

    assertEquals(Optional.empty(), a.url());
    assertEquals("Lantern Dispatch", a.source());
    assertEquals(Optional.of(Instant.parse("2022-03-03T22:50:00Z")), a.published());
    assertEquals(8, a.paragraphs().size());
  }

  @Test
  void joinsLinesWithinAParagraphAndSplitsOnBlankLines() throws IOException {
    Article a =
        read("Dam opens\n\nWater flowed\ninto the canal.\n\n\n\nFarmers waited.\n", "dam")
            .article()
            .orElseThrow();

    assertEquals("Dam opens", a.headline());
    assertEquals(
        List.of("Water flowed into the canal.", "Farmers waited."),
        a.paragraphs().stream().map(Paragraph::text).toList());
  }

  @Test
  void treatsHeaderLikeLineThatIsNoHeaderAsBody() throws IOException {
    Article a =
        read("Port strike\nWarning: delays expected.\n\nShips queued.", "port")
            .article()
            .orElseThrow();

    assertEquals("Warning: delays expected.", a.paragraphs().get(0).text());
    assertEquals(2, a.paragraphs().size());
  }

  @Test
  void skipsBlankLinesBeforeTheHeadline() throws IOException {
    ParsedArticle parsed = read("\n\nLate headline\n\nBody text.", "late");

    assertEquals("Late headline", parsed.article().orElseThrow().headline());
    assertEquals(3, parsed.line());
  }

  @Test
  void refusesUnparseablePublishedHeaderNamingItsLine() throws IOException {
    Path file = MALFORMED.resolve("bad-date.txt");

    assertEquals(
        file
            + ":2: header \"Published\": unparseable date \"yesterday\""
            + " (expected ISO 2018-10-15 or 2018-10-15T14:05:00Z)",
        problem(read(file, "bad-date")));
  }

  @Test
  void refusesImpossiblePublishedHeader() throws IOException {
    String problem = problem(read("Quiet day\nSource: Wire\nPublished: 2019-02-30\n\nA.", "q"));

    assertEquals("in.txt:3: header \"Published\": impossible date \"2019-02-30\"", problem);
  }

  @Test
  void refusesArticleWithHeadersOnly() throws IOException {
    Path file = MALFORMED.resolve("no-paragraphs.txt");

    assertEquals(
        file + ": article \"no-paragraphs\" has no non-empty paragraph",
        problem(read(file, "no-paragraphs")));
  }

  @Test
  void refusesEmptyFile() throws IOException {
    assertEquals("in.txt: empty file: no headline or text", problem(read(" \n\n", "empty")));
  }

  @Test
  void refusesIdContainingHash() throws IOException {
    assertEquals(
        "in.txt:1: id: must not contain '#', was \"a#1\"", problem(read("Title\n\nBody.", "a#1")));
  }

  @Test
  void namesLineOfInvalidUtf8() throws IOException {
    String text = "Title\n\nGood line.\nBad X line.\n";
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    bytes[text.indexOf('X')] = (byte) 0xFF; // never valid in UTF-8

    assertEquals("in.txt:4: invalid UTF-8 at byte 5 of the line", problem(read(bytes, "u")));
  }

  @Test
  void refusesBinaryFile() throws IOException {
    byte[] bytes = {'P', 'K', 3, 4, 0, 0, 'x', '\n', 'y'};

    assertEquals(
        "in.txt: binary file: a NUL byte at byte 5; is this a text file?",
        problem(read(bytes, "zip")));
  }

  @Test
  void acceptsCrlfLineEnds() throws IOException {
    Article a =
        read(Path.of("index-fixtures", "unusual", "crlf.txt"), "crlf").article().orElseThrow();

    assertEquals("Netanyahu pauses judicial overhaul after general strike", a.headline());
    assertEquals("Tidewater Gazette", a.source());
    assertEquals(
        Optional.of("https://tidewatergazette.example/2023/03/27/israel-judicial-pause"), a.url());
    assertEquals(2, a.paragraphs().size());
    assertTrue(a.paragraphs().stream().noneMatch(p -> p.text().contains("\r")));
  }

  @Test
  void removesAndCountsControlCharacters() throws IOException {
    ParsedArticle parsed = read("Head\u0007line\nSource: Wi\u0001re\n\nBo\u001bdy.", "cc");

    assertEquals(3, parsed.controlCharsRemoved());
    Article a = parsed.article().orElseThrow();
    assertEquals("Headline", a.headline());
    assertEquals("Wire", a.source());
    assertEquals("Body.", a.paragraphs().get(0).text());
  }

  @Test
  void readsTheLanguageHeaderAsAnIsoCode() throws IOException {
    Article a =
        read("Cierra la frontera\nLanguage: es-HN\nSource: Diario\n\nTexto.", "f")
            .article()
            .orElseThrow();

    assertEquals("es", a.language());
    assertEquals("Diario", a.source());
  }

  @Test
  void leavesTheLanguageUndeterminedWithoutHeader() throws IOException {
    assertEquals(
        "und", read("Port strike\n\nShips queued.", "p").article().orElseThrow().language());
  }

  @Test
  void refusesALanguageHeaderThatIsNoCode() throws IOException {
    String problem = problem(read("Quiet day\nLanguage: Spanish\n\nA.", "q"));

    assertEquals(
        "in.txt:2: header \"Language\": not an ISO 639-1 language code (such as \"es\" or"
            + " \"en-US\"): \"Spanish\"",
        problem);
  }

  private static String problem(ParsedArticle parsed) {
    assertFalse(parsed.isValid());
    assertEquals(1, parsed.problems().size());
    return parsed.problems().get(0).toString();
  }

  private static ParsedArticle read(Path file, String id) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new TextArticleReader(ReaderOptions.defaults()).read(in, id, file.toString());
    }
  }

  private static ParsedArticle read(String content, String id) throws IOException {
    return read(content.getBytes(StandardCharsets.UTF_8), id);
  }

  private static ParsedArticle read(byte[] content, String id) throws IOException {
    return new TextArticleReader(ReaderOptions.defaults())
        .read(new ByteArrayInputStream(content), id, "in.txt");
  }
}
