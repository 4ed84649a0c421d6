package org.nutgraf.search;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.nutgraf.index.Fields;
import org.nutgraf.index.NewsSearcher;
import org.nutgraf.query.DateFacetRequest;
import org.nutgraf.query.DateInterval;
import org.nutgraf.query.DateRange;

/**
 * Counts a query's matching paragraphs by publication date: by day, month, year or given ranges.
 */
final class DateFacetCounter {
  private static final long DAY_MS = 86_400_000L;

  private final NewsSearcher searcher;

  /** A counter over {@code searcher}, whose earliest and latest dates bound the buckets. */
  DateFacetCounter(NewsSearcher searcher) {
    this.searcher = searcher;
  }

  /**
   * The buckets of {@code req} over the paragraphs of {@code fc}: its ranges in request order, or
   * its interval's non-empty buckets in date order. Undated paragraphs are in none.
   */
  List<DateBucket> count(DateFacetRequest req, FacetsCollector fc) throws IOException {
    if (!req.ranges().isEmpty()) {
      LongRange[] ranges = new LongRange[req.ranges().size()];
      for (int i = 0; i < ranges.length; i++) {
        DateRange r = req.ranges().get(i);
        ranges[i] =
            new LongRange(r.label(), r.from().toEpochMilli(), true, r.to().toEpochMilli(), false);
      }
      LongRangeFacetCounts counts = new LongRangeFacetCounts(Fields.PUBLISHED, fc, ranges);
      var all = counts.getAllChildren(Fields.PUBLISHED); // Lucene's FacetResult
      List<DateBucket> out = new ArrayList<>();
      for (int i = 0; i < ranges.length; i++) {
        DateRange r = req.ranges().get(i);
        out.add(new DateBucket(r.label(), r.from(), r.to(), all.labelValues[i].value.longValue()));
      }
      return out;
    }
    DateInterval interval = req.interval().orElseThrow();
    Optional<Long> min = searcher.minPublished();
    Optional<Long> max = searcher.maxPublished();
    if (min.isEmpty()) {
      return List.of();
    }
    long firstDay = Math.floorDiv(min.get(), DAY_MS);
    int days = (int) (Math.floorDiv(max.get(), DAY_MS) - firstDay + 1);
    // each day of the index's span maps to its bucket once, not once per document
    int[] bucketOfDay = new int[days];
    List<String> keys = new ArrayList<>();
    List<Instant[]> spans = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (int d = 0; d < days; d++) {
      LocalDate day = LocalDate.ofEpochDay(firstDay + d);
      LocalDate start =
          switch (interval) {
            case DAY -> day;
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
          };
      String key =
          switch (interval) {
            case DAY -> day.toString();
            case MONTH -> day.toString().substring(0, 7);
            case YEAR -> Integer.toString(day.getYear());
          };
      Integer b = index.get(key);
      if (b == null) {
        b = keys.size();
        index.put(key, b);
        keys.add(key);
        LocalDate end =
            switch (interval) {
              case DAY -> start.plusDays(1);
              case MONTH -> start.plusMonths(1);
              case YEAR -> start.plusYears(1);
            };
        spans.add(
            new Instant[] {
              start.atStartOfDay(ZoneOffset.UTC).toInstant(),
              end.atStartOfDay(ZoneOffset.UTC).toInstant()
            });
      }
      bucketOfDay[d] = b;
    }
    long[] counts = new long[keys.size()];
    for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
      NumericDocValues dv = md.context().reader().getNumericDocValues(Fields.PUBLISHED);
      if (dv == null || md.totalHits() == 0) {
        continue;
      }
      DocIdSetIterator it = md.bits().iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (dv.advanceExact(doc)) {
          int d = (int) (Math.floorDiv(dv.longValue(), DAY_MS) - firstDay);
          if (d >= 0 && d < days) {
            counts[bucketOfDay[d]]++;
          }
        }
      }
    }
    List<DateBucket> out = new ArrayList<>();
    for (int b = 0; b < keys.size(); b++) {
      if (counts[b] > 0) {
        out.add(new DateBucket(keys.get(b), spans.get(b)[0], spans.get(b)[1], counts[b]));
      }
    }
    return out;
  }
}
