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
 * @param rounds timed indexing runs of each engine and thread count, at least 1; defaults to 2
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
    Optional<Path> keep,
    Consumer<String> progress) {

  public BenchOptions {
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
    return new BenchOptions(paragraphs, 1, 42, 200, 2, Optional.empty(), line -> {});
  }

  public BenchOptions withThreads(int n) {
    return new BenchOptions(paragraphs, n, seed, queryRuns, rounds, keep, progress);
  }

  public BenchOptions withSeed(long s) {
    return new BenchOptions(paragraphs, threads, s, queryRuns, rounds, keep, progress);
  }

  public BenchOptions withQueryRuns(int n) {
    return new BenchOptions(paragraphs, threads, seed, n, rounds, keep, progress);
  }

  public BenchOptions withRounds(int n) {
    return new BenchOptions(paragraphs, threads, seed, queryRuns, n, keep, progress);
  }

  public BenchOptions withKeep(Path dir) {
    return new BenchOptions(
        paragraphs, threads, seed, queryRuns, rounds, Optional.of(dir), progress);
  }

  public BenchOptions withProgress(Consumer<String> p) {
    return new BenchOptions(paragraphs, threads, seed, queryRuns, rounds, keep, p);
  }
}
