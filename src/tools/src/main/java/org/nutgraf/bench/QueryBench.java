package org.nutgraf.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.nutgraf.NewsIndex;
import org.nutgraf.query.DateFacetRequest;
import org.nutgraf.query.DateInterval;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.FacetRequest;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.query.SortOrder;
import org.nutgraf.search.FacetResult;
import org.nutgraf.search.FacetValue;

/**
 * Times each {@link QueryKind} on a Nutgraf index through {@link NewsIndex#search} and, where it
 * has one, through {@link PlainQueries} on the same index, alternating run by run, after half as
 * many warm-up runs; wall and CPU time of each run. Words, countries and actors change from run to
 * run, from fixed lists, so no cache makes a query free.
 */
final class QueryBench {
  /** Noun ranks of the selective words: each in well under 1% of paragraphs. */
  private static final int SELECTIVE_FROM = 100;

  /** Noun ranks of the grouped words: each in a few percent of paragraphs. */
  private static final int COMMON_FROM = 20;

  private static final int WORDS = 20;

  /** Hits a page when many are shown. */
  private static final int PAGE = 100;

  /** How deep the deep page starts. */
  private static final int DEEP = 5_000;

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
      out.add(
          time(
              QueryKind.COOCCURRENCE,
              i -> index.search(NewsQuery.builder().cooccurrence().build()).totalHits(),
              null));
      out.add(
          time(
              QueryKind.FOUR_FACETS,
              i -> index.search(withFourFacets(NewsQuery.builder())).totalHits(),
              i -> plain.fourFacets()));
      List<String> commonest = words(0);
      out.add(
          time(
              QueryKind.BROAD_FOUR_FACETS,
              i ->
                  index
                      .search(withFourFacets(NewsQuery.builder().text(at(commonest, i))))
                      .totalHits(),
              i -> plain.broadFourFacets(at(commonest, i))));
      out.add(
          time(
              QueryKind.DATE_HISTOGRAM,
              i ->
                  index
                      .search(
                          NewsQuery.builder()
                              .facets(new Dimension[0])
                              .dateFacet(DateFacetRequest.by(DateInterval.MONTH))
                              .build())
                      .totalHits(),
              i -> plain.dateHistogram()));
      out.add(
          time(
              QueryKind.HIGHLIGHT,
              i ->
                  index
                      .search(
                          NewsQuery.builder()
                              .text(at(common, i))
                              .pageSize(PAGE)
                              .highlight()
                              .facets(new Dimension[0])
                              .build())
                      .totalHits(),
              i -> plain.highlight(at(common, i))));
      List<Page> pages = deepPages(index, plain, words(0));
      if (!pages.isEmpty()) {
        out.add(
            time(
                QueryKind.DEEP_PAGING,
                i -> index.search(at(pages, i).query()).totalHits(),
                i -> plain.deepPage(at(pages, i).word(), at(pages, i).plainAfter())));
      }
    }
    return out;
  }

  /** {@code b}'s query counting the country, actor, source and place facets. */
  private static NewsQuery withFourFacets(NewsQuery.Builder b) {
    return b.facets(Dimension.COUNTRY, Dimension.ACTOR, Dimension.SOURCE, Dimension.PLACE).build();
  }

  /** Times {@code nutgraf} and, unless null, {@code plain}, alternating which goes first. */
  private QueryReport time(QueryKind kind, Call nutgraf, Call plain) throws IOException {
    int warm = Math.max(10, runs / 2);
    for (int i = 0; i < warm; i++) {
      nutgraf.run(i);
      if (plain != null) {
        plain.run(i);
      }
    }
    Timings n = new Timings(runs);
    Timings p = new Timings(runs);
    for (int i = 0; i < runs; i++) {
      // alternate which goes first, so that neither always finds the caches the other left
      if (i % 2 == 0 || plain == null) {
        n.time(nutgraf, i);
        if (plain != null) {
          p.time(plain, i);
        }
      } else {
        p.time(plain, i);
        n.time(nutgraf, i);
      }
    }
    return new QueryReport(
        kind, n.latency(), plain == null ? Optional.empty() : Optional.of(p.latency()));
  }

  /** Wall and CPU times of the runs of one call. */
  private static final class Timings {
    private final long[] wall;
    private final long[] cpu;
    private long hits;

    Timings(int runs) {
      wall = new long[runs];
      cpu = new long[runs];
    }

    void time(Call call, int i) throws IOException {
      // every Java thread's CPU: a search also counts on the index's search threads, and the
      // process's own clock ticks too coarsely (10 ms) for a search of a few milliseconds
      long cpu0 = CpuClock.javaThreads();
      long wall0 = System.nanoTime();
      hits += call.run(i);
      wall[i] = System.nanoTime() - wall0;
      cpu[i] = CpuClock.javaThreads() - cpu0;
    }

    Latency latency() {
      return Latency.of(wall, cpu, hits);
    }
  }

  /** A deep page of one word's hits: Nutgraf's query with its cursor, plain Lucene's position. */
  private record Page(String word, NewsQuery query, FieldDoc plainAfter) {}

  /**
   * For each of the most common words with more than a page of hits, the page {@link #DEEP} hits
   * deep (or as deep as its hits go, on a small corpus), reached by walking Nutgraf's cursors page
   * by page before any clock starts.
   */
  private static List<Page> deepPages(NewsIndex index, PlainQueries plain, List<String> words)
      throws IOException {
    List<Page> out = new ArrayList<>();
    for (String word : words.subList(0, Math.min(VALUES, words.size()))) {
      NewsQuery q =
          NewsQuery.builder()
              .text(word)
              .sort(SortOrder.NEWEST)
              .pageSize(PAGE)
              .facets(new Dimension[0])
              .build();
      NewsQuery at = q;
      int depth = 0;
      while (depth < DEEP) {
        Optional<String> next = index.search(at).next();
        if (next.isEmpty()) {
          break;
        }
        at = q.after(next.get());
        depth += PAGE;
      }
      if (depth > 0) {
        out.add(new Page(word, at, plain.positionAt(word, depth)));
      }
    }
    return out;
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

  private static <T> T at(List<T> list, int i) {
    return list.get(Math.floorMod(i, list.size()));
  }
}
