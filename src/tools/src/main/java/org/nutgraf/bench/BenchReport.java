package org.nutgraf.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything one bench run measured. {@link BenchJson} writes it as one JSON object.
 *
 * @param machine where it ran
 * @param corpus what was indexed
 * @param threads the thread count asked for (1 = one-thread runs only)
 * @param queryRuns timed runs of each query kind
 * @param indexing indexing speed of both engines
 * @param recognition recognition speed alone
 * @param queries response times per query kind, in {@link QueryKind} order
 * @param index index sizes
 * @param seconds how long the whole bench took
 */
public record BenchReport(
    Machine machine,
    CorpusStats corpus,
    int threads,
    int queryRuns,
    IndexingReport indexing,
    RecognitionReport recognition,
    List<QueryReport> queries,
    IndexSize index,
    double seconds) {

  private static final long MILLION = 1_000_000;

  public BenchReport {
    queries = List.copyOf(queries);
  }

  /** The report of one query kind, if it ran (a corpus without actors has no drill-sideways). */
  public Optional<QueryReport> query(QueryKind kind) {
    return queries.stream().filter(q -> q.kind() == kind).findFirst();
  }

  /** Heap while Nutgraf indexed: the most over its runs. */
  public HeapUse indexingHeap() {
    HeapUse h = HeapUse.NONE;
    for (IndexingRun r : indexing.runs()) {
      if (r.engine() == Engine.NUTGRAF) {
        h = h.max(r.heap());
      }
    }
    return h;
  }

  /** The project's goals this run can judge, met or not. */
  public List<Goal> goals() {
    List<Goal> goals = new ArrayList<>();
    goals.add(
        new Goal(
            "indexingRatio",
            "Nutgraf indexing / plain Lucene, one thread",
            0.7,
            false,
            indexing.ratio(),
            0));
    indexing
        .nutgrafScaling()
        .ifPresent(
            s ->
                goals.add(
                    new Goal(
                        "threadScaling",
                        "Nutgraf indexing with " + threads + " threads / one thread",
                        1.7,
                        false,
                        s,
                        0)));
    goals.add(
        new Goal(
            "recognitionMBps",
            "places and persons recognised, MB/s on one core",
            30,
            false,
            recognition.bothMBps(),
            0));
    query(QueryKind.SELECTIVE)
        .ifPresent(
            q ->
                goals.add(
                    new Goal(
                        "selectiveP99Ms",
                        "selective text + 2 facets, p99 ms",
                        20,
                        true,
                        q.nutgraf().p99Ms(),
                        MILLION)));
    query(QueryKind.MATCH_ALL)
        .ifPresent(
            q ->
                goals.add(
                    new Goal(
                        "matchAllP99Ms",
                        "match-all + 2 facets, p99 ms",
                        60,
                        true,
                        q.nutgraf().p99Ms(),
                        MILLION)));
    query(QueryKind.DRILL_SIDEWAYS)
        .ifPresent(
            q ->
                goals.add(
                    new Goal(
                        "drillSidewaysP99Ms",
                        "drill-sideways with 2 selections, p99 ms",
                        40,
                        true,
                        q.nutgraf().p99Ms(),
                        MILLION)));
    goals.add(
        new Goal(
            "indexingHeapMiB",
            "heap live while indexing (most after a GC), MiB",
            512,
            true,
            indexingHeap().peakAfterGcBytes() / (double) (1 << 20),
            0));
    return goals;
  }
}
