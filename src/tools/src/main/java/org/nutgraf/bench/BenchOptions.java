package org.nutgraf.bench;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What {@link Bench} runs.
 *
 * @param paragraphs corpus size in paragraphs, at least 1
 * @param threads indexing threads besides the one-thread runs; 1 (the default) runs only those
 * @param seed corpus seed; defaults to 42
 * @param queryRuns timed runs of each query kind after warm-up, at least 1; defaults to 200
 * @param rounds rounds of alternating indexing runs (plain Lucene, Nutgraf, Nutgraf's bulk API), at
 *     least 1; the ratios are medians over rounds; defaults to 3
 * @param merges whether to index once more per engine with a small RAM buffer, so that segments
 *     merge, and time a merge down to one segment; defaults to true
 * @param fixtures a directory or file of real articles to time recognition on besides the generated
 *     text; empty (the default) for none
 * @param text another file of articles (.jsonl or .txt) to time recognition on; empty (the default)
 *     for none
 * @param keep a directory to build the indexes in and leave them; empty (the default) means a
 *     temporary directory, removed afterwards
 * @param progress told what the bench is doing, a line at a time; defaults to nothing
 */
public record BenchOptions(
    long paragraphs,
    int threads,
    long seed,
    int queryRuns,
    int rounds,
    boolean merges,
    Optional<Path> fixtures,
    Optional<Path> text,
    Optional<Path> keep,
    Consumer<String> progress) {

  public BenchOptions {
    Objects.requireNonNull(fixtures, "fixtures");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(keep, "keep");
    Objects.requireNonNull(progress, "progress");
    if (paragraphs < 1) {
      throw new IllegalArgumentException("paragraphs: must be >= 1, was " + paragraphs);
    }
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("threads: must be between 1 and 256, was " + threads);
    }
    if (queryRuns < 1) {
      throw new IllegalArgumentException("queryRuns: must be >= 1, was " + queryRuns);
    }
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds: must be >= 1, was " + rounds);
    }
  }

  /** The defaults for a corpus of {@code paragraphs} paragraphs. */
  public static BenchOptions of(long paragraphs) {
    return new BenchOptions(
        paragraphs,
        1,
        42,
        200,
        3,
        true,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        line -> {});
  }

  public BenchOptions withThreads(int n) {
    return new BenchOptions(
        paragraphs, n, seed, queryRuns, rounds, merges, fixtures, text, keep, progress);
  }

  public BenchOptions withSeed(long s) {
    return new BenchOptions(
        paragraphs, threads, s, queryRuns, rounds, merges, fixtures, text, keep, progress);
  }

  public BenchOptions withQueryRuns(int n) {
    return new BenchOptions(
        paragraphs, threads, seed, n, rounds, merges, fixtures, text, keep, progress);
  }

  public BenchOptions withRounds(int n) {
    return new BenchOptions(
        paragraphs, threads, seed, queryRuns, n, merges, fixtures, text, keep, progress);
  }

  public BenchOptions withMerges(boolean m) {
    return new BenchOptions(
        paragraphs, threads, seed, queryRuns, rounds, m, fixtures, text, keep, progress);
  }

  public BenchOptions withFixtures(Path dir) {
    return new BenchOptions(
        paragraphs,
        threads,
        seed,
        queryRuns,
        rounds,
        merges,
        Optional.of(dir),
        text,
        keep,
        progress);
  }

  public BenchOptions withText(Path file) {
    return new BenchOptions(
        paragraphs,
        threads,
        seed,
        queryRuns,
        rounds,
        merges,
        fixtures,
        Optional.of(file),
        keep,
        progress);
  }

  public BenchOptions withKeep(Path dir) {
    return new BenchOptions(
        paragraphs,
        threads,
        seed,
        queryRuns,
        rounds,
        merges,
        fixtures,
        text,
        Optional.of(dir),
        progress);
  }

  public BenchOptions withProgress(Consumer<String> p) {
    return new BenchOptions(
        paragraphs, threads, seed, queryRuns, rounds, merges, fixtures, text, keep, p);
  }
}
