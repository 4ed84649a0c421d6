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
 * @param indexing indexing speed of every engine
 * @param recognition recognition speed alone on generated text
 * @param spanish recognition speed alone on generated Spanish text ({@code SpanishCorpus}) of the
 *     same number of paragraphs
 * @param fixtures recognition speed alone on the fixture articles, if given
 * @param text recognition speed alone on the text file given, if any
 * @param hostile recognition speed alone on hostile text ({@link HostileParagraphs}): long runs of
 *     capitalised words, repeated initials, a 100,000-character line, titles in a row
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
    RecognitionReport spanish,
    Optional<RecognitionReport> fixtures,
    Optional<RecognitionReport> text,
    RecognitionReport hostile,
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
      if (r.engine() != Engine.PLAIN) {
        h = h.max(r.heap());
      }
    }
    return h;
  }

  /** The whole tagger's speed on Spanish text over English text (generated both). */
  public double spanishTaggerRatio() {
    return spanish.taggerMBps() / recognition.taggerMBps();
  }

  /**
   * Language detection's share of indexing: its CPU µs a generated paragraph over Nutgraf's
   * indexing CPU µs a paragraph (one thread, the run of median speed), detection included in the
   * latter; NaN when Nutgraf did not index on one thread.
   */
  public double detectionShareOfIndexing() {
    return indexing
        .median(Engine.NUTGRAF, 1)
        .map(r -> recognition.detectMicrosPerParagraph() / r.cpuMicrosPerParagraph())
        .orElse(Double.NaN);
  }

  /** The project's goals this run can judge, met or not. */
  public List<Goal> goals() {
    List<Goal> goals = new ArrayList<>();
    goals.add(
        new Goal(
            "indexingCpuRatio",
            "Nutgraf / plain Lucene paragraphs per CPU second, one thread",
            0.75,
            false,
            indexing.cpuRatio(),
            0));
    indexing
        .bulkWallRatio()
        .ifPresent(
            v ->
                goals.add(
                    new Goal(
                        "bulkWallRatio",
                        "bulk API, one calling thread / plain Lucene, wall time",
                        0.9,
                        false,
                        v,
                        0)));
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
            "taggingMicros",
            "whole tagger, CPU µs a generated paragraph",
            4,
            true,
            recognition.taggerMicrosPerParagraph(),
            0));
    goals.add(
        new Goal(
            "spanishTaggingRatio",
            "whole tagger on generated Spanish / English text, MB per CPU second",
            0.8,
            false,
            spanishTaggerRatio(),
            0));
    goals.add(
        new Goal(
            "languageDetectionShare",
            "language detection / Nutgraf indexing, CPU µs a paragraph",
            0.05,
            true,
            detectionShareOfIndexing(),
            0));
    fixtures.ifPresent(
        f ->
            goals.add(
                new Goal(
                    "fixturesRecognitionMBps",
                    "places and persons on the fixture articles, MB per CPU second",
                    60,
                    false,
                    f.bothMBps(),
                    0)));
    latencyGoal(goals, QueryKind.SELECTIVE, "selectiveP99Ms", "selective text + 2 facets", 20);
    latencyGoal(goals, QueryKind.MATCH_ALL, "matchAllP99Ms", "match-all + 2 facets", 60);
    latencyGoal(
        goals, QueryKind.DRILL_SIDEWAYS, "drillSidewaysP99Ms", "drill-sideways, 2 selections", 40);
    latencyGoal(
        goals, QueryKind.COOCCURRENCE, "cooccurrenceP99Ms", "actor × country co-occurrence", 60);
    latencyGoal(goals, QueryKind.FOUR_FACETS, "fourFacetsP99Ms", "match-all + 4 facets", 60);
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

  private void latencyGoal(
      List<Goal> goals, QueryKind kind, String key, String description, double ms) {
    query(kind)
        .ifPresent(
            q ->
                goals.add(
                    new Goal(
                        key, description + ", p99 ms", ms, true, q.nutgraf().p99Ms(), MILLION)));
  }
}
