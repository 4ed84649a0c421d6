package org.nutgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code index -} reads articles piped into a real process's standard input, the way a scraper's
 * output is fed to the indexer, and a bad line on the pipe is named as {@code <stdin>:LINE}.
 */
class StandardInputIndexTest {
  @TempDir Path dir;

  @Test
  void indexesArticlesPipedIntoStandardInput() throws Exception {
    Path index = dir.resolve("index");
    String articles =
        """
        {"id":"pipe-1","headline":"Flooding closes roads","published":"2026-03-02","paragraphs":["Heavy rain flooded the roads around Tegucigalpa on Monday, the Honduran fire service said."]}
        {"id":"pipe-2","headline":"Port reopens","published":"2026-03-03","paragraphs":["Dockworkers in Rotterdam returned to work after a two-day strike."]}
        """;
    CliRun run = index(index, articles);
    assertEquals(0, run.code(), run.err());

    CliRun search = CliRun.of("search", "--index", index.toString(), "--country", "HN", "roads");
    assertEquals(0, search.code(), search.err());
    assertTrue(search.out().contains("pipe-1"), search.out());
    assertTrue(!search.out().contains("pipe-2"), search.out());
  }

  @Test
  void aBadLineOnStandardInputIsNamedByItsLineAndNothingIsCommitted() throws Exception {
    Path index = dir.resolve("index");
    String articles =
        """
        {"id":"pipe-1","headline":"Market day","published":"2026-03-02","paragraphs":["Traders in Nairobi opened early."]}
        {"id":"pipe-2","headline":"Broken","published":"2026-03-02","paragraphs":["Unclosed
        """;
    CliRun run = index(index, articles);
    assertEquals(2, run.code(), "bad input exits 2: " + run.err());
    assertTrue(run.err().contains("<stdin>:2"), run.err());

    CliRun search = CliRun.of("search", "--index", index.toString(), "traders");
    assertTrue(!search.out().contains("pipe-1"), "the batch is all or nothing: " + search.out());
  }

  /** Runs {@code index -} as a process fed {@code input}; its stdout is discarded. */
  private CliRun index(Path index, String input) throws IOException, InterruptedException {
    Process p =
        CliProcess.start(dir.resolve("stderr.txt"), "index", "--index", index.toString(), "-");
    try (OutputStream in = p.getOutputStream()) {
      in.write(input.getBytes(StandardCharsets.UTF_8));
    }
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the indexer finishes once its input ends");
    String err = new String(Files.readAllBytes(dir.resolve("stderr.txt")), StandardCharsets.UTF_8);
    return new CliRun(p.exitValue(), "", err);
  }
}
