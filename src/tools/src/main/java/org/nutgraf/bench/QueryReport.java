package org.nutgraf.bench;

import java.util.Optional;

/**
 * Response times of one query kind through Nutgraf and, where one exists, through the same query
 * written by hand against Lucene on the same index.
 *
 * @param kind the query
 * @param nutgraf through {@code NewsIndex.search}
 * @param plain the hand-written equivalent
 */
public record QueryReport(QueryKind kind, Latency nutgraf, Optional<Latency> plain) {

  /** Nutgraf's median over plain Lucene's: what Nutgraf adds, 1.0 meaning nothing. */
  public Optional<Double> ratioP50() {
    return plain.map(p -> nutgraf.p50Ms() / p.p50Ms());
  }

  /** Nutgraf's 99th percentile over plain Lucene's. */
  public Optional<Double> ratioP99() {
    return plain.map(p -> nutgraf.p99Ms() / p.p99Ms());
  }
}
