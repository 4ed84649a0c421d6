package org.nutgraf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.query.QuerySyntaxException;
import org.nutgraf.testing.BracketTagger;

/** Queries that pass the parser's bounds but not Lucene's fail as query errors, not as crashes. */
class SearchLimitsTest {

  @Test
  void aWordTheAnalyzerSplitsIntoTooManyTermsIsAQueryError() throws IOException {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < 1_100; i++) {
      parts.add("p" + i);
    }
    NewsQuery query = NewsQuery.parse(String.join("-", parts));
    try (NewsIndex index = BracketTagger.inMemoryIndex()) {
      index.upsert(
          Article.of(
              "a1", "Ferries", Instant.parse("2021-03-01T00:00:00Z"), "Wire", List.of("p1 p2.")));
      index.commit();

      QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> index.search(query));

      assertEquals(-1, e.position());
      assertTrue(e.getMessage().contains("more than 1024 clauses after analysis"), e.getMessage());
    }
  }

  @Test
  void aWordRepeatedPastLucenesClauseLimitIsOneClause() throws IOException {
    NewsQuery query = NewsQuery.parse("ferry ".repeat(1_500).strip());
    try (NewsIndex index = BracketTagger.inMemoryIndex()) {
      index.upsert(
          Article.of(
              "a1", "Ferries", Instant.parse("2021-03-01T00:00:00Z"), "Wire", List.of("A ferry.")));
      index.commit();

      assertEquals(1, index.search(query).totalHits());
    }
  }
}
