package org.nutgraf.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nutgraf.NewsIndex;
import org.nutgraf.article.Article;
import org.nutgraf.query.DateFacetRequest;
import org.nutgraf.query.DateInterval;
import org.nutgraf.query.DateRange;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.FacetRequest;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.testing.SmallCorpus;

/** Facet counts over {@link SmallCorpus}, whose counts are known by hand. */
class FacetCounterTest {
  private static final FacetValue HN = value("HN", "Honduras", 4);
  private static final FacetValue MX = value("MX", "Mexico", 4);
  private static final FacetValue GT = value("GT", "Guatemala", 3);
  private static final FacetValue US = value("US", "United States", 2);
  private static final FacetValue SV = value("SV", "El Salvador", 1);
  private static final FacetValue MORALES = value("jimmy morales", "Jimmy Morales", 2);
  private static final FacetValue PENCE = value("mike pence", "Mike Pence", 2);
  private static final FacetValue AMLO =
      value("andres manuel lopez obrador", "Andrés Manuel López Obrador", 1);

  private static NewsIndex index;

  @BeforeAll
  static void openCorpus() throws IOException {
    index = SmallCorpus.index();
  }

  @AfterAll
  static void closeCorpus() throws IOException {
    index.close();
  }

  @Test
  void countsCountriesByCountThenLabel() throws IOException {
    SearchResult r = index.search(NewsQuery.all());

    assertEquals(11, r.totalHits());
    assertEquals(
        new FacetResult(Dimension.COUNTRY, List.of(HN, MX, GT, US, SV), 5),
        r.facet(Dimension.COUNTRY).orElseThrow());
  }

  @Test
  void countsActorsUnderTheirNames() throws IOException {
    SearchResult r = index.search(NewsQuery.all());

    assertEquals(
        new FacetResult(Dimension.ACTOR, List.of(MORALES, PENCE, AMLO), 3),
        r.facet(Dimension.ACTOR).orElseThrow());
  }

  @Test
  void countsSources() throws IOException {
    SearchResult r = index.search(NewsQuery.builder().facets(Dimension.SOURCE).build());

    assertEquals(
        List.of(value("Atlas Wire", "Atlas Wire", 5), value("Harbor Ledger", "Harbor Ledger", 5)),
        r.facet(Dimension.SOURCE).orElseThrow().values());
  }

  @Test
  void countsOnlyMatchingParagraphs() throws IOException {
    SearchResult r = index.search(NewsQuery.parse("country:MX"));

    assertEquals(4, r.totalHits());
    assertEquals(
        List.of(MX, value("SV", "El Salvador", 1), value("US", "United States", 1)),
        r.facet(Dimension.COUNTRY).orElseThrow().values());
    assertEquals(List.of(AMLO), r.facet(Dimension.ACTOR).orElseThrow().values());
  }

  @Test
  void returnsTopValuesOnly() throws IOException {
    SearchResult r =
        index.search(NewsQuery.builder().facets(FacetRequest.of(Dimension.COUNTRY).top(2)).build());

    assertEquals(
        new FacetResult(Dimension.COUNTRY, List.of(HN, MX), 5),
        r.facet(Dimension.COUNTRY).orElseThrow());
  }

  @Test
  void leavesOutValuesBelowMinCount() throws IOException {
    SearchResult r =
        index.search(
            NewsQuery.builder().facets(FacetRequest.of(Dimension.COUNTRY).minCount(3)).build());

    assertEquals(List.of(HN, MX, GT), r.facet(Dimension.COUNTRY).orElseThrow().values());
  }

  @Test
  void returnsFacetsInRequestOrder() throws IOException {
    SearchResult r =
        index.search(NewsQuery.builder().facets(Dimension.ACTOR, Dimension.COUNTRY).build());

    assertEquals(
        List.of(Dimension.ACTOR, Dimension.COUNTRY),
        r.facets().stream().map(FacetResult::dimension).toList());
  }

  @Test
  void showsSelectedValueBeyondTopN() throws IOException {
    SearchResult r =
        index.search(
            NewsQuery.builder()
                .select(Dimension.COUNTRY, "SV")
                .facets(FacetRequest.of(Dimension.COUNTRY).top(2))
                .build());

    assertEquals(1, r.totalHits());
    assertEquals(
        List.of(HN, MX, selected("SV", "El Salvador", 1)),
        r.facet(Dimension.COUNTRY).orElseThrow().values());
  }

  @Test
  void showsSelectedValueEvenAtCountZero() throws IOException {
    SearchResult r = index.search(NewsQuery.builder().select(Dimension.COUNTRY, "FR").build());

    assertEquals(0, r.totalHits());
    assertEquals(
        List.of(HN, MX, GT, US, SV, selected("FR", "France", 0)),
        r.facet(Dimension.COUNTRY).orElseThrow().values());
    assertEquals(List.of(), r.facet(Dimension.ACTOR).orElseThrow().values());
  }

  @Test
  void selectedValuesOfOneDimensionAreAlternatives() throws IOException {
    SearchResult r =
        index.search(NewsQuery.builder().select(Dimension.COUNTRY, "HN", "SV").build());

    // a1#0, a1#1, a2#2 and a5#0 name HN; a3#0 names SV
    assertEquals(5, r.totalHits());
    // the selected dimension is counted as if nothing were selected in it
    assertEquals(
        List.of(selected("HN", "Honduras", 4), MX, GT, US, selected("SV", "El Salvador", 1)),
        r.facet(Dimension.COUNTRY).orElseThrow().values());
    assertEquals(
        List.of(PENCE, value("jimmy morales", "Jimmy Morales", 1)),
        r.facet(Dimension.ACTOR).orElseThrow().values());
  }

