package org.nutgraf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One query kind's times: Nutgraf's over plain Lucene's. */
class QueryReportTest {
  private static Latency latency(double p50, double p99) {
    return new Latency(10, p50, p99, p99, p50, p50, p99, 1);
  }

  @Test
  void theRatiosAreNutgrafOverPlain() {
    QueryReport r =
        new QueryReport(QueryKind.SELECTIVE, latency(3, 12), Optional.of(latency(2, 4)));
    assertEquals(Optional.of(1.5), r.ratioP50());
    assertEquals(Optional.of(3.0), r.ratioP99());
  }

  @Test
  void withoutAPlainTimingThereIsNoRatio() {
    QueryReport r = new QueryReport(QueryKind.GROUPED, latency(3, 12), Optional.empty());
    assertEquals(Optional.empty(), r.ratioP50());
    assertEquals(Optional.empty(), r.ratioP99());
  }
}
