package org.nutgraf.search;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.grouping.GroupDocs;
import org.apache.lucene.search.grouping.GroupingSearch;
import org.apache.lucene.search.grouping.TopGroups;
import org.apache.lucene.util.BytesRef;
import org.nutgraf.entity.ActorDictionary;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.index.Fields;
import org.nutgraf.index.NewsSearcher;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.FacetRequest;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.query.SortOrder;

/**
 * Runs a {@link NewsQuery} on one searcher: hits with search-after paging, multi-select facets
 * through drill-sideways, article grouping, highlights, date facets and co-occurrence.
 */
public final class SearchExecutor {
  private final NewsSearcher searcher;
  private final FacetsConfig config;
  private final Analyzer analyzer;
  private final EntityResolver names;
  private final QueryCompiler compiler;
  private final Cursors cursors;
  private final Clock clock;

  /**
   * An executor over one searcher, resolving names with {@code gazetteer}, {@code dictionary} and
   * the searcher's actors.
   */
  public SearchExecutor(
      NewsSearcher searcher,
      FacetsConfig config,
      Analyzer analyzer,
      Gazetteer gazetteer,
      ActorDictionary dictionary,
      Cursors cursors,
      Clock clock) {
    this.searcher = searcher;
    this.config = config;
    this.analyzer = analyzer;
    this.names = EntityResolver.of(gazetteer, dictionary, searcher);
    this.compiler = new QueryCompiler(analyzer, this::articlesMatching);
    this.cursors = cursors;
    this.clock = clock;
  }

  /**
   * Runs the query.
   *
   * @throws org.nutgraf.query.UnknownValueException for an unknown country, actor or place
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
    // relevance is score, then index order: Lucene's cheapest top-N; dates sort by a field
    Sort sort = sortOf(q.sort());
    int wanted = grouped ? 0 : q.pageSize();
    FieldDoc after = position == null ? null : position.after();

    FacetsCollector main;
    Map<Dimension, FacetsCollector> sideways = new EnumMap<>(Dimension.class);
    TopDocs top;
    if (selections.isEmpty()) {
      FacetsCollectorManager.FacetsResult r =
          sort == null
              ? FacetsCollectorManager.searchAfter(
                  searcher, after, base, wanted + 1, new FacetsCollectorManager())
              : FacetsCollectorManager.searchAfter(
                  searcher, after, base, wanted + 1, sort, new FacetsCollectorManager());
      main = r.facetsCollector();
      top = r.topDocs();
    } else {
      DrillDownQuery ddq = new DrillDownQuery(config, base);
      selections.forEach((d, query) -> ddq.add(d.fieldName(), query));
      DrillSideways.DrillSidewaysResult r =
          sort == null
              ? new Sideways(searcher, config).search(after, ddq, wanted + 1)
              : new Sideways(searcher, config).search(ddq, null, after, wanted + 1, sort, true);
      main = r.drillDownFacetsCollector;
      top = r.hits;
      for (int i = 0; i < r.drillSidewaysDims.length; i++) {
        sideways.put(Dimension.of(r.drillSidewaysDims[i]), r.drillSidewaysFacetsCollector[i]);
      }
    }
    long totalHits = 0;
    for (FacetsCollector.MatchingDocs md : main.getMatchingDocs()) {
      totalHits += md.totalHits();
    }

    FacetCounter counter = new FacetCounter(searcher, names);
    List<FacetResult> facets = new ArrayList<>();
    for (FacetRequest req : q.facets()) {
      FacetsCollector fc = sideways.getOrDefault(req.dimension(), main);
      facets.add(counter.count(req, fc, resolved.facetKeys(req.dimension())));
    }
    Optional<List<DateBucket>> dates =
        q.dateFacet().isPresent()
            ? Optional.of(counter.dates(q.dateFacet().get(), main))
            : Optional.empty();
    Optional<CooccurrenceTable> cooccurrence = Optional.empty();
    if (q.cooccurrence()) {
      FacetResult actors = topOfMain(Dimension.ACTOR, q, facets, sideways, counter, main);
      FacetResult countries = topOfMain(Dimension.COUNTRY, q, facets, sideways, counter, main);
      cooccurrence = Optional.of(counter.cooccurrence(actors, countries, main));
    }

    HitLoader loader = new HitLoader(searcher, analyzer, q.highlighting());
    List<Hit> hits = new ArrayList<>();
    List<ArticleHit> articles = new ArrayList<>();
    Optional<String> next = Optional.empty();
    OptionalLong totalArticles = OptionalLong.empty();
    if (grouped) {
      int offset = position == null ? 0 : position.groupOffset();
      Query filtered = withSelections(base, selections);
      GroupingSearch grouping =
          new GroupingSearch(Fields.ARTICLE)
              .setGroupSort(sort == null ? Sort.RELEVANCE : sort)
              .setSortWithinGroup(sort == null ? Sort.RELEVANCE : sort)
              .setGroupDocsLimit(q.paragraphsPerArticle().getAsInt())
              .setAllGroups(true);
      TopGroups<BytesRef> groups =
          grouping.search(searcher, filtered, offset, Math.max(1, q.pageSize() + 1));
      totalArticles = OptionalLong.of(groups.totalGroupCount == null ? 0 : groups.totalGroupCount);
      int shown = 0;
      for (GroupDocs<BytesRef> g : groups.groups) {
        if (shown == q.pageSize()) {
          next = Optional.of(cursors.encode(hash, null, offset + shown, clock.instant()));
          break;
        }
        List<Hit> paragraphs = new ArrayList<>();
        for (ScoreDoc sd : g.scoreDocs()) {
          paragraphs.add(loader.load(sd.doc, score(sd), base));
        }
        String id = g.groupValue() == null ? "" : g.groupValue().utf8ToString();
        String headline = paragraphs.isEmpty() ? "" : paragraphs.get(0).headline();
        articles.add(new ArticleHit(id, headline, g.totalHits().value(), paragraphs));
        shown++;
      }
    } else if (q.pageSize() > 0) {
      ScoreDoc[] docs = top.scoreDocs;
      for (int i = 0; i < docs.length && i < q.pageSize(); i++) {
        hits.add(loader.load(docs[i].doc, score(docs[i]), base));
      }
      if (docs.length > q.pageSize()) {
        ScoreDoc last = docs[q.pageSize() - 1];
        FieldDoc position2 =
            last instanceof FieldDoc fd ? fd : new FieldDoc(last.doc, last.score, new Object[0]);
        next = Optional.of(cursors.encode(hash, position2, 0, clock.instant()));
      }
    }
    return new SearchResult(
        totalHits, totalArticles, hits, articles, next, facets, dates, cooccurrence);
  }

  /**
   * The top values of a dimension over the matching paragraphs: the facet already counted when the
   * query asked for it plainly (the default top, not counted sideways), else counted now.
   */
  private static FacetResult topOfMain(
      Dimension dim,
      NewsQuery q,
      List<FacetResult> facets,
      Map<Dimension, FacetsCollector> sideways,
      FacetCounter counter,
      FacetsCollector main)
      throws IOException {
    FacetRequest plain = FacetRequest.of(dim);
    int i = q.facets().indexOf(plain);
    if (i >= 0 && !sideways.containsKey(dim)) {
      return facets.get(i);
    }
    return counter.count(plain, main, Set.of());
  }

