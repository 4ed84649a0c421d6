package org.nutgraf.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nutgraf.query.DateFacetRequest;
import org.nutgraf.query.DateInterval;
import org.nutgraf.query.DateRange;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.FacetRequest;
import org.nutgraf.search.CooccurrenceTable;
import org.nutgraf.search.DateBucket;
import org.nutgraf.search.EntityResolver;
import org.nutgraf.search.FacetRanking;
import org.nutgraf.search.FacetResult;
import org.nutgraf.search.FacetValue;

/**
 * Reads the aggregations of {@link FacetAggregations} into facet results ranked as the embedded
 * index ranks them: by count, then label, then key; selected values always included.
 */
final class FacetReader {
  private final EntityResolver resolver;

  FacetReader(EntityResolver resolver) {
    this.resolver = resolver;
  }

  /**
   * The facet of {@code req} from its aggregation, marking the values selected in the query ({@code
   * selectedKeys}, {@link org.nutgraf.search.Resolution#facetKeys}) as the embedded index does.
   */
  FacetResult facet(FacetRequest req, JsonNode agg, Set<String> selectedKeys) {
    Dimension dim = req.dimension();
    Map<String, Long> selected = new LinkedHashMap<>();
    int n = 0;
    for (String key : selectedKeys) {
      JsonNode filter = agg.path(FacetAggregations.SELECTED + n++);
      long count = filter.path("doc_count").asLong(0);
      if (dim == Dimension.SOURCE) {
        JsonNode label = filter.path("label").path("buckets").path(0);
        count = label.path("doc_count").asLong(0);
        key = label.isMissingNode() ? key : label.path("key").asText();
      }
      selected.put(key, count);
    }
    List<FacetValue> values = values(dim, agg.path("values"), selected.keySet());
    List<FacetValue> out =
        FacetRanking.top(
            dim, values, req, selected.keySet(), selected::get, key -> label(dim, key));
    return new FacetResult(
        dim,
        out,
        agg.path("distinct").path("value").asInt(),
        Math.max(0, agg.path("values").path("doc_count_error_upper_bound").asLong(0)));
  }

  /** Every value of a terms aggregation, ranked. */
  List<FacetValue> values(Dimension dim, JsonNode terms, Set<String> selected) {
    List<FacetValue> values = new ArrayList<>();
    for (JsonNode b : terms.path("buckets")) {
      String key = b.path("key").asText();
      boolean chosen = FacetRanking.isSelected(dim, key, selected);
      values.add(new FacetValue(key, label(dim, key), b.path("doc_count").asLong(), chosen));
    }
    values.sort(FacetRanking.ORDER);
    return values;
  }

  String label(Dimension dim, String key) {
    return FacetRanking.label(dim, key, resolver::countryLabel, resolver::actorLabel);
  }

  static List<DateBucket> dates(DateFacetRequest req, JsonNode agg) {
    List<DateBucket> out = new ArrayList<>();
    JsonNode buckets = agg.path("buckets").path("buckets");
    if (!req.ranges().isEmpty()) {
      for (DateRange r : req.ranges()) {
        long count = buckets.path(r.label()).path("doc_count").asLong(0);
        out.add(new DateBucket(r.label(), r.from(), r.to(), count));
      }
      return out;
    }
    DateInterval interval = req.interval().orElseThrow();
    for (JsonNode b : buckets) {
      long count = b.path("doc_count").asLong();
      if (count == 0) {
        continue;
      }
      LocalDate start =
          Instant.ofEpochMilli(b.path("key").asLong()).atZone(ZoneOffset.UTC).toLocalDate();
      LocalDate end =
          switch (interval) {
            case DAY -> start.plusDays(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
          };
      out.add(
          new DateBucket(
              b.path("key_as_string").asText(),
              start.atStartOfDay(ZoneOffset.UTC).toInstant(),
              end.atStartOfDay(ZoneOffset.UTC).toInstant(),
              count));
    }
    return out;
  }

  CooccurrenceTable cooccurrence(JsonNode agg) {
    FacetRequest top = FacetRequest.of(Dimension.ACTOR);
    List<FacetValue> actors = top(values(Dimension.ACTOR, agg.path("actors"), Set.of()), top.top());
    List<FacetValue> countries =
        top(values(Dimension.COUNTRY, agg.path("countries"), Set.of()), top.top());
    List<CooccurrenceTable.Cell> cells = new ArrayList<>();
    for (FacetValue a : actors) {
      for (JsonNode b : agg.path("actors").path("buckets")) {
        if (!b.path("key").asText().equals(a.key())) {
          continue;
        }
        for (FacetValue c : countries) {
          for (JsonNode cb : b.path("countries").path("buckets")) {
            if (cb.path("key").asText().equals(c.key())) {
              cells.add(
                  new CooccurrenceTable.Cell(a.key(), c.key(), cb.path("doc_count").asLong()));
            }
          }
        }
      }
    }
    return new CooccurrenceTable(actors, countries, cells);
  }

  private static List<FacetValue> top(List<FacetValue> values, int n) {
    return values.subList(0, Math.min(n, values.size()));
  }
}
