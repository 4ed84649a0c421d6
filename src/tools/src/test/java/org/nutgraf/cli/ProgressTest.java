package org.nutgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Progress reports: rewritten in place on a terminal, plain lines elsewhere, ended cleanly. */
class ProgressTest {
  private static final long SECOND = 1_000_000_000L;

  private final StringWriter written = new StringWriter();
  private long now;

  private Progress progress(boolean terminal) {
    return new Progress(new PrintWriter(written), terminal, "tagged", "paragraphs", () -> now);
  }

  @Test
  void onATerminalOneLineIsRewrittenAndEndedBeforeWhatFollows() {
    Progress p = progress(true);
    now = SECOND / 2;
    p.update(5, 0, 0);
    assertEquals("", written.toString());

    now = 2 * SECOND;
    p.update(400, 0, 0);
    now = 4 * SECOND;
    p.update(1_200, 0, 0);
    p.end();

    assertEquals(
        "\rtagged 400 paragraphs (200 paragraphs/s)"
            + "\rtagged 1,200 paragraphs (300 paragraphs/s)\n",
        written.toString());
  }

  @Test
  void aShorterLineWipesTheRestOfTheLongerOne() {
    Progress p = progress(true);
    now = SECOND;
    p.update(10_000, 0, 0);
    now = 100 * SECOND;
    p.update(10_001, 0, 0);

    String[] lines = written.toString().split("\r");
    assertEquals(lines[1].length(), lines[2].length(), written::toString);
  }

  @Test
  void elsewherePlainLinesEveryTenSecondsAndNothingToEnd() {
    Progress p = progress(false);
    for (int s = 1; s <= 25; s++) {
      now = s * SECOND;
      p.update(s * 10L, 0, 0);
    }
    p.end();

    assertEquals(
        "tagged 100 paragraphs (10 paragraphs/s)\ntagged 200 paragraphs (10 paragraphs/s)\n",
        written.toString());
  }

  @Test
  void aKnownSizeGivesTheShareDoneAndTheTimeLeft() {
    Progress p = progress(false);
    now = 30 * SECOND;
    p.update(3_000, 1024 * 1024, 4L * 1024 * 1024);

    assertEquals(
        "tagged 3,000 paragraphs (100 paragraphs/s), 25% of 4.0 MB, about 1m30s left\n",
        written.toString());
  }

  @Test
  void nothingPrintedNothingToEnd() {
    progress(true).end();

    assertEquals("", written.toString());
  }
}
