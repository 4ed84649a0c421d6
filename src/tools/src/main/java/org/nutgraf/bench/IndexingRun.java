package org.nutgraf.bench;

/**
 * One timed indexing of the corpus into a fresh index.
 *
 * @param engine what indexed
 * @param threads how many threads upserted
 * @param paragraphs paragraphs indexed
 * @param textBytes UTF-8 bytes of their text (headlines not counted)
 * @param seconds time in the indexing calls (of the slowest thread) plus the final commit and
 *     close, which abort merges still running rather than wait for them; writing the corpus is not
 *     counted
 * @param closeSeconds the part of {@code seconds} spent in the final commit and close
 * @param indexBytes size of the index on disk after close
 * @param heap heap use while it ran
 */
public record IndexingRun(
    Engine engine,
    int threads,
    long paragraphs,
    long textBytes,
    double seconds,
    double closeSeconds,
    long indexBytes,
    HeapUse heap) {

  public double paragraphsPerSecond() {
    return paragraphs / seconds;
  }

  /** Text megabytes (10^6 bytes) a second. */
  public double megabytesPerSecond() {
    return textBytes / seconds / 1e6;
  }
}
