package org.nutgraf.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nutgraf.NewsIndex;
import org.nutgraf.article.Article;
import org.nutgraf.index.Fields;
import org.nutgraf.index.NewsSearcher;
import org.nutgraf.query.DateFacetRequest;
import org.nutgraf.query.DateInterval;
import org.nutgraf.query.DateRange;
import org.nutgraf.testing.BracketTagger;

/**
 * Date buckets over seven paragraphs: two on 2021-01-30, one a minute before midnight on
 * 2021-01-31, one on 2021-02-01, one on 2022-06-15, and two undated.
 */
class DateFacetCounterTest {
  private static NewsIndex index;

  @BeforeAll
  static void open() throws IOException {
    index = BracketTagger.inMemoryIndex();
    index.upsert(
        List.of(
            dated("jan30", "2021-01-30T09:00:00Z", "Snow closed the pass.", "Trucks waited."),
            dated("jan31", "2021-01-31T23:59:00Z", "Snow cleared at night."),
            dated("feb1", "2021-02-01T00:00:00Z", "The pass reopened."),
            dated("jun22", "2022-06-15T12:00:00Z", "Snow was a memory."),
            Article.of(
                "nodate",
                "Undated",
                Optional.empty(),
                "",
                Optional.empty(),
                List.of("Snow stories from the past.", "More of them."))));
    index.commit();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static Article dated(String id, String when, String... texts) {
    return Article.of(id, "Mountain news", Instant.parse(when), "Ridge Gazette", List.of(texts));
  }

  private static List<DateBucket> count(NewsIndex in, DateFacetRequest req, Query q)
      throws IOException {
    return in.withSearcher(
        s -> {
          NewsSearcher searcher = (NewsSearcher) s;
          Matches m = FlatSearch.run(searcher, q, null, null, 1);
          return new DateFacetCounter(searcher).count(req, m.main());
        });
  }

  private static DateBucket bucket(String key, String from, String to, long count) {
    return new DateBucket(
        key, Instant.parse(from + "T00:00:00Z"), Instant.parse(to + "T00:00:00Z"), count);
  }

  @Test
  void byDayShowsOnlyDaysWithParagraphs() throws IOException {
    assertEquals(
        List.of(
            bucket("2021-01-30", "2021-01-30", "2021-01-31", 2),
            bucket("2021-01-31", "2021-01-31", "2021-02-01", 1),
            bucket("2021-02-01", "2021-02-01", "2021-02-02", 1),
            bucket("2022-06-15", "2022-06-15", "2022-06-16", 1)),
        count(index, DateFacetRequest.by(DateInterval.DAY), new MatchAllDocsQuery()));
  }

  @Test
  void byMonthSpansWholeMonthsInUtc() throws IOException {
    assertEquals(
        List.of(
            bucket("2021-01", "2021-01-01", "2021-02-01", 3),
            bucket("2021-02", "2021-02-01", "2021-03-01", 1),
            bucket("2022-06", "2022-06-01", "2022-07-01", 1)),
        count(index, DateFacetRequest.by(DateInterval.MONTH), new MatchAllDocsQuery()));
  }

  @Test
  void byYearLeavesUndatedParagraphsOut() throws IOException {
    assertEquals(
        List.of(
            bucket("2021", "2021-01-01", "2022-01-01", 4),
            bucket("2022", "2022-01-01", "2023-01-01", 1)),
        count(index, DateFacetRequest.by(DateInterval.YEAR), new MatchAllDocsQuery()));
  }

  @Test
  void onlyMatchingParagraphsAreCounted() throws IOException {
    assertEquals(
        List.of(
            bucket("2021-01", "2021-01-01", "2021-02-01", 2),
            bucket("2022-06", "2022-06-01", "2022-07-01", 1)),
        count(
            index,
            DateFacetRequest.by(DateInterval.MONTH),
            new TermQuery(new Term(Fields.TEXT, "snow"))));
  }

  @Test
  void rangesComeInRequestOrderEmptyOnesIncluded() throws IOException {
    DateRange later = DateRange.of("later", LocalDate.of(2022, 1, 1), LocalDate.of(2030, 1, 1));
    DateRange none = DateRange.of("none", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));
    DateRange edge = DateRange.of("edge", LocalDate.of(2021, 1, 31), LocalDate.of(2021, 1, 31));

    List<DateBucket> out =
        count(index, DateFacetRequest.ranges(later, none, edge), new MatchAllDocsQuery());

    assertEquals(
        List.of(
            new DateBucket("later", later.from(), later.to(), 1),
            new DateBucket("none", none.from(), none.to(), 0),
            new DateBucket("edge", edge.from(), edge.to(), 1)),
        out);
  }

  @Test
  void anIndexWithNoDatedParagraphHasNoBuckets() throws IOException {
    try (NewsIndex undated = BracketTagger.inMemoryIndex()) {
      undated.upsert(
          Article.of(
              "x", "Undated", Optional.empty(), "", Optional.empty(), List.of("No day given.")));
      undated.commit();

      assertEquals(
          List.of(),
          count(undated, DateFacetRequest.by(DateInterval.DAY), new MatchAllDocsQuery()));
    }
  }

  @Test
  void daysBefore1970FallOnTheirOwnDate() throws IOException {
    try (NewsIndex old = BracketTagger.inMemoryIndex()) {
      old.upsert(
          List.of(
              dated("eve", "1969-12-31T18:00:00Z", "Last evening of the decade."),
              dated("dawn", "1970-01-01T06:00:00Z", "First morning.")));
      old.commit();

      assertEquals(
          List.of(
              bucket("1969-12-31", "1969-12-31", "1970-01-01", 1),
              bucket("1970-01-01", "1970-01-01", "1970-01-02", 1)),
          count(old, DateFacetRequest.by(DateInterval.DAY), new MatchAllDocsQuery()));
    }
  }
}
