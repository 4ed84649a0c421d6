package org.nutgraf.bench;

/**
 * One engine indexing the corpus with a small RAM buffer, so that many segments are flushed and
 * Lucene merges them while indexing, then the index merged down to one segment.
 *
 * @param indexing the indexing itself, timed as any other run
 * @param ramBufferMb the buffer it indexed with
 * @param segments segments in the index after indexing, before the final merge
 * @param forceMergeSeconds wall time of {@code IndexWriter.forceMerge(1)} and its commit
 * @param forceMergeCpuSeconds the process's CPU time over the same span
 */
public record MergeRun(
    IndexingRun indexing,
    double ramBufferMb,
    int segments,
    double forceMergeSeconds,
    double forceMergeCpuSeconds) {}
