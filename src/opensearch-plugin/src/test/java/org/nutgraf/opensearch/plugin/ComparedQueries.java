package org.nutgraf.opensearch.plugin;

import java.time.LocalDate;
import java.util.List;
import org.nutgraf.query.DateFacetRequest;
import org.nutgraf.query.DateInterval;
import org.nutgraf.query.DateRange;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.query.SortOrder;

/**
 * The queries a cluster is compared with the embedded index on (in-JVM cluster tests and the REST
 * end-to-end run): every condition kind, facet selections, both date facets and co-occurrence over
 * the fixture articles, each matching something.
 */
final class ComparedQueries {
  private ComparedQueries() {}

  /** Queries whose counts (hits, facets, dates, co-occurrence) must equal the embedded index's. */
  static List<NewsQuery> counted() {
    Dimension[] all = Dimension.values();
    return List.of(
        NewsQuery.builder().facets(all).build(),
        NewsQuery.builder().text("election president").facets(all).build(),
        NewsQuery.parse("country:Honduras"),
        NewsQuery.parse("actor:Zelensky OR actor:\"Olaf Scholz\"").toBuilder().facets(all).build(),
        NewsQuery.parse("migrants -country:Mexico"),
        NewsQuery.parse("\"prime minister\" OR headline:election"),
        NewsQuery.parse("published:[2018-10-01 TO 2018-12-31]"),
        NewsQuery.parse("published:[2022-01-01 TO *] AND NOT country:US"),
        NewsQuery.parse("source:\"Meridian Wire\" OR country:Iran"),
        NewsQuery.builder()
            .facets(all)
            .select(Dimension.COUNTRY, "US", "MX")
            .select(Dimension.SOURCE, "Meridian Wire")
            .dateFacet(DateFacetRequest.by(DateInterval.MONTH))
            .build(),
        NewsQuery.builder()
            .anyCountry("Ukraine")
            .facets(all)
            .select(Dimension.ACTOR, "volodymyr zelensky", "Olaf Scholz")
            .select(Dimension.PLACE, "UA")
            .dateFacet(
                DateFacetRequest.ranges(
                    DateRange.of("2022", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)),
                    DateRange.of("2023", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))))
            .build(),
        NewsQuery.builder()
            .publishedBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31))
            .facets(all)
            .dateFacet(DateFacetRequest.by(DateInterval.YEAR))
            .cooccurrence()
            .build());
  }

  /**
   * Queries whose hits must come in the embedded index's order, with its highlights: by relevance
   * (which needs the index-wide term statistics of {@code dfs_query_then_fetch} on several shards)
   * and by date.
   */
  static List<NewsQuery> ranked() {
    return List.of(
        NewsQuery.builder().text("caravan migrants").pageSize(10).highlight().build(),
        NewsQuery.builder().text("election president").pageSize(10).highlight().build(),
        NewsQuery.parse("\"prime minister\"").toBuilder().pageSize(10).highlight().build(),
        NewsQuery.builder()
            .text("minister")
            .anyCountry("Ukraine")
            .sort(SortOrder.NEWEST)
            .pageSize(10)
            .highlight()
            .build());
  }

  /** Queries paged through to the end with cursors, whose pages must equal the embedded index's. */
  static List<NewsQuery> paged() {
    return List.of(
        NewsQuery.builder().text("minister president").sort(SortOrder.NEWEST).pageSize(20).build(),
        NewsQuery.builder().text("minister president").sort(SortOrder.OLDEST).pageSize(20).build(),
        NewsQuery.builder().text("minister president").pageSize(20).build());
  }

  /** Queries grouped by article. */
  static List<NewsQuery> grouped() {
    return List.of(
        NewsQuery.builder().text("president").groupByArticle(2).pageSize(5).build(),
        NewsQuery.builder().anyCountry("Honduras").groupByArticle(3).pageSize(10).build());
  }
}
