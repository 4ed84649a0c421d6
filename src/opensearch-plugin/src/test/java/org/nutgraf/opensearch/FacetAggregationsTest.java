package org.nutgraf.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nutgraf.entity.ActorDictionary;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.query.DateFacetRequest;
import org.nutgraf.query.DateInterval;
import org.nutgraf.query.DateRange;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.FacetRequest;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.search.EntityResolver;
import org.nutgraf.search.Resolution;

/** Facet aggregations with multi-select semantics, as the embedded index's drill-sideways. */
class FacetAggregationsTest {
  private static final EntityResolver RESOLVER =
      new EntityResolver(Gazetteer.defaults(), ActorDictionary.defaults(), Map.of());
  private final FacetAggregations aggs =
      new FacetAggregations(new CriterionTranslator(EntityFields.topLevel()));

  private JsonNode build(NewsQuery q) {
    return aggs.build(q, Resolution.of(q, RESOLVER));
  }

  @Test
  void eachFacetIsCountedUnderTheOtherDimensionsSelectionsOnly() {
    NewsQuery q =
        NewsQuery.builder()
            .text("caravan")
            .select(Dimension.COUNTRY, "HN")
            .select(Dimension.LANGUAGE, "es")
            .facets(Dimension.COUNTRY, Dimension.LANGUAGE, Dimension.SOURCE)
            .build();
    JsonNode a = build(q);
    String country = a.path(FacetAggregations.FACET + "country").path("filter").toString();
    assertFalse(country.contains("\"countries\""), "its own selection is left out: " + country);
    assertTrue(country.contains("\"language\""), country);
    String language = a.path(FacetAggregations.FACET + "language").path("filter").toString();
    assertTrue(language.contains("\"countries\""), language);
    assertFalse(language.contains("\"language\""), language);
    String source = a.path(FacetAggregations.FACET + "source").path("filter").toString();
    assertTrue(source.contains("\"countries\"") && source.contains("\"language\""), source);
  }

  @Test
  void withoutSelectionsAFacetCountsEverything() {
    JsonNode a = build(NewsQuery.builder().text("ferry").facets(Dimension.ACTOR).build());
    assertTrue(a.at("/nutgraf_facet_actor/filter").has("match_all"));
  }

  @Test
  void valuesAreTermsFetchedBeyondTheTopOrderedByCountThenKey() {
    NewsQuery q =
        NewsQuery.builder()
            .text("ferry")
            .facets(FacetRequest.of(Dimension.COUNTRY).top(5).minCount(3))
            .build();
    JsonNode terms = build(q).at("/nutgraf_facet_country/aggs/values/terms");
    assertEquals("countries", terms.get("field").asText());
    assertEquals(FacetAggregations.MIN_CANDIDATES, terms.get("size").asInt());
    assertEquals(3, terms.get("min_doc_count").asInt());
    assertEquals("desc", terms.at("/order/0/_count").asText());
    assertEquals("asc", terms.at("/order/1/_key").asText());
    assertEquals(
        "countries",
        build(q).at("/nutgraf_facet_country/aggs/distinct/cardinality/field").asText());
  }

  @Test
  void candidatesAreTwiceTheTopBetweenThreeHundredAndTenThousand() {
    assertEquals(300, FacetAggregations.candidates(10));
    assertEquals(1_000, FacetAggregations.candidates(500));
    assertEquals(10_000, FacetAggregations.candidates(9_000));
  }

  @Test
  void eachSelectedValueHasAFilterOfItsOwnAndASourceAlsoItsLabel() {
    NewsQuery q =
        NewsQuery.builder()
            .text("ferry")
            .select(Dimension.COUNTRY, "HN", "GT")
            .select(Dimension.SOURCE, "Harbor Ledger")
            .facets(Dimension.COUNTRY, Dimension.SOURCE)
            .build();
    JsonNode a = build(q);
    JsonNode country = a.at("/nutgraf_facet_country/aggs");
    assertTrue(country.has(FacetAggregations.SELECTED + "0"));
    assertTrue(country.has(FacetAggregations.SELECTED + "1"));
    assertFalse(country.has(FacetAggregations.SELECTED + "2"));
    JsonNode source = a.at("/nutgraf_facet_source/aggs/selected_0");
    assertTrue(source.at("/filter/term").has("source"), source.toString());
    assertEquals("source_name", source.at("/aggs/label/terms/field").asText());
    assertEquals(
        "source_name",
        a.at("/nutgraf_facet_source/aggs/values/terms/field").asText(),
        "sources are counted as written");
  }

  @Test
  void datesAreAHistogramByCalendarIntervalOrKeyedRanges() {
    JsonNode byMonth =
        build(
                NewsQuery.builder()
                    .text("ferry")
                    .dateFacet(DateFacetRequest.by(DateInterval.MONTH))
                    .build())
            .at("/nutgraf_dates/aggs/buckets/date_histogram");
    assertEquals("month", byMonth.get("calendar_interval").asText());
    assertEquals("yyyy-MM", byMonth.get("format").asText());
    assertEquals("published", byMonth.get("field").asText());

    DateRange spring = DateRange.of("spring", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 5, 31));
    JsonNode ranges =
        build(NewsQuery.builder().text("ferry").dateFacet(DateFacetRequest.ranges(spring)).build())
            .at("/nutgraf_dates/aggs/buckets/date_range");
    assertTrue(ranges.get("keyed").asBoolean());
    assertEquals("spring", ranges.at("/ranges/0/key").asText());
    assertEquals(Long.toString(spring.from().toEpochMilli()), ranges.at("/ranges/0/from").asText());
    assertEquals(Long.toString(spring.to().toEpochMilli()), ranges.at("/ranges/0/to").asText());
  }

  @Test
  void theCooccurrenceTableCountsCountriesUnderTheTopActors() {
    JsonNode co =
        build(NewsQuery.builder().text("ferry").cooccurrence().build())
            .path(FacetAggregations.COOCCURRENCE)
            .path("aggs");
    assertEquals("actors", co.at("/actors/terms/field").asText());
    assertEquals(FacetAggregations.COOCCURRENCE_ACTORS, co.at("/actors/terms/size").asInt());
    assertEquals("countries", co.at("/actors/aggs/countries/terms/field").asText());
    assertEquals("countries", co.at("/countries/terms/field").asText());
  }

  @Test
  void byDefaultCountriesAndActorsAreCountedAndNoFacetsMeansNoAggregations() {
    JsonNode defaults = build(NewsQuery.builder().text("ferry").build());
    assertTrue(defaults.has(FacetAggregations.FACET + "country"));
    assertTrue(defaults.has(FacetAggregations.FACET + "actor"));
    assertEquals(2, defaults.size());
    assertEquals(
        0, build(NewsQuery.builder().text("ferry").facets(new Dimension[0]).build()).size());
  }
}
