package org.nutgraf.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nutgraf.query.Criteria.allCountries;
import static org.nutgraf.query.Criteria.anyCountry;
import static org.nutgraf.query.Criteria.headline;
import static org.nutgraf.query.Criteria.noCountry;
import static org.nutgraf.query.Criteria.not;
import static org.nutgraf.query.Criteria.published;
import static org.nutgraf.query.Criteria.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nutgraf.index.Fields;
import org.nutgraf.index.TextLanguages;
import org.nutgraf.query.Criteria;
import org.nutgraf.query.Dimension;

/** Resolved criteria and selections become the Lucene queries the index schema needs. */
class QueryCompilerTest {
  private final Analyzer analyzer = new StandardAnalyzer();
  private final List<Query> headlineLookups = new ArrayList<>();
  private Set<String> headlineArticles = Set.of("a1", "a2");
  private final QueryCompiler compiler =
      new QueryCompiler(
          analyzer,
          q -> {
            headlineLookups.add(q);
            return headlineArticles;
          });

  @AfterEach
  void close() {
    analyzer.close();
  }

  @Test
  void oneKeyIsATermAndSeveralAnyOfATermSet() {
    assertEquals(new TermQuery(new Term(Fields.COUNTRY, "HN")), compiler.compile(anyCountry("HN")));
    assertEquals(
        new TermInSetQuery(Fields.COUNTRY, List.of(new BytesRef("HN"), new BytesRef("GT"))),
        compiler.compile(anyCountry("HN", "GT")));
  }

  @Test
  void allOfFiltersEveryKeyAndNoneOfExcludesThem() {
    Query all =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.COUNTRY, "HN")), Occur.FILTER)
            .add(new TermQuery(new Term(Fields.COUNTRY, "GT")), Occur.FILTER)
            .build();
    assertEquals(all, compiler.compile(allCountries("HN", "GT")));
    Query none =
        new BooleanQuery.Builder()
            .add(new MatchAllDocsQuery(), Occur.MUST)
            .add(new TermQuery(new Term(Fields.COUNTRY, "HN")), Occur.MUST_NOT)
            .build();
    assertEquals(none, compiler.compile(noCountry("HN")));
  }

  @Test
  void headlineWordsMatchFirstParagraphsOnly() {
    Query expected =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.HEADLINE_TEXT, "caravan")), Occur.MUST)
            .add(IntPoint.newExactQuery(Fields.ORDINAL, 0), Occur.FILTER)
            .build();
    assertEquals(expected, compiler.compile(headline("Caravan")));
  }

  @Test
  void notAHeadlineExcludesEveryParagraphOfTheArticlesWhoseHeadlineMatches() {
    Query excluded = compiler.compile(not(headline("football")));
    Set<BytesRef> ids = new LinkedHashSet<>(List.of(new BytesRef("a1"), new BytesRef("a2")));
    Query expected =
        new BooleanQuery.Builder()
            .add(new MatchAllDocsQuery(), Occur.MUST)
            .add(new TermInSetQuery(Fields.ARTICLE, ids), Occur.MUST_NOT)
            .build();
    assertEquals(expected, excluded);
    assertEquals(1, headlineLookups.size());
    headlineArticles = Set.of();
    assertEquals(new MatchAllDocsQuery(), compiler.compile(not(headline("football"))));
  }

  @Test
  void wordsWithoutATermMatchNothing() {
    assertEquals(new MatchNoDocsQuery(), compiler.compile(text("!! --")));
  }

  @Test
  void aDateRangeIncludesItsStartAndExcludesItsEnd() {
    Instant from = Instant.parse("2018-10-01T00:00:00Z");
    Instant to = Instant.parse("2018-11-01T00:00:00Z");
    assertEquals(
        LongPoint.newRangeQuery(Fields.PUBLISHED, from.toEpochMilli(), to.toEpochMilli() - 1),
        compiler.compile(published(from, to)));
  }

  @Test
  void aSelectedCountryCodeAmongPlacesSelectsEveryPlaceInIt() {
    Query expected =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.COUNTRY, "GT")), Occur.SHOULD)
            .add(new TermQuery(new Term(Fields.PLACE, "HN/San Pedro Sula")), Occur.SHOULD)
            .build();
    assertEquals(
        expected,
        compiler.selection(
            Dimension.PLACE, new LinkedHashSet<>(List.of("GT", "HN/San Pedro Sula"))));
  }

  @Test
  void textWordsSearchEveryLanguageFieldEachAnalysedForItsLanguage() {
    try (Analyzer perLanguage = TextLanguages.analyzer()) {
      QueryCompiler languages =
          new QueryCompiler(perLanguage, TextLanguages.textFields(), q -> Set.of());
      Query expected =
          new DisjunctionMaxQuery(
              List.of(
                  new TermQuery(new Term(Fields.TEXT, "migrantes")),
                  new TermQuery(new Term("text_es", "migrant"))),
              0f);
      assertEquals(expected, languages.compile(text("Migrantes")));
      // "la" is a Spanish stop word: the Spanish phrase keeps its gap
      Query phrase =
          new DisjunctionMaxQuery(
              List.of(
                  new PhraseQuery(Fields.TEXT, "cruzan", "la", "frontera"),
                  new PhraseQuery.Builder()
                      .add(new Term("text_es", "cruzan"), 0)
                      .add(new Term("text_es", "fronter"), 2)
                      .build()),
              0f);
      assertEquals(phrase, languages.compile(Criteria.phrase("cruzan la frontera")));
      // a word the Spanish analyzer drops entirely leaves the other field alone
      assertEquals(new TermQuery(new Term(Fields.TEXT, "la")), languages.compile(text("la")));
    }
  }
}