  /** Ids of the articles whose first paragraph matches {@code query}. */
  private Set<String> articlesMatching(Query query) {
    Set<String> ids = new LinkedHashSet<>();
    try {
      Query first =
          new BooleanQuery.Builder()
              .add(query, Occur.FILTER)
              .add(
                  org.apache.lucene.document.IntPoint.newExactQuery(Fields.ORDINAL, 0),
                  Occur.FILTER)
              .build();
      var leaves = searcher.getIndexReader().leaves();
      if (leaves.isEmpty()) {
        return ids;
      }
      var weight =
          searcher.createWeight(
              searcher.rewrite(first), org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1);
      for (var leaf : leaves) {
        var dv = leaf.reader().getSortedDocValues(Fields.ARTICLE);
        var scorer = weight.scorer(leaf);
        if (scorer == null || dv == null) {
          continue;
        }
        var it = scorer.iterator();
        var live = leaf.reader().getLiveDocs();
        for (int d = it.nextDoc();
            d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
            d = it.nextDoc()) {
          if ((live == null || live.get(d)) && dv.advanceExact(d)) {
            ids.add(dv.lookupOrd(dv.ordValue()).utf8ToString());
          }
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return ids;
  }

  private static float score(ScoreDoc sd) {
    if (sd instanceof FieldDoc fd && fd.fields.length > 0 && fd.fields[0] instanceof Float f) {
      return f;
    }
    return sd.score;
  }

  private static Query withSelections(Query base, Map<Dimension, Query> selections) {
    if (selections.isEmpty()) {
      return base;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(base, Occur.MUST);
    selections.values().forEach(s -> b.add(s, Occur.FILTER));
    return b.build();
  }

  /**
   * Date orders end with the paragraph id, so their cursors stay exact while the index changes;
   * relevance ranks ties in index order, exact while the index does not change.
   */
  static Sort sortOf(SortOrder order) {
    SortField id = new SortField(Fields.ID, SortField.Type.STRING);
    return switch (order) {
      case RELEVANCE -> null;
      case NEWEST -> {
        SortField f = new SortField(Fields.PUBLISHED, SortField.Type.LONG, true);
        f.setMissingValue(Long.MIN_VALUE);
        yield new Sort(f, id);
      }
      case OLDEST -> {
        SortField f = new SortField(Fields.PUBLISHED, SortField.Type.LONG, false);
        f.setMissingValue(Long.MAX_VALUE);
        yield new Sort(f, id);
      }
    };
  }

  /** Drill-sideways that leaves facet counting to {@link FacetCounter}. */
  private static final class Sideways extends DrillSideways {
    Sideways(NewsSearcher searcher, FacetsConfig config) {
      super(searcher, config, (SortedSetDocValuesReaderState) null);
    }

    @Override
    protected Facets buildFacetsResult(
        FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] dims) {
      return null;
    }
  }
}
