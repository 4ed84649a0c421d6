package org.nutgraf.bench;

/**
 * One timed indexing of the corpus into a fresh index.
 *
 * @param engine what indexed
 * @param threads how many threads called the engine
 * @param round which round of alternating runs it belongs to, from 0; runs of one round and one
 *     thread count form a pair (or a triple, with the bulk API)
 * @param paragraphs paragraphs indexed
 * @param textBytes UTF-8 bytes of their text (headlines not counted)
 * @param seconds wall time from the first article read to the end of the final commit and close
 *     (which abort merges still running rather than wait for them); the corpus was written before,
 *     reading it back is counted
 * @param closeSeconds the part of {@code seconds} spent in the final commit and close
 * @param cpuSeconds CPU time of the whole process over the same span: every thread, merges and
 *     garbage collection included
 * @param callerCpuSeconds CPU time of the threads that called the engine, summed
 * @param indexBytes size of the index on disk after close
 * @param heap heap use while it ran
 */
public record IndexingRun(
    Engine engine,
    int threads,
    int round,
    long paragraphs,
    long textBytes,
    double seconds,
    double closeSeconds,
    double cpuSeconds,
    double callerCpuSeconds,
    long indexBytes,
    HeapUse heap) {

  /** Paragraphs a second of wall time. */
  public double paragraphsPerSecond() {
    return paragraphs / seconds;
  }

  /** Paragraphs a second of the process's CPU time. */
  public double paragraphsPerCpuSecond() {
    return paragraphs / cpuSeconds;
  }

  /** Text megabytes (10^6 bytes) a second of wall time. */
  public double megabytesPerSecond() {
    return textBytes / seconds / 1e6;
  }

  /** Microseconds of the process's CPU time a paragraph. */
  public double cpuMicrosPerParagraph() {
    return cpuSeconds * 1e6 / paragraphs;
  }
}