  @Test
  void selectionsInTwoDimensionsMustBothHold() throws IOException {
    SearchResult r =
        index.search(
            NewsQuery.builder()
                .select(Dimension.COUNTRY, "GT")
                .select(Dimension.ACTOR, "jimmy morales")
                .build());

    // a2#2 and a3#1 name Guatemala and Jimmy Morales
    assertEquals(2, r.totalHits());
    // countries of the Morales paragraphs; actors of the Guatemala paragraphs
    assertEquals(
        List.of(selected("GT", "Guatemala", 2), value("HN", "Honduras", 1)),
        r.facet(Dimension.COUNTRY).orElseThrow().values());
    assertEquals(
        List.of(
            selected("jimmy morales", "Jimmy Morales", 2), value("mike pence", "Mike Pence", 1)),
        r.facet(Dimension.ACTOR).orElseThrow().values());
  }

  @Test
  void marksCountrySelectedByNameAsSelected() throws IOException {
    SearchResult r =
        index.search(NewsQuery.builder().select(Dimension.COUNTRY, "Honduras").build());

    assertEquals(4, r.totalHits());
    assertEquals(
        List.of(selected("HN", "Honduras", 4), MX, GT, US, SV),
        r.facet(Dimension.COUNTRY).orElseThrow().values());
  }

  @Test
  void marksActorSelectedByNameAsSelected() throws IOException {
    SearchResult r =
        index.search(NewsQuery.builder().select(Dimension.ACTOR, "Mike Pence").build());

    assertEquals(2, r.totalHits());
    assertEquals(
        List.of(MORALES, selected("mike pence", "Mike Pence", 2), AMLO),
        r.facet(Dimension.ACTOR).orElseThrow().values());
  }

  @Test
  void countsParagraphsByMonthLeavingOutUndated() throws IOException {
    SearchResult r =
        index.search(
            NewsQuery.builder().dateFacet(DateFacetRequest.by(DateInterval.MONTH)).build());

    assertEquals(
        Optional.of(
            List.of(
                bucket("2018-10", "2018-10-01", "2018-11-01", 6),
                bucket("2018-11", "2018-11-01", "2018-12-01", 2),
                bucket("2019-01", "2019-01-01", "2019-02-01", 2))),
        r.dates());
  }

  @Test
  void countsOnlyMatchingParagraphsByYear() throws IOException {
    SearchResult r =
        index.search(
            NewsQuery.builder()
                .select(Dimension.COUNTRY, "MX")
                .dateFacet(DateFacetRequest.by(DateInterval.YEAR))
                .build());

    assertEquals(
        Optional.of(
            List.of(
                bucket("2018", "2018-01-01", "2019-01-01", 3),
                bucket("2019", "2019-01-01", "2020-01-01", 1))),
        r.dates());
  }

  @Test
  void countsCustomDateRangesInRequestOrderWithEndsAsDeclared() throws IOException {
    DateRange october = DateRange.of("October", LocalDate.of(2018, 10, 1), day(2018, 10, 31));
    DateRange toThe15th = DateRange.of("to the 15th", day(2018, 10, 1), day(2018, 10, 15));
    DateRange before15th =
        new DateRange(
            "before the 15th",
            Instant.parse("2018-10-01T00:00:00Z"),
            Instant.parse("2018-10-15T00:00:00Z"));
    DateRange year2019 = DateRange.of("2019", day(2019, 1, 1), day(2019, 12, 31));

    SearchResult r =
        index.search(
            NewsQuery.builder()
                .dateFacet(DateFacetRequest.ranges(october, toThe15th, before15th, year2019))
                .build());

    assertEquals(
        List.of(6L, 3L, 0L, 2L), r.dates().orElseThrow().stream().map(DateBucket::count).toList());
    assertEquals(
        List.of("October", "to the 15th", "before the 15th", "2019"),
        r.dates().orElseThrow().stream().map(DateBucket::key).toList());
  }

  private static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static DateBucket bucket(String key, String from, String to, long count) {
    return new DateBucket(
        key, Instant.parse(from + "T00:00:00Z"), Instant.parse(to + "T00:00:00Z"), count);
  }

  private static FacetValue value(String key, String label, long count) {
    return new FacetValue(key, label, count, false);
  }

  private static FacetValue selected(String key, String label, long count) {
    return new FacetValue(key, label, count, true);
  }

  @Test
  void browsingEverythingCountsOnlyTheLatestVersionOfAnArticle() throws IOException {
    try (NewsIndex changed = SmallCorpus.index()) {
      // a4 named the US twice and Mexico once; its new version names Canada only
      changed.upsert(
          List.of(
              Article.of(
                  "a4",
                  "Headline of a4",
                  Instant.parse("2019-01-10T00:00:00Z"),
                  "Atlas Wire",
                  List.of("Talks with [CA] resumed in the new year."))));
      changed.commit();

      SearchResult r = changed.search(NewsQuery.all());

      assertEquals(10, r.totalHits());
      assertEquals(
          new FacetResult(
              Dimension.COUNTRY,
              List.of(HN, GT, value("MX", "Mexico", 3), value("CA", "Canada", 1), SV),
              5),
          r.facet(Dimension.COUNTRY).orElseThrow());
    }
  }
}
