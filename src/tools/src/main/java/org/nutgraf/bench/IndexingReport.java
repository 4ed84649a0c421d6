package org.nutgraf.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * Indexing of the corpus by every engine, in rounds: each ratio is worked out within a round (the
 * engines ran one after the other, in alternating order, on the same input) and the median over the
 * rounds is reported, so that one run slowed by a neighbour on the machine moves nothing.
 *
 * @param runs every timed run, in the order they ran
 * @param merges the small-buffer runs with their final merge, one per engine; empty when not run
 */
public record IndexingReport(List<IndexingRun> runs, List<MergeRun> merges) {

  public IndexingReport {
    runs = List.copyOf(runs);
    merges = List.copyOf(merges);
  }

  /** The most threads any run used: the thread count of the scaling runs, 1 without them. */
  public int maxThreads() {
    return runs.stream().mapToInt(IndexingRun::threads).max().orElse(1);
  }

  /**
   * Nutgraf's paragraphs per CPU second over plain Lucene's, one thread, median over rounds: what
   * entities cost in work done, whatever else the machine runs (goal at least 0.75).
   */
  public double cpuRatio() {
    return ratio(Engine.NUTGRAF, 1, IndexingRun::cpuSeconds).orElse(Double.NaN);
  }

  /** The same in wall time. */
  public double wallRatio() {
    return ratio(Engine.NUTGRAF, 1, IndexingRun::seconds).orElse(Double.NaN);
  }

  /**
   * One calling thread through Nutgraf's bulk API (tagging on a pool) over plain Lucene with one
   * thread, wall time, median over rounds; empty when the bulk API was not run.
   */
  public Optional<Double> bulkWallRatio() {
    return boxed(ratio(Engine.BULK, 1, IndexingRun::seconds));
  }

  /** Nutgraf over plain Lucene with {@link #maxThreads()} threads each, wall time. */
  public Optional<Double> threadedRatio() {
    return maxThreads() == 1
        ? Optional.empty()
        : boxed(ratio(Engine.NUTGRAF, maxThreads(), IndexingRun::seconds));
  }

  /** Nutgraf with {@link #maxThreads()} threads over Nutgraf with one, wall time. */
  public Optional<Double> nutgrafScaling() {
    return scaling(Engine.NUTGRAF);
  }

  /** Plain Lucene with {@link #maxThreads()} threads over one thread, for comparison. */
  public Optional<Double> plainScaling() {
    return scaling(Engine.PLAIN);
  }

  /** The run of median wall speed of one engine and thread count. */
  public Optional<IndexingRun> median(Engine engine, int threads) {
    List<IndexingRun> of = new ArrayList<>(of(engine, threads));
    of.sort(Comparator.comparingDouble(IndexingRun::paragraphsPerSecond));
    return of.isEmpty() ? Optional.empty() : Optional.of(of.get((of.size() - 1) / 2));
  }

  /** The merge run of one engine, if merges were run. */
  public Optional<MergeRun> merge(Engine engine) {
    return merges.stream().filter(m -> m.indexing().engine() == engine).findFirst();
  }

  /** Nutgraf over plain Lucene in CPU time while indexing with merges; empty without them. */
  public Optional<Double> mergeCpuRatio() {
    return mergeRatio(m -> m.indexing().cpuSeconds());
  }

  /** Nutgraf over plain Lucene in CPU time of the final merge to one segment. */
  public Optional<Double> forceMergeCpuRatio() {
    return mergeRatio(MergeRun::forceMergeCpuSeconds);
  }

  private Optional<Double> mergeRatio(ToDoubleFunction<MergeRun> cost) {
    Optional<MergeRun> n = merge(Engine.NUTGRAF);
    Optional<MergeRun> p = merge(Engine.PLAIN);
    return n.isPresent() && p.isPresent()
        ? Optional.of(Medians.speedRatio(cost.applyAsDouble(n.get()), cost.applyAsDouble(p.get())))
        : Optional.empty();
  }

  private Optional<Double> scaling(Engine engine) {
    if (maxThreads() == 1) {
      return Optional.empty();
    }
    OptionalDouble many = medianSpeed(engine, maxThreads());
    OptionalDouble one = medianSpeed(engine, 1);
    return many.isPresent() && one.isPresent()
        ? Optional.of(many.getAsDouble() / one.getAsDouble())
        : Optional.empty();
  }

  private OptionalDouble medianSpeed(Engine engine, int threads) {
    return Medians.median(
        of(engine, threads).stream().map(IndexingRun::paragraphsPerSecond).toList());
  }

  /** Median over rounds of plain Lucene's cost over {@code engine}'s, same thread count. */
  private OptionalDouble ratio(Engine engine, int threads, ToDoubleFunction<IndexingRun> cost) {
    List<Double> ratios = new ArrayList<>();
    for (IndexingRun e : of(engine, threads)) {
      for (IndexingRun p : of(Engine.PLAIN, threads)) {
        if (p.round() == e.round()) {
          ratios.add(Medians.speedRatio(cost.applyAsDouble(e), cost.applyAsDouble(p)));
        }
      }
    }
    return Medians.median(ratios);
  }

  private List<IndexingRun> of(Engine engine, int threads) {
    return runs.stream().filter(r -> r.engine() == engine && r.threads() == threads).toList();
  }

  private static Optional<Double> boxed(OptionalDouble d) {
    return d.isPresent() ? Optional.of(d.getAsDouble()) : Optional.empty();
  }
}
