package org.nutgraf.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nutgraf.entity.ActorDictionary;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.query.DateFacetRequest;
import org.nutgraf.query.DateInterval;
import org.nutgraf.query.DateRange;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.FacetRequest;
import org.nutgraf.search.CooccurrenceTable;
import org.nutgraf.search.DateBucket;
import org.nutgraf.search.EntityResolver;
import org.nutgraf.search.FacetResult;
import org.nutgraf.search.FacetValue;

/** Facet aggregations read back as the embedded index ranks facets. */
class FacetReaderTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final EntityResolver RESOLVER =
      new EntityResolver(
          Gazetteer.defaults(), ActorDictionary.defaults(), Map.of("vora ilse", "Ilse Vora"));
  private final FacetReader reader = new FacetReader(RESOLVER);

  private static JsonNode json(String s) throws Exception {
    return JSON.readTree(s.replace('\'', '"'));
  }

  @Test
  void valuesRankByCountThenLabelAndCarryTheirLabels() throws Exception {
    JsonNode terms =
        json(
            "{'buckets': [{'key': 'HN', 'doc_count': 2}, {'key': 'SV', 'doc_count': 5},"
                + " {'key': 'GT', 'doc_count': 2}]}");
    List<FacetValue> values = reader.values(Dimension.COUNTRY, terms, Set.of("GT"));
    assertEquals(List.of("SV", "GT", "HN"), values.stream().map(FacetValue::key).toList());
    assertEquals("Guatemala", values.get(1).label());
    assertTrue(values.get(1).selected());
    assertEquals(5, values.get(0).count());
  }

  @Test
  void aFacetShowsItsTopAndASelectedValueBeyondItWithItsOwnCount() throws Exception {
    JsonNode agg =
        json(
            "{'values': {'doc_count_error_upper_bound': 4, 'buckets': [{'key': 'SV', 'doc_count': 9},"
                + " {'key': 'HN', 'doc_count': 7}]}, 'distinct': {'value': 3},"
                + " 'selected_0': {'doc_count': 1}}");
    FacetResult f = reader.facet(FacetRequest.of(Dimension.COUNTRY).top(1), agg, Set.of("MX"));
    List<String> keys = f.values().stream().map(FacetValue::key).toList();
    assertTrue(keys.contains("SV"), keys.toString());
    assertTrue(keys.contains("MX"), "the selected value is always shown: " + keys);
    FacetValue mx = f.values().stream().filter(v -> v.key().equals("MX")).findFirst().orElseThrow();
    assertEquals(1, mx.count());
    assertTrue(mx.selected());
    assertEquals(3, f.distinctValues());
    assertEquals(4, f.countErrorBound());
  }

  @Test
  void anActorIsLabelledByTheNameTheIndexKnows() {
    assertEquals("Ilse Vora", reader.label(Dimension.ACTOR, "vora ilse"));
    assertEquals("Honduras", reader.label(Dimension.COUNTRY, "HN"));
  }

  @Test
  void histogramBucketsCarryTheirEndsAndEmptyOnesAreDropped() throws Exception {
    long march = Instant.parse("2021-03-01T00:00:00Z").toEpochMilli();
    long april = Instant.parse("2021-04-01T00:00:00Z").toEpochMilli();
    JsonNode agg =
        json(
            "{'buckets': {'buckets': [{'key': "
                + march
                + ", 'key_as_string': '2021-03', 'doc_count': 4}, {'key': "
                + april
                + ", 'key_as_string': '2021-04', 'doc_count': 0}]}}");
    assertEquals(
        List.of(
            new DateBucket(
                "2021-03",
                Instant.parse("2021-03-01T00:00:00Z"),
                Instant.parse("2021-04-01T00:00:00Z"),
                4)),
        FacetReader.dates(DateFacetRequest.by(DateInterval.MONTH), agg));
  }

  @Test
  void rangeBucketsComeInTheRequestsOrderAMissingOneCountingZero() throws Exception {
    DateRange a = DateRange.of("early", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 31));
    DateRange b = DateRange.of("late", LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 31));
    JsonNode agg = json("{'buckets': {'buckets': {'late': {'doc_count': 6}}}}");
    List<DateBucket> out = FacetReader.dates(DateFacetRequest.ranges(a, b), agg);
    assertEquals(List.of("early", "late"), out.stream().map(DateBucket::key).toList());
    assertEquals(0, out.get(0).count());
    assertEquals(6, out.get(1).count());
    assertEquals(b.from(), out.get(1).from());
  }

  @Test
  void theCooccurrenceTableHoldsTheCountOfEachActorAndCountry() throws Exception {
    JsonNode agg =
        json(
            "{'actors': {'buckets': [{'key': 'vora ilse', 'doc_count': 5, 'countries': {'buckets':"
                + " [{'key': 'HN', 'doc_count': 3}, {'key': 'GT', 'doc_count': 1}]}}]},"
                + " 'countries': {'buckets': [{'key': 'HN', 'doc_count': 8},"
                + " {'key': 'GT', 'doc_count': 2}]}}");
    CooccurrenceTable t = reader.cooccurrence(agg);
    assertEquals(List.of("vora ilse"), t.actors().stream().map(FacetValue::key).toList());
    assertEquals(List.of("HN", "GT"), t.countries().stream().map(FacetValue::key).toList());
    assertEquals(3, t.count("vora ilse", "HN"));
    assertEquals(1, t.count("vora ilse", "GT"));
  }
}
