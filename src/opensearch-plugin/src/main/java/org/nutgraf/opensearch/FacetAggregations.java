package org.nutgraf.opensearch;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import org.nutgraf.index.DocumentBuilder;
import org.nutgraf.query.DateFacetRequest;
import org.nutgraf.query.DateRange;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.FacetRequest;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.search.Resolution;

/**
 * The aggregations of a query's facets with multi-select semantics: each dimension is counted under
 * a filter of the other dimensions' selections (the request's {@code post_filter} holds all of
 * them, and aggregations do not see it), as the embedded index's drill-sideways does.
 */
final class FacetAggregations {
  static final String FACET = "nutgraf_facet_";
  static final String DATES = "nutgraf_dates";
  static final String COOCCURRENCE = "nutgraf_cooccurrence";

  /** Prefix of the filter aggregation of each selected value, by position in the selection. */
  static final String SELECTED = "selected_";

  /** Facet values fetched per dimension, to re-rank ties by label as the embedded index does. */
  static final int MIN_CANDIDATES = 300;

  /** Actors whose countries are counted for the co-occurrence table. */
  static final int COOCCURRENCE_ACTORS = 50;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final CriterionTranslator criteria;

  FacetAggregations(CriterionTranslator criteria) {
    this.criteria = criteria;
  }

  /** The aggregations of {@code q}'s facets, its names resolved in {@code resolved}. */
  ObjectNode build(NewsQuery q, Resolution resolved) {
    ObjectNode aggs = JSON.createObjectNode();
    for (FacetRequest req : q.facets()) {
      Dimension d = req.dimension();
      ObjectNode facet = filter(resolved.selections(), d);
      ObjectNode sub = facet.putObject("aggs");
      sub.set("values", terms(field(d), candidates(req.top()), Math.max(1, req.minCount())));
      sub.putObject("distinct")
          .putObject("cardinality")
          .put("field", field(d))
          .put("precision_threshold", 40_000);
      // the count of each selected value, for one that is not among the values fetched; a
      // source is selected by its folded key and shown as written, so its label is fetched too
      int n = 0;
      for (String key : resolved.facetKeys(d)) {
        ObjectNode f = sub.putObject(SELECTED + n++);
        if (d == Dimension.SOURCE) {
          f.set("filter", CriterionTranslator.term(OpenSearchFields.SOURCE, sourceKey(key)));
          f.putObject("aggs").set("label", terms(OpenSearchFields.SOURCE_NAME, 1, 1));
        } else {
          f.set("filter", CriterionTranslator.term(field(d), key));
        }
      }
      aggs.set(FACET + d.fieldName(), facet);
    }
    q.dateFacet()
        .ifPresent(
            df -> {
              ObjectNode dates = filter(resolved.selections(), null);
              dates.putObject("aggs").set("buckets", dates(df));
              aggs.set(DATES, dates);
            });
    if (q.cooccurrence()) {
      ObjectNode co = filter(resolved.selections(), null);
      ObjectNode sub = co.putObject("aggs");
      ObjectNode actors = terms(criteria.fields().actors(), COOCCURRENCE_ACTORS, 1);
      actors
          .putObject("aggs")
          .set("countries", terms(criteria.fields().countries(), MIN_CANDIDATES, 1));
      sub.set("actors", actors);
      sub.set("countries", terms(criteria.fields().countries(), MIN_CANDIDATES, 1));
      aggs.set(COOCCURRENCE, co);
    }
    return aggs;
  }

  /** A filter aggregation of every selection but {@code except}'s (all of them for null). */
  private ObjectNode filter(Map<Dimension, Set<String>> selections, Dimension except) {
    ObjectNode agg = JSON.createObjectNode();
    ObjectNode bool = JSON.createObjectNode();
    ArrayNode filter = bool.putObject("bool").putArray("filter");
    selections.forEach(
        (d, v) -> {
          if (d != except) {
            filter.add(criteria.selection(d, v));
          }
        });
    agg.set("filter", filter.isEmpty() ? CriterionTranslator.matchAll() : bool);
    return agg;
  }

  private static ObjectNode terms(String field, int size, int minCount) {
    ObjectNode agg = JSON.createObjectNode();
    ObjectNode t = agg.putObject("terms");
    t.put("field", field).put("size", size).put("min_doc_count", minCount);
    ArrayNode order = t.putArray("order");
    order.addObject().put("_count", "desc");
    order.addObject().put("_key", "asc");
    return agg;
  }

  private static ObjectNode dates(DateFacetRequest df) {
    ObjectNode agg = JSON.createObjectNode();
    if (df.interval().isPresent()) {
      ObjectNode h = agg.putObject("date_histogram");
      h.put("field", OpenSearchFields.PUBLISHED).put("min_doc_count", 1);
      switch (df.interval().get()) {
        case DAY -> h.put("calendar_interval", "day").put("format", "yyyy-MM-dd");
        case MONTH -> h.put("calendar_interval", "month").put("format", "yyyy-MM");
        case YEAR -> h.put("calendar_interval", "year").put("format", "yyyy");
      }
      return agg;
    }
    ObjectNode r = agg.putObject("date_range");
    r.put("field", OpenSearchFields.PUBLISHED).put("keyed", true).put("format", "epoch_millis");
    ArrayNode ranges = r.putArray("ranges");
    for (DateRange range : df.ranges()) {
      ranges
          .addObject()
          .put("key", range.label())
          .put("from", Long.toString(range.from().toEpochMilli()))
          .put("to", Long.toString(range.to().toEpochMilli()));
    }
    return agg;
  }

  private static String sourceKey(String source) {
    return DocumentBuilder.sourceKey(source);
  }

  static int candidates(int top) {
    return Math.min(10_000, Math.max(MIN_CANDIDATES, top * 2));
  }

  private String field(Dimension d) {
    return switch (d) {
      case COUNTRY -> criteria.fields().countries();
      case ACTOR -> criteria.fields().actors();
      case SOURCE -> OpenSearchFields.SOURCE_NAME;
      case PLACE -> criteria.fields().places();
      case LANGUAGE -> OpenSearchFields.LANGUAGE;
    };
  }
}
