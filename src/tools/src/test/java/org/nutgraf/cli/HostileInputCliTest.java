package org.nutgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line meets hostile input: each case ends in one line that says what and where. */
class HostileInputCliTest {
  @TempDir Path tmp;

  private static String article(String id, String text) {
    return "{\"id\": \""
        + id
        + "\", \"source\": \"Coast Wire\", \"paragraphs\": [\""
        + text
        + "\"]}\n";
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(tmp.resolve(name), content);
  }

  private String index() {
    return tmp.resolve("index").toString();
  }

  @Test
  void refusesAFifo() throws Exception {
    Path fifo = tmp.resolve("feed.jsonl");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());

    CliRun run = CliRun.of("index", "--index", index(), fifo.toString());

    assertEquals(2, run.code());
    assertEquals(
        List.of(
            "nutgraf: "
                + fifo
                + ": not a regular file (a FIFO or device may never end); pipe it into - instead"),
        run.errLines());
  }

  @Test
  void namesAnUnreadableFile() throws IOException {
    assertEquals(
        "cannot read feed.jsonl: permission denied",
        Main.message(new AccessDeniedException("feed.jsonl")));
    assertEquals(2, Main.exitCode(new AccessDeniedException("feed.jsonl")));
    Path file = write("locked.jsonl", article("l1", "Gulls circled the pier."));
    assertTrue(file.toFile().setReadable(false));
    assumeFalse(Files.isReadable(file), "running as root: every file is readable");

    CliRun run = CliRun.of("index", "--index", index(), file.toString());

    assertEquals(2, run.code());
    assertEquals(List.of("nutgraf: " + file + ": cannot read: permission denied"), run.errLines());
  }

  @Test
  void refusesALongLineAtItsFileAndLine() throws IOException {
    Path file =
        write(
            "long.jsonl",
            article("a1", "The harbour reopened.") + article("a2", "word ".repeat(100)));

    CliRun run = CliRun.of("index", "--index", index(), "--max-line-bytes", "300", file.toString());

    assertEquals(2, run.code());
    assertEquals(
        file + ":2: line longer than the limit of 300 bytes (maxLineBytes, --max-line-bytes)",
        run.errLines().get(0));
    assertTrue(run.errLines().get(1).contains("nothing was indexed"), run.err());
  }

  @Test
  void skipsAnArticleWithALongIdAndIndexesTheRest() throws IOException {
    Path file =
        write(
            "ids.jsonl",
            article("i".repeat(40_000), "The ferry ran late.")
                + article("ok-1", "The ferry ran on time."));

    CliRun run = CliRun.of("index", "--index", index(), "--skip-invalid", file.toString());

    assertEquals(0, run.code(), run.err());
    assertEquals(
        List.of(
            file
                + ":1: field \"id\" is 40000 characters, longer than the limit of 512"
                + " (maxIdChars, --max-id-chars) (skipped)"),
        run.errLines());
    assertTrue(run.out().startsWith("indexed 1 articles"), run.out());
  }

  @Test
  void printsACraftedIdEscapedInErrorsAndSearchResults() throws IOException {
    String crafted = "evil\\u001b[2J\\u001b[31m\\nforged line";
    Path file =
        write(
            "crafted.jsonl",
            article(crafted, "Fishing boats stayed in port at Valparaiso.")
                + article(crafted, "A second copy of the same id."));

    CliRun refused = CliRun.of("index", "--index", index(), file.toString());
    assertEquals(2, refused.code());
    for (String line : refused.errLines()) {
      assertFalse(line.contains("\u001b"), line);
    }
    assertTrue(refused.err().contains("evil\\u001b[2J\\u001b[31m\\nforged line"), refused.err());

    CliRun indexed = CliRun.of("index", "--index", index(), "--skip-invalid", file.toString());
    assertEquals(0, indexed.code(), indexed.err());
    CliRun search = CliRun.of("search", "--index", index(), "boats");
    assertEquals(0, search.code(), search.err());
    assertFalse(search.out().contains("\u001b"), search.out());
    assertFalse(search.out().contains("\nforged line"), search.out());
    assertTrue(search.out().contains("[evil\\u001b[2J\\u001b[31m\\nforged line#0]"), search.out());

    CliRun json = CliRun.of("search", "--index", index(), "--json", "boats");
    assertTrue(json.out().contains("evil\\u001B[2J\\u001B[31m\\nforged line"), json.out());
  }

  @Test
  void aChunkedIngestSaysWhichChunksStayCommitted() throws IOException {
    Path file =
        write(
            "chunks.jsonl",
            article("c1", "Snow fell.")
                + article("c2", "Snow melted.")
                + "{\"id\": \"c3\"}\n"
                + article("c4", "Rain came."));

    CliRun run = CliRun.of("index", "--index", index(), "--commit-every", "2", file.toString());

    assertEquals(2, run.code());
    assertTrue(
        run.err()
            .contains("the first 2 articles (the chunks through " + file + ":2) stay committed"),
        run.err());
  }

  @Test
  void aForgedCursorExitsTwoWithOneLine() throws IOException {
    Path file = write("one.jsonl", article("f1", "Fog delayed the ferry."));
    assertEquals(0, CliRun.of("index", "--index", index(), file.toString()).code());

    for (String forged :
        List.of("AXSuEtAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "%%%")) {
      CliRun run = CliRun.of("search", "--index", index(), "--after", forged, "ferry");

      assertEquals(2, run.code(), run.err());
      assertEquals(1, run.errLines().size(), run.err());
      assertTrue(run.err().startsWith("nutgraf: "), run.err());
      assertTrue(run.err().contains("cursor"), run.err());
    }
  }

  @Test
  void refusesToCreateAnIndexInADirectoryOfOtherFiles() throws IOException {
    Path file = write("one.jsonl", article("n1", "Hail fell on the vineyards."));
    Path home = Files.createDirectories(tmp.resolve("home"));
    Files.writeString(home.resolve("thesis.tex"), "a year of work");

    CliRun run = CliRun.of("index", "--index", home.toString(), file.toString());

    assertEquals(2, run.code());
    assertEquals(
        List.of(
            "nutgraf: --index: "
                + home
                + ": not empty and not an index (it holds thesis.tex); give a new or empty"
                + " directory"),
        run.errLines());
    assertEquals(List.of(home.resolve("thesis.tex")), Files.list(home).toList());
  }

  @Test
  void indexesIntoWhatAnIngestKilledBeforeItsFirstCommitLeft() throws IOException {
    Path file = write("one.jsonl", article("n1", "Hail fell on the vineyards."));
    Path index = Files.createDirectories(tmp.resolve("killed"));
    Files.writeString(index.resolve("write.lock"), "");
    Files.writeString(index.resolve("_0.fdt"), "half a segment");
    Files.writeString(index.resolve("_0_Lucene99_0.doc"), "half a segment");

    CliRun run = CliRun.of("index", "--index", index.toString(), file.toString());

    assertEquals(0, run.code(), run.err());
  }

  @Test
  void benchKeepRefusesADirectoryItDidNotMake() throws IOException {
    Path mine = Files.createDirectories(tmp.resolve("mine"));
    Files.createDirectories(mine.resolve("plain"));
    Files.writeString(mine.resolve("plain/notes.txt"), "keep me");

    CliRun run = CliRun.of("bench", "--keep", mine.toString(), "--paragraphs", "10");

    assertEquals(2, run.code(), run.err());
    assertTrue(run.err().contains("not empty and not made by bench"), run.err());
    assertEquals("keep me", Files.readString(mine.resolve("plain/notes.txt")));
  }
}
