package org.nutgraf.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nutgraf.NewsIndex;
import org.nutgraf.article.Article;
import org.nutgraf.article.FieldValue;
import org.nutgraf.query.Criteria;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.testing.BracketTagger;

/** Raw Lucene conditions and an article's own fields, in filters, facets and hits. */
class LuceneCriterionTest {
  private static final Instant MAY_3 = Instant.parse("2021-05-03T08:00:00Z");
  private static NewsIndex index;

  @BeforeAll
  static void openIndex() throws IOException {
    index = BracketTagger.inMemoryIndex();
    index.upsert(
        Article.of(
                "m1",
                "Tram line delayed",
                MAY_3,
                "Bay Courier",
                List.of("The [HN] tram line opens late.", "Crews in [US] yards wait for parts."))
            .withField("desk", "metro")
            .withField("words", 420)
            .withField("filed", MAY_3));
    index.upsert(
        Article.of(
                "s1",
                "Harbour club wins",
                MAY_3,
                "Bay Courier",
                List.of("The [HN] club won the regatta."))
            .withField("desk", "sport")
            .withField("words", 1800));
    index.upsert(
        Article.of(
            "n1",
            "Council meets",
            MAY_3,
            "Bay Courier",
            List.of("The [US] council met on Tuesday.")));
    index.commit();
  }

  @AfterAll
  static void closeIndex() throws IOException {
    index.close();
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(Hit::id).sorted().toList();
  }

  @Test
  void filtersOnAnOwnKeywordNumberOrInstant() throws IOException {
    assertEquals(
        List.of("m1#0", "m1#1"),
        ids(index.search(NewsQuery.builder().field("desk", "metro").build())));
    assertEquals(
        List.of("s1#0"), ids(index.search(NewsQuery.builder().field("words", 1800).build())));
    assertEquals(
        List.of("m1#0", "m1#1"),
        ids(index.search(NewsQuery.builder().field("filed", MAY_3).build())));
    assertEquals(List.of(), ids(index.search(NewsQuery.builder().field("desk", "Metro").build())));
  }

  @Test
  void hitsCarryTheArticlesOwnFields() throws IOException {
    Hit hit = index.search(NewsQuery.builder().article("s1").build()).hits().get(0);
    assertEquals(FieldValue.keyword("sport"), hit.fields().get("desk"));
    assertEquals(FieldValue.number(1800), hit.fields().get("words"));
    Hit plain = index.search(NewsQuery.builder().article("n1").build()).hits().get(0);
    assertEquals(0, plain.fields().size());
  }

  @Test
  void aRawLuceneQueryFiltersAndFacetsCountOnlyWhatItLetsThrough() throws IOException {
    SearchResult r =
        index.search(
            NewsQuery.builder()
                .where(LuceneCriterion.of(LongPoint.newRangeQuery("words", 1000, 5000)))
                .facets(Dimension.COUNTRY)
                .build());
    assertEquals(List.of("s1#0"), ids(r));
    assertEquals(List.of("HN"), r.facets().get(0).values().stream().map(FacetValue::key).toList());
  }

  @Test
  void aRawLuceneQueryCombinesWithTypedCriteria() throws IOException {
    SearchResult r =
        index.search(
            NewsQuery.builder()
                .where(
                    Criteria.or(
                        LuceneCriterion.of(new TermQuery(new Term("desk", "sport"))),
                        Criteria.anyCountry("US")))
                .where(Criteria.not(Criteria.field("desk", FieldValue.keyword("metro"))))
                .build());
    assertEquals(List.of("n1#0", "s1#0"), ids(r));
  }
}
