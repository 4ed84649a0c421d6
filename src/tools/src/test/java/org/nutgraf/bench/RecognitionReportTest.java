package org.nutgraf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Recognition speed turned into CPU time a paragraph. */
class RecognitionReportTest {
  @Test
  void microsecondsAParagraphFollowFromTheSpeedAndTheText() {
    // 2 MB in 400 paragraphs: at 5 MB/s the tagger takes 0.4 s, 1,000 µs a paragraph
    RecognitionReport r =
        new RecognitionReport("generated", 40, 400, 2_000_000, 50, 40, 30, 20, 5, 200, 3);
    assertEquals(1_000, r.taggerMicrosPerParagraph(), 1e-9);
    assertEquals(25, r.detectMicrosPerParagraph(), 1e-9);
  }
}
