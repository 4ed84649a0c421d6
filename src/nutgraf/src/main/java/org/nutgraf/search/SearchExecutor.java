package org.nutgraf.search;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.nutgraf.entity.ActorDictionary;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.index.DocumentBuilder;
import org.nutgraf.index.NewsSearcher;
import org.nutgraf.index.TextLanguages;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.FacetRequest;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.query.UnknownValueException;

/**
 * Runs a {@link NewsQuery} on one searcher: resolves its names ({@link Resolution}), compiles it,
 * finds the matches ({@link FlatSearch}, or {@link SidewaysSearch} when facet values are selected),
 * counts facets, and reads a page of paragraphs ({@link ParagraphPage}) or articles ({@link
 * ArticlePage}).
 */
public final class SearchExecutor {
  private final NewsSearcher searcher;
  private final FacetsConfig config;
  private final Analyzer analyzer;
  private final EntityResolver names;
  private final QueryCompiler compiler;
  private final Cursors cursors;
  private final Clock clock;

  /** The facet configuration every Nutgraf index is written with. */
  private static final FacetsConfig FACETS = DocumentBuilder.facetsConfig();

  /**
   * An executor over one searcher of a {@code NewsIndex}, resolving names with {@code gazetteer},
   * {@code dictionary} and the searcher's actors.
   *
   * @throws IllegalArgumentException if {@code searcher} is not one a {@code NewsIndex} made
   */
  public SearchExecutor(
      IndexSearcher searcher,
      Analyzer analyzer,
      Gazetteer gazetteer,
      ActorDictionary dictionary,
      Cursors cursors,
      Clock clock) {
    if (!(searcher instanceof NewsSearcher news)) {
      throw new IllegalArgumentException("searcher: not one a NewsIndex made");
    }
    this.searcher = news;
    this.config = FACETS;
    this.analyzer = analyzer;
    this.names = EntityResolver.of(gazetteer, dictionary, news);
    this.compiler =
        new QueryCompiler(
            analyzer, TextLanguages.textFields(), q -> HeadlineArticles.matching(news, q));
    this.cursors = cursors;
    this.clock = clock;
  }

  /**
   * Runs the query.
   *
   * @throws UnknownValueException for an unknown country, actor or place
   * @throws InvalidCursorException for a malformed, forged, expired or foreign cursor
   * @throws IOException if the index cannot be read
   */
  public SearchResult search(NewsQuery q) throws IOException {
    Resolution resolved = Resolution.of(q, names);
    Query base = compiler.compile(resolved.where());
    Map<Dimension, Query> selections = new EnumMap<>(Dimension.class);
    resolved.selections().forEach((d, keys) -> selections.put(d, compiler.selection(d, keys)));
    long hash = Cursors.queryHash(q);
    Cursors.Position position =
        q.after().map(c -> cursors.decode(c, hash, clock.instant())).orElse(null);
    boolean grouped = q.paragraphsPerArticle().isPresent();
    Sort sort = SearchSort.of(q.sort());
    // grouped pages are read by the grouping search; the top documents are not needed
    int wanted = grouped ? 1 : q.pageSize() + 1;
    FieldDoc after = position == null ? null : position.after();
    Matches matches =
        selections.isEmpty()
            ? FlatSearch.run(searcher, base, sort, after, wanted)
            : SidewaysSearch.run(searcher, config, base, selections, sort, after, wanted);

    FacetCounter counter = new FacetCounter(searcher, names);
    // each dimension counted by a task: side by side when the searcher has threads to share
    List<Callable<FacetResult>> counts = new ArrayList<>();
    for (FacetRequest req : q.facets()) {
      FacetsCollector fc = matches.forFacet(req.dimension());
      counts.add(() -> counter.count(req, fc, resolved.facetKeys(req.dimension())));
    }
    List<FacetResult> facets = searcher.getTaskExecutor().invokeAll(counts);
    Optional<List<DateBucket>> dates = Optional.empty();
    if (q.dateFacet().isPresent()) {
      dates =
          Optional.of(new DateFacetCounter(searcher).count(q.dateFacet().get(), matches.main()));
    }
    Optional<CooccurrenceTable> cooccurrence = Optional.empty();
    if (q.cooccurrence()) {
      FacetResult actors = topOfMain(Dimension.ACTOR, q, facets, matches, counter);
      FacetResult countries = topOfMain(Dimension.COUNTRY, q, facets, matches, counter);
      cooccurrence =
          Optional.of(
              CooccurrenceCounter.count(
                  actors, countries, matches.main(), searcher.getTaskExecutor()));
    }

    PageContext page =
        new PageContext(
            new HitLoader(searcher, analyzer, q.highlighting()),
            HighlightQuery.of(base),
            cursors,
            hash,
            clock.instant());
    if (grouped) {
      ArticlePage articles =
          ArticlePage.search(
              searcher,
              withSelections(base, selections),
              sort,
              q.paragraphsPerArticle().getAsInt(),
              position == null ? 0 : position.groupOffset(),
              q.pageSize(),
              page);
      return new SearchResult(
          matches.totalHits(),
          OptionalLong.of(articles.totalArticles()),
          List.of(),
          articles.articles(),
          articles.next(),
          facets,
          dates,
          cooccurrence);
    }
    ParagraphPage paragraphs = ParagraphPage.of(matches.top(), q.pageSize(), page);
    return new SearchResult(
        matches.totalHits(),
        OptionalLong.empty(),
        paragraphs.hits(),
        List.of(),
        paragraphs.next(),
        facets,
        dates,
        cooccurrence);
  }

  /**
   * The top values of a dimension over the matching paragraphs: the facet already counted when the
   * query asked for it plainly (the default top, not counted sideways), else counted now.
   */
  private static FacetResult topOfMain(
      Dimension dim, NewsQuery q, List<FacetResult> facets, Matches matches, FacetCounter counter)
      throws IOException {
    FacetRequest plain = FacetRequest.of(dim);
    int i = q.facets().indexOf(plain);
    if (i >= 0 && !matches.sideways().containsKey(dim)) {
      return facets.get(i);
    }
    return counter.count(plain, matches.main(), Set.of());
  }

  /** The conditions filtered by every selection: what grouping by article searches. */
  private static Query withSelections(Query base, Map<Dimension, Query> selections) {
    if (selections.isEmpty()) {
      return base;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(base, Occur.MUST);
    selections.values().forEach(s -> b.add(s, Occur.FILTER));
    return b.build();
  }
}
