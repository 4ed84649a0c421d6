package org.nutgraf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input over a limit is refused at its file and line, without being held in memory. */
class BoundedInputTest {
  @TempDir Path tmp;

  private static String article(String id, String source, String text) {
    return "{\"id\": \""
        + id
        + "\", \"source\": \""
        + source
        + "\", \"paragraphs\": [\""
        + text
        + "\"]}\n";
  }

  @Test
  void refusesALongLineAtItsLineAndReadsTheNextOne() throws IOException {
    ReaderOptions small = ReaderOptions.defaults().withMaxLineBytes(200);
    String input =
        article("a1", "Wire", "Rain fell on the coast.")
            + article("a2", "Wire", "x".repeat(500))
            + article("a3", "Wire", "The ferry sailed late.");

    List<ParsedArticle> read = jsonl(input, small);

    assertEquals(3, read.size());
    assertTrue(read.get(0).isValid());
    assertEquals(
        "in.jsonl:2: line longer than the limit of 200 bytes (maxLineBytes, --max-line-bytes)",
        read.get(1).problems().get(0).toString());
    assertTrue(read.get(2).isValid());
  }

  @Test
  void aLineOverTheLimitIsNotBuffered() throws IOException {
    // 64 MB of one line from a stream that makes its bytes up: only the limit is ever held
    long size = 64L << 20;
    InputStream endless =
        new InputStream() {
          long left = size;

          @Override
          public int read() {
            return left-- > 0 ? 'a' : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (left <= 0) {
              return -1;
            }
            int n = (int) Math.min(len, left);
            Arrays.fill(b, off, off + n, (byte) 'a');
            left -= n;
            return n;
          }
        };
    Utf8Lines lines = new Utf8Lines(endless, 1024);
    Utf8Lines.Line line = lines.next();
    assertEquals(1, line.number());
    assertTrue(line.error().startsWith("line longer than the limit of 1024 bytes"));
    assertEquals(null, lines.next());
  }

  @Test
  void refusesALongParagraphInJsonLines() throws IOException {
    ReaderOptions small = ReaderOptions.defaults().withMaxParagraphChars(50);

    List<ParsedArticle> read = jsonl(article("a1", "Wire", "word ".repeat(30)), small);

    assertEquals(
        "in.jsonl:1: paragraph 1 is 150 characters, longer than the limit of 50"
            + " (maxParagraphChars, --max-paragraph-chars)",
        read.get(0).problems().get(0).toString());
  }

  @Test
  void refusesALongParagraphInATextFileAtTheLineThatPassesTheLimit() throws IOException {
    ReaderOptions small = ReaderOptions.defaults().withMaxParagraphChars(50);
    String text =
        "Headline\n\nA short paragraph.\n\n" + "thirty characters of text here\n".repeat(3);

    ParsedArticle read =
        new TextArticleReader(small)
            .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t", "t.txt");

    assertFalse(read.isValid());
    assertEquals(
        "t.txt:6: paragraph longer than the limit of 50 characters"
            + " (maxParagraphChars, --max-paragraph-chars)",
        read.problems().get(0).toString());
  }

  @Test
  void refusesALongIdOrSourceAtValidation() throws IOException {
    List<ParsedArticle> read =
        jsonl(
            article("x".repeat(513), "Wire", "The bridge opened.")
                + article("b2", "s".repeat(600), "The bridge closed."),
            ReaderOptions.defaults());

    assertEquals(
        "in.jsonl:1: field \"id\" is 513 characters, longer than the limit of 512"
            + " (maxIdChars, --max-id-chars)",
        read.get(0).problems().get(0).toString());
    assertEquals(
        "in.jsonl:2: field \"source\" is 600 characters, longer than the limit of 512"
            + " (maxSourceChars, --max-source-chars)",
        read.get(1).problems().get(0).toString());
  }

  @Test
  void keyLimitsStayUnderLuceneTermLimit() {
    assertThrows(
        IllegalArgumentException.class, () -> ReaderOptions.defaults().withMaxIdChars(8_001));
    assertThrows(
        IllegalArgumentException.class, () -> ReaderOptions.defaults().withMaxLineBytes(0));
  }

  @Test
  void refusesAFifoButReadsStandardInput() throws Exception {
    Path fifo = tmp.resolve("feed.jsonl");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertEquals(0, mk.waitFor());

    InputException e = assertThrows(InputException.class, () -> ArticleFiles.expand(List.of(fifo)));
    assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());

    List<ParsedArticle> read = new ArrayList<>();
    byte[] stdin = article("s1", "Wire", "Snow closed the pass.").getBytes(StandardCharsets.UTF_8);
    new ArticleFiles(ReaderOptions.defaults(), new ByteArrayInputStream(stdin))
        .read(List.of(ArticleFiles.STDIN), read::add);
    assertEquals("s1", read.get(0).article().orElseThrow().id());
    assertEquals("<stdin>", read.get(0).file());
  }

  @Test
  void namesPermissionDenied() throws IOException {
    Path file = Files.writeString(tmp.resolve("locked.jsonl"), article("l1", "Wire", "Text."));
    assertTrue(file.toFile().setReadable(false));
    assumeFalse(Files.isReadable(file), "running as root");

    InputException e = assertThrows(InputException.class, () -> ArticleFiles.expand(List.of(file)));
    assertEquals(file + ": cannot read: permission denied", e.getMessage());
  }

  private static List<ParsedArticle> jsonl(String input, ReaderOptions options) throws IOException {
    List<ParsedArticle> read = new ArrayList<>();
    new JsonLinesReader(options)
        .read(
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            "in.jsonl",
            read::add);
    return read;
  }
}
