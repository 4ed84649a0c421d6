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
import java.util.Set;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.nutgraf.index.Fields;
import org.nutgraf.index.NewsSearcher;
import org.nutgraf.query.DateFacetRequest;
import org.nutgraf.query.DateInterval;
import org.nutgraf.query.DateRange;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.FacetRequest;

/** Counts facet values, date buckets and actor × country pairs over a query's matching docs. */
final class FacetCounter {
  private static final long DAY_MS = 86_400_000L;

  private final NewsSearcher searcher;
  private final EntityResolver names;

  /** A counter over {@code searcher}, labelling countries and actors with {@code names}. */
  FacetCounter(NewsSearcher searcher, EntityResolver names) {
    this.searcher = searcher;
    this.names = names;
  }

  FacetResult count(FacetRequest req, FacetsCollector fc, Set<String> selectedValues)
      throws IOException {
    Dimension dim = req.dimension();
    Optional<SortedSetDocValuesReaderState> state = searcher.facetState(dim.fieldName());
    if (state.isEmpty()) {
      return top(dim, new ArrayList<>(), req, selectedValues, 0, k -> 0L);
    }
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state.get(), fc);
    String field = dim.fieldName();
    // Lucene ranks ties by key; ties are ranked by label here, so fetch every value tied with
    // the last one kept
    int want = req.top();
    org.apache.lucene.facet.FacetResult r = counts.getTopChildren(want, field);
    while (r != null && r.labelValues.length == want && want < r.childCount) {
      long last = r.labelValues[want - 1].value.longValue();
      org.apache.lucene.facet.FacetResult more = counts.getTopChildren(want * 2, field);
      r = more;
      if (more.labelValues.length < want * 2
          || more.labelValues[more.labelValues.length - 1].value.longValue() < last) {
        break;
      }
      want *= 2;
    }
    Set<String> selected =
        r != null && dim == Dimension.SOURCE
            ? sourcesAsLabelled(selectedValues, r)
            : selectedValues;
    List<FacetValue> values = new ArrayList<>();
    if (r != null) {
      for (LabelAndValue lv : r.labelValues) {
        values.add(
            new FacetValue(
                lv.label,
                label(dim, lv.label),
                lv.value.longValue(),
                FacetRanking.isSelected(dim, lv.label, selected)));
      }
    }
    java.util.function.ToLongFunction<String> countOf =
        key -> {
          try {
            Number n = counts.getSpecificValue(field, key);
            return n == null ? 0 : Math.max(0, n.longValue()); // -1: never indexed
          } catch (IllegalArgumentException | IOException e) {
            return 0; // a value never indexed
          }
        };
    return top(dim, values, req, selected, r == null ? 0 : r.childCount, countOf);
  }

  private FacetResult top(
      Dimension dim,
      List<FacetValue> values,
      FacetRequest req,
      Set<String> selected,
      int distinct,
      java.util.function.ToLongFunction<String> countOf) {
    return new FacetResult(
        dim,
        FacetRanking.top(dim, values, req, selected, countOf, key -> label(dim, key)),
        distinct);
  }

  /** "harbor ledger" selected stands for the facet value "Harbor Ledger". */
  private static Set<String> sourcesAsLabelled(
      Set<String> selected, org.apache.lucene.facet.FacetResult all) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (String s : selected) {
      String match = s;
      for (LabelAndValue lv : all.labelValues) {
        if (org.nutgraf.index.DocumentBuilder.sourceKey(lv.label)
            .equals(org.nutgraf.index.DocumentBuilder.sourceKey(s))) {
          match = lv.label;
        }
      }
      out.add(match);
    }
    return out;
  }

  String label(Dimension dim, String key) {
    return FacetRanking.label(dim, key, names::countryLabel, names::actorLabel);
  }

  List<DateBucket> dates(DateFacetRequest req, FacetsCollector fc) throws IOException {
    if (!req.ranges().isEmpty()) {
      LongRange[] ranges = new LongRange[req.ranges().size()];
      for (int i = 0; i < ranges.length; i++) {
        DateRange r = req.ranges().get(i);
        ranges[i] =
            new LongRange(r.label(), r.from().toEpochMilli(), true, r.to().toEpochMilli(), false);
      }
      LongRangeFacetCounts counts = new LongRangeFacetCounts(Fields.PUBLISHED, fc, ranges);
      org.apache.lucene.facet.FacetResult all = counts.getAllChildren(Fields.PUBLISHED);
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

  /**
   * Paragraphs that mention each of the top actors with each of the top countries: per segment, the
   * wanted values' ordinals map to rows and columns through {@code int[]}s indexed by ordinal, so
   * counting allocates nothing per document.
   */
  CooccurrenceTable cooccurrence(FacetResult actors, FacetResult countries, FacetsCollector fc)
      throws IOException {
    List<String> actorKeys = actors.values().stream().map(FacetValue::key).toList();
    List<String> countryKeys = countries.values().stream().map(FacetValue::key).toList();
    long[][] counts = new long[actorKeys.size()][countryKeys.size()];
    String actorField = Fields.facetField(Dimension.ACTOR.fieldName());
    String countryField = Fields.facetField(Dimension.COUNTRY.fieldName());
    for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
      SortedSetDocValues a = md.context().reader().getSortedSetDocValues(actorField);
      SortedSetDocValues c = md.context().reader().getSortedSetDocValues(countryField);
      if (a == null || c == null || md.totalHits() == 0) {
        continue;
      }
      int[] rowOfOrd = indexOfOrd(a, Dimension.ACTOR.fieldName(), actorKeys);
      int[] colOfOrd = indexOfOrd(c, Dimension.COUNTRY.fieldName(), countryKeys);
      if (rowOfOrd == null || colOfOrd == null) {
        continue;
      }
      DocIdSetIterator it = md.bits().iterator();
      int[] rows = new int[actorKeys.size()];
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (!a.advanceExact(doc)) {
          continue;
        }
        int nRows = 0;
        for (int i = a.docValueCount(); i > 0; i--) {
          int r = rowOfOrd[(int) a.nextOrd()];
          if (r >= 0) {
            rows[nRows++] = r; // a document holds each value once: no row twice
          }
        }
        if (nRows == 0 || !c.advanceExact(doc)) {
          continue;
        }
        for (int i = c.docValueCount(); i > 0; i--) {
          int col = colOfOrd[(int) c.nextOrd()];
          if (col >= 0) {
            for (int k = 0; k < nRows; k++) {
              counts[rows[k]][col]++;
            }
          }
        }
      }
    }
    List<CooccurrenceTable.Cell> cells = new ArrayList<>();
    for (int r = 0; r < actorKeys.size(); r++) {
      for (int col = 0; col < countryKeys.size(); col++) {
        if (counts[r][col] > 0) {
          cells.add(
              new CooccurrenceTable.Cell(actorKeys.get(r), countryKeys.get(col), counts[r][col]));
        }
      }
    }
    return new CooccurrenceTable(actors.values(), countries.values(), cells);
  }

  /**
   * The position in {@code wanted} of each ordinal of the segment's doc values ("dim U+001F
   * value"), -1 for values not wanted; null when none is in this segment.
   */
  private static int[] indexOfOrd(SortedSetDocValues dv, String dim, List<String> wanted)
      throws IOException {
    int[] out = null;
    for (int i = 0; i < wanted.size(); i++) {
      long ord = dv.lookupTerm(new BytesRef(dim + '\u001f' + wanted.get(i)));
      if (ord >= 0) {
        if (out == null) {
          out = new int[Math.toIntExact(dv.getValueCount())];
          java.util.Arrays.fill(out, -1);
        }
        out[(int) ord] = i;
      }
    }
    return out;
  }
}
