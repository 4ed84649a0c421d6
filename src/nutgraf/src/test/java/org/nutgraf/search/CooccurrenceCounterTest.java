package org.nutgraf.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
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
import org.nutgraf.query.Dimension;
import org.nutgraf.testing.BracketTagger;

/**
 * Actor–country pairs over two segments:
 *
 * <pre>
 * segment 1: {Ana Ruiz} [PE] [CL] · {Ana Ruiz} {Tomas Quispe} [PE] · {Tomas Quispe} [BO]
 *            · [PE] alone · {Ana Ruiz} alone
 * segment 2: {Ana Ruiz} [PE]
 * </pre>
 */
class CooccurrenceCounterTest {
  private static final FacetValue ANA = new FacetValue("ana ruiz", "Ana Ruiz", 4, false);
  private static final FacetValue TOMAS = new FacetValue("tomas quispe", "Tomas Quispe", 2, false);
  private static final FacetValue PE = new FacetValue("PE", "Peru", 4, false);
  private static final FacetValue CL = new FacetValue("CL", "Chile", 1, false);

  private static NewsIndex index;

  @BeforeAll
  static void open() throws IOException {
    index = BracketTagger.inMemoryIndex();
    index.upsert(
        Article.of(
            "talks",
            "Border talks",
            Instant.parse("2023-03-01T00:00:00Z"),
            "Andes Post",
            List.of(
                "{Ana Ruiz} spoke about [PE] and [CL].",
                "{Ana Ruiz} met {Tomas Quispe} in [PE].",
                "{Tomas Quispe} then flew to [BO].",
                "Rain fell across [PE].",
                "{Ana Ruiz} rested.")));
    index.commit();
    index.upsert(
        Article.of(
            "return",
            "Home again",
            Instant.parse("2023-03-09T00:00:00Z"),
            "Andes Post",
            List.of("{Ana Ruiz} came back to [PE].")));
    index.commit();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static CooccurrenceTable count(
      List<FacetValue> actors, List<FacetValue> countries, Query q) throws IOException {
    return index.withSearcher(
        s -> {
          Matches m = FlatSearch.run((NewsSearcher) s, q, null, null, 1);
          return CooccurrenceCounter.count(
              new FacetResult(Dimension.ACTOR, actors, actors.size(), 0),
              new FacetResult(Dimension.COUNTRY, countries, countries.size(), 0),
              m.main(),
              s.getTaskExecutor());
        });
  }

  @Test
  void countsParagraphsNamingBothAcrossSegments() throws IOException {
    CooccurrenceTable t = count(List.of(ANA, TOMAS), List.of(PE, CL), new MatchAllDocsQuery());

    assertEquals(
        List.of(
            new CooccurrenceTable.Cell("ana ruiz", "PE", 3),
            new CooccurrenceTable.Cell("ana ruiz", "CL", 1),
            new CooccurrenceTable.Cell("tomas quispe", "PE", 1)),
        t.cells());
    assertEquals(List.of(ANA, TOMAS), t.actors());
    assertEquals(List.of(PE, CL), t.countries());
  }

  @Test
  void countriesOutsideTheTopAreNotCounted() throws IOException {
    CooccurrenceTable t = count(List.of(TOMAS), List.of(PE), new MatchAllDocsQuery());

    assertEquals(List.of(new CooccurrenceTable.Cell("tomas quispe", "PE", 1)), t.cells());
  }

  @Test
  void onlyMatchingParagraphsCount() throws IOException {
    CooccurrenceTable t =
        count(List.of(ANA, TOMAS), List.of(PE, CL), new TermQuery(new Term(Fields.COUNTRY, "CL")));

    assertEquals(
        List.of(
            new CooccurrenceTable.Cell("ana ruiz", "PE", 1),
            new CooccurrenceTable.Cell("ana ruiz", "CL", 1)),
        t.cells());
  }

  @Test
  void aValueTheIndexNeverSawHasNoCells() throws IOException {
    FacetValue nobody = new FacetValue("nobody known", "Nobody Known", 0, true);
    FacetValue uruguay = new FacetValue("UY", "Uruguay", 0, true);

    CooccurrenceTable t =
        count(List.of(nobody, ANA), List.of(uruguay, CL), new MatchAllDocsQuery());

    assertEquals(List.of(new CooccurrenceTable.Cell("ana ruiz", "CL", 1)), t.cells());
    assertEquals(0, t.count("nobody known", "CL"));
  }

  @Test
  void noTopValuesGiveAnEmptyTable() throws IOException {
    CooccurrenceTable t = count(List.of(), List.of(PE), new MatchAllDocsQuery());

    assertEquals(List.of(), t.cells());
  }

  private static final String[] PEOPLE = {"{Rosa Mendez}", "{Ivo Petrov}", "{Lena Berg}"};
  private static final String[] COUNTRIES = {"[AR]", "[UY]", "[BG]", "[SE]", "[CL]"};

  /**
   * The two ways of counting a segment, from postings into bit sets and from doc values, give the
   * same table, with deleted paragraphs and values absent from a segment.
   */
  @Test
  void bitSetsAndDocValuesCountAlike() throws IOException {
    try (NewsIndex index = NewsIndex.builder().tagger(new BracketTagger()).open()) {
      for (int batch = 0; batch < 3; batch++) {
        for (int a = 0; a < 8; a++) {
          List<String> paragraphs = new ArrayList<>();
          for (int p = 0; p < 4; p++) {
            int k = batch * 31 + a * 7 + p;
            paragraphs.add(
                (k % 5 == 0 ? "" : PEOPLE[k % 3] + " and " + PEOPLE[(k / 3) % 3])
                    + " spoke of "
                    + (k % 4 == 0 ? "nothing" : COUNTRIES[k % 5] + " and " + COUNTRIES[k % 2])
                    + (p % 2 == 0 ? " in the harbour." : "."));
          }
          index.upsert(
              Article.of(
                  "b" + batch + "-a" + a,
                  "Talks",
                  Instant.parse("2024-05-01T00:00:00Z"),
                  "Coast Daily",
                  paragraphs));
        }
        index.commit();
      }
      index.delete("b0-a3");
      index.delete("b1-a5");
      index.commit();

      List<String> actors = List.of("rosa mendez", "ivo petrov", "lena berg", "nobody here");
      List<String> countries = List.of("AR", "UY", "BG", "SE", "CL", "FR");
      int compared =
          index.withSearcher(
              searcher -> {
                int n = 0;
                for (Query q :
                    List.of(
                        new MatchAllDocsQuery(), new TermQuery(new Term(Fields.TEXT, "harbour")))) {
                  FacetsCollector fc = searcher.search(q, new FacetsCollectorManager());
                  for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
                    long[][] bySets = CooccurrenceCounter.bySets(md, actors, countries);
                    long[][] byDocValues = CooccurrenceCounter.byDocValues(md, actors, countries);
                    for (int r = 0; r < actors.size(); r++) {
                      assertArrayEquals(byDocValues[r], bySets[r], q + " row " + actors.get(r));
                    }
                    n += byDocValues[0][0] > 0 ? 1 : 0;
                  }
                }
                return n;
              });
      assertTrue(compared > 0, "some segment had Rosa Mendez with Argentina");
    }
  }
}
