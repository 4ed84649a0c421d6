package org.nutgraf;

import java.time.Duration;
import java.util.List;
import org.nutgraf.ingest.InputProblem;

/**
 * What a batch ingest did.
 *
 * @param articles articles indexed
 * @param paragraphs paragraphs indexed
 * @param skipped problems of the articles left out (with {@code skipInvalid})
 * @param controlCharsRemoved control characters removed from the text
 * @param elapsed time taken
 * @param bytesRead bytes of the input files read so far, counted as each file is read to its end
 * @param bytesTotal bytes of all the input files, as they were when the batch started
 */
public record IngestReport(
    long articles,
    long paragraphs,
    List<InputProblem> skipped,
    long controlCharsRemoved,
    Duration elapsed,
    long bytesRead,
    long bytesTotal) {
  public IngestReport {
    skipped = List.copyOf(skipped);
  }

  /** Articles indexed per second. */
  public double articlesPerSecond() {
    double s = elapsed.toNanos() / 1e9;
    return s <= 0 ? 0 : articles / s;
  }
}
