package org.nutgraf.bench;

import java.util.List;
import java.util.Optional;

/**
 * Indexing of the corpus by both engines, best run of each.
 *
 * @param plain best one-thread run of plain Lucene
 * @param nutgraf best one-thread run of Nutgraf
 * @param plainThreaded best run of plain Lucene with more threads, if asked for
 * @param nutgrafThreaded best run of Nutgraf with more threads, if asked for
 * @param runs every timed run, in the order they ran
 */
public record IndexingReport(
    IndexingRun plain,
    IndexingRun nutgraf,
    Optional<IndexingRun> plainThreaded,
    Optional<IndexingRun> nutgrafThreaded,
    List<IndexingRun> runs) {

  public IndexingReport {
    runs = List.copyOf(runs);
  }

  /** Nutgraf's speed over plain Lucene's, one thread each: the goal is at least 0.7. */
  public double ratio() {
    return nutgraf.paragraphsPerSecond() / plain.paragraphsPerSecond();
  }

  /** Nutgraf with more threads over Nutgraf with one: the goal is at least 1.7 for two. */
  public Optional<Double> nutgrafScaling() {
    return nutgrafThreaded.map(r -> r.paragraphsPerSecond() / nutgraf.paragraphsPerSecond());
  }

  /** Plain Lucene with more threads over one thread, for comparison. */
  public Optional<Double> plainScaling() {
    return plainThreaded.map(r -> r.paragraphsPerSecond() / plain.paragraphsPerSecond());
  }

  /** Nutgraf's speed over plain Lucene's with more threads each. */
  public Optional<Double> threadedRatio() {
    return nutgrafThreaded.flatMap(
        n -> plainThreaded.map(p -> n.paragraphsPerSecond() / p.paragraphsPerSecond()));
  }
}
