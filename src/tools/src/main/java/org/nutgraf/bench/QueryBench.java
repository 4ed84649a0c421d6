package org.nutgraf.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.nutgraf.NewsIndex;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.FacetRequest;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.search.FacetResult;
import org.nutgraf.search.FacetValue;

/**
 * Times each {@link QueryKind} on a Nutgraf index through {@link NewsIndex#search} and through
 * {@link PlainQueries} on the same index, alternating run by run, after as many warm-up runs.
 * Words, countries and actors change from run to run, from fixed lists, so no cache makes a query
 * free.
 */
final class QueryBench {
  /** Noun ranks of the selective words: each in well under 1% of paragraphs. */
  private static final int SELECTIVE_FROM = 100;

  /** Noun ranks of the grouped words: each in a few percent of paragraphs. */
  private static final int COMMON_FROM = 20;

  private static final int WORDS = 20;
  private static final int VALUES = 10;

  /** One timed call; returns the number of matching paragraphs. */
  private interface Call {
    long run(int i) throws IOException;
  }

  private final Path dir;
  private final CorpusGenerator corpus;
  private final int runs;

  QueryBench(Path dir, CorpusGenerator corpus, int runs) {
    this.dir = dir;
    this.corpus = corpus;
    this.runs = runs;
  }

  List<QueryReport> run() throws IOException {
    List<QueryReport> out = new ArrayList<>();
    try (NewsIndex index = NewsIndex.builder().path(dir).open();
        Directory directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      PlainQueries plain = new PlainQueries(reader);
      FacetResult[] top = topValues(index);
      List<String> countries = keys(top[0]);
      List<String> actors = keys(top[1]);
      List<String> rare = words(SELECTIVE_FROM);
      List<String> common = words(COMMON_FROM);
      out.add(
          time(
              QueryKind.SELECTIVE,
              i -> index.search(NewsQuery.builder().text(at(rare, i)).build()).totalHits(),
              i -> plain.selective(at(rare, i))));
      out.add(
          time(
              QueryKind.MATCH_ALL,
              i -> index.search(NewsQuery.all()).totalHits(),
              i -> plain.matchAll()));
      if (!countries.isEmpty() && !actors.isEmpty()) {
        out.add(
            time(
                QueryKind.DRILL_SIDEWAYS,
                i ->
                    index
                        .search(
                            NewsQuery.builder()
                                .select(Dimension.COUNTRY, at(countries, i))
                                .select(Dimension.ACTOR, at(actors, i / countries.size() + i))
                                .build())
                        .totalHits(),
                i -> plain.drillSideways(at(countries, i), at(actors, i / countries.size() + i))));
      }
      if (!countries.isEmpty()) {
        List<String> names = countries.stream().map(c -> index.gazetteer().countryName(c)).toList();
        out.add(
            time(
                QueryKind.PARSED,
                i ->
                    index
                        .search(NewsQuery.parse(at(rare, i) + " country:\"" + at(names, i) + "\""))
                        .totalHits(),
                i -> plain.parsed(at(rare, i), at(countries, i))));
      }
      out.add(
          time(
              QueryKind.GROUPED,
              i ->
                  index
                      .search(NewsQuery.builder().text(at(common, i)).groupByArticle(3).build())
                      .totalHits(),
              i -> plain.grouped(at(common, i))));
    }
    return out;
  }

  private QueryReport time(QueryKind kind, Call nutgraf, Call plain) throws IOException {
    int warm = Math.max(10, runs / 2);
    for (int i = 0; i < warm; i++) {
      nutgraf.run(i);
      plain.run(i);
    }
    long[] n = new long[runs];
    long[] p = new long[runs];
    long nHits = 0;
    long pHits = 0;
    for (int i = 0; i < runs; i++) {
      // alternate which goes first, so that neither always finds the caches the other left
      if (i % 2 == 0) {
        long start = System.nanoTime();
        nHits += nutgraf.run(i);
        n[i] = System.nanoTime() - start;
        start = System.nanoTime();
        pHits += plain.run(i);
        p[i] = System.nanoTime() - start;
      } else {
        long start = System.nanoTime();
        pHits += plain.run(i);
        p[i] = System.nanoTime() - start;
        start = System.nanoTime();
        nHits += nutgraf.run(i);
        n[i] = System.nanoTime() - start;
      }
    }
    return new QueryReport(kind, Latency.of(n, nHits), Optional.of(Latency.of(p, pHits)));
  }

  /** The ten most frequent countries and actors of the index. */
  private static FacetResult[] topValues(NewsIndex index) throws IOException {
    var r =
        index.search(
            NewsQuery.builder()
                .pageSize(0)
                .facets(
                    FacetRequest.of(Dimension.COUNTRY).top(VALUES),
                    FacetRequest.of(Dimension.ACTOR).top(VALUES))
                .build());
    return new FacetResult[] {
      r.facet(Dimension.COUNTRY).orElseThrow(), r.facet(Dimension.ACTOR).orElseThrow()
    };
  }

  private static List<String> keys(FacetResult f) {
    return f.values().stream().map(FacetValue::key).toList();
  }

  private List<String> words(int fromRank) {
    List<String> out = new ArrayList<>(WORDS);
    for (int r = fromRank; r < fromRank + WORDS; r++) {
      out.add(corpus.nounAt(r));
    }
    return out;
  }

  private static String at(List<String> list, int i) {
    return list.get(Math.floorMod(i, list.size()));
  }
}
