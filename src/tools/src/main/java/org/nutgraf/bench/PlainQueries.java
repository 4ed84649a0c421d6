package org.nutgraf.bench;

import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.grouping.GroupDocs;
import org.apache.lucene.search.grouping.GroupingSearch;
import org.apache.lucene.search.grouping.TopGroups;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.nutgraf.index.DocumentBuilder;
import org.nutgraf.index.Fields;

/**
 * The bench's queries written by hand against Lucene on a Nutgraf index, as a Lucene user would:
 * top ten by score, stored fields of each hit, facets from cached ordinal states, months as range
 * facets, the unified highlighter, search-after. Each method returns the number of matching
 * paragraphs.
 */
final class PlainQueries {
  private static final int TOP = 10;
  private static final int PAGE = 100;

  /** The dimensions of the four-facet query, as Nutgraf's query names them. */
  private static final List<String> FOUR =
      List.of(Fields.DIM_COUNTRY, Fields.DIM_ACTOR, Fields.DIM_SOURCE, Fields.DIM_PLACE);

  private static final String COUNTRY = Fields.DIM_COUNTRY;
  private static final String ACTOR = Fields.DIM_ACTOR;

  /** The dimensions most queries count. */
  private static final List<String> TWO = List.of(COUNTRY, ACTOR);

  private final IndexSearcher searcher;
  private final FacetsConfig config = DocumentBuilder.facetsConfig();
  private final Map<String, SortedSetDocValuesReaderState> states = new HashMap<>();
  private final LongRange[] months;
  private final Analyzer analyzer =
      new PerFieldAnalyzerWrapper(
          new StandardAnalyzer(), Map.of(Fields.COUNTRY, new KeywordAnalyzer()));

  PlainQueries(IndexReader reader) throws IOException {
    searcher = new IndexSearcher(reader);
    for (String dim : Fields.DIMENSIONS) {
      if (FieldInfos.getMergedFieldInfos(reader).fieldInfo(Fields.facetField(dim)) != null) {
        states.put(
            dim, new DefaultSortedSetDocValuesReaderState(reader, Fields.facetField(dim), config));
      }
    }
    months = months(reader);
  }

  /** Month ranges from the first to the last publication date, as a user would build them. */
  private static LongRange[] months(IndexReader reader) throws IOException {
    byte[] min = PointValues.getMinPackedValue(reader, Fields.PUBLISHED);
    byte[] max = PointValues.getMaxPackedValue(reader, Fields.PUBLISHED);
    if (min == null) {
      return new LongRange[0];
    }
    YearMonth first = month(LongPoint.decodeDimension(min, 0));
    YearMonth last = month(LongPoint.decodeDimension(max, 0));
    List<LongRange> out = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      out.add(new LongRange(m.toString(), startOf(m), true, startOf(m.plusMonths(1)), false));
    }
    return out.toArray(new LongRange[0]);
  }

  private static YearMonth month(long epochMs) {
    return YearMonth.from(Instant.ofEpochMilli(epochMs).atOffset(ZoneOffset.UTC));
  }

  private static long startOf(YearMonth m) {
    return m.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  long selective(String word) throws IOException {
    return topAndFacets(new TermQuery(new Term(Fields.TEXT, word)), TWO);
  }

  /**
   * Every paragraph, top hits and two facets; the facets counted straight from every live
   * paragraph's doc values, as Lucene offers for browsing (Nutgraf reads its term statistics
   * instead).
   */
  long matchAll() throws IOException {
    // every paragraph matches: the top documents alone, and the facets from the doc values
    TopDocs top = searcher.search(MatchAllDocsQuery.INSTANCE, TOP);
    for (String dim : TWO) {
      countAll(dim);
    }
    load(top);
    return searcher.getIndexReader().numDocs();
  }

  /** The top values of {@code dim} over every live paragraph; nothing without the field. */
  private void countAll(String dim) throws IOException {
    SortedSetDocValuesReaderState state = states.get(dim);
    if (state != null) {
      new SortedSetDocValuesFacetCounts(state).getTopChildren(TOP, dim);
    }
  }

  long fourFacets() throws IOException {
    // every paragraph matches: the top documents alone, and the facets from the doc values
    TopDocs top = searcher.search(MatchAllDocsQuery.INSTANCE, TOP);
    for (String dim : FOUR) {
      countAll(dim);
    }
    load(top);
    return searcher.getIndexReader().numDocs();
  }

  /** A word's top hits and all four facets, counted from its matches. */
  long broadFourFacets(String word) throws IOException {
    return topAndFacets(new TermQuery(new Term(Fields.TEXT, word)), FOUR);
  }

  long dateHistogram() throws IOException {
    FacetsCollectorManager.FacetsResult r =
        FacetsCollectorManager.search(
            searcher, MatchAllDocsQuery.INSTANCE, TOP, new FacetsCollectorManager());
    new LongRangeFacetCounts(Fields.PUBLISHED, r.facetsCollector(), months)
        .getAllChildren(Fields.PUBLISHED);
    load(r.topDocs());
    return hits(r.facetsCollector());
  }

  /** The top hundred paragraphs with the word, each highlighted. */
  long highlight(String word) throws IOException {
    Query q = new TermQuery(new Term(Fields.TEXT, word));
    TopDocs top = searcher.search(q, new TopScoreDocCollectorManager(PAGE, Integer.MAX_VALUE));
    load(top);
    UnifiedHighlighter.builder(searcher, analyzer).build().highlight(Fields.TEXT, q, top, 1);
    return top.totalHits.value();
  }

  /** Newest first, as Nutgraf sorts: date, then paragraph id. */
  static Sort newest() {
    SortField date = new SortField(Fields.PUBLISHED, SortField.Type.LONG, true);
    date.setMissingValue(Long.MIN_VALUE);
    return new Sort(date, new SortField(Fields.ID, SortField.Type.STRING));
  }

  /** The last hit of the first {@code depth} with the word, newest first: where a page starts. */
  FieldDoc positionAt(String word, int depth) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(Fields.TEXT, word)), depth, newest());
    return top.scoreDocs.length == 0 ? null : (FieldDoc) top.scoreDocs[top.scoreDocs.length - 1];
  }

  /** The page of a hundred after {@code after}, newest first. */
  long deepPage(String word, FieldDoc after) throws IOException {
    TopDocs top =
        searcher.search(
            new TermQuery(new Term(Fields.TEXT, word)),
            new TopFieldCollectorManager(newest(), PAGE, after, Integer.MAX_VALUE));
    load(top);
    return top.totalHits.value();
  }

  long parsed(String word, String countryCode) throws IOException {
    try {
      QueryParser parser = new QueryParser(Fields.TEXT, analyzer);
      return topAndFacets(
          parser.parse("+" + word + " +" + Fields.COUNTRY + ":" + countryCode), TWO);
    } catch (ParseException e) {
      throw new IllegalArgumentException("bench query does not parse: " + e.getMessage(), e);
    }
  }

  long drillSideways(String countryCode, String actorKey) throws IOException {
    DrillDownQuery ddq = new DrillDownQuery(config);
    ddq.add(COUNTRY, new TermQuery(new Term(Fields.COUNTRY, countryCode)));
    ddq.add(ACTOR, new TermQuery(new Term(Fields.ACTOR, actorKey)));
    DrillSideways ds =
        new DrillSideways(searcher, config, (SortedSetDocValuesReaderState) null) {
          @Override
          protected Facets buildFacetsResult(
              FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] dims)
              throws IOException {
            Map<String, Facets> byDim = new HashMap<>();
            for (String dim : TWO) {
              FacetsCollector fc = drillDowns;
              for (int i = 0; i < dims.length; i++) {
                if (dims[i].equals(dim)) {
                  fc = drillSideways[i];
                }
              }
              byDim.put(dim, new SortedSetDocValuesFacetCounts(states.get(dim), fc));
            }
            return new MultiFacets(byDim);
          }
        };
    DrillSideways.DrillSidewaysResult r = ds.search(ddq, TOP);
    r.facets.getTopChildren(TOP, COUNTRY);
    r.facets.getTopChildren(TOP, ACTOR);
    load(r.hits);
    return hits(r.drillDownFacetsCollector);
  }

  long grouped(String word) throws IOException {
    Query q = new TermQuery(new Term(Fields.TEXT, word));
    FacetsCollector fc = searcher.search(q, new FacetsCollectorManager());
    facets(fc, TWO);
    GroupingSearch grouping = new GroupingSearch(Fields.ARTICLE).setGroupDocsLimit(3);
    grouping.setAllGroups(true);
    TopGroups<BytesRef> groups = grouping.search(searcher, q, 0, TOP);
    StoredFields stored = searcher.storedFields();
    for (GroupDocs<BytesRef> g : groups.groups) {
      for (ScoreDoc sd : g.scoreDocs()) {
        stored.document(sd.doc);
      }
    }
    return groups.totalHitCount;
  }

  private long topAndFacets(Query q, List<String> dims) throws IOException {
    FacetsCollectorManager.FacetsResult r =
        FacetsCollectorManager.search(searcher, q, TOP, new FacetsCollectorManager());
    facets(r.facetsCollector(), dims);
    load(r.topDocs());
    return hits(r.facetsCollector());
  }

  private void facets(FacetsCollector fc, List<String> dims) throws IOException {
    for (String dim : dims) {
      // an index without any actor (or country) has no facet field to count
      SortedSetDocValuesReaderState state = states.get(dim);
      if (state != null) {
        new SortedSetDocValuesFacetCounts(state, fc).getTopChildren(TOP, dim);
      }
    }
  }

  /** Matching paragraphs, counted exactly (top-docs totals may be a lower bound). */
  private static long hits(FacetsCollector fc) {
    long n = 0;
    for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
      n += md.totalHits();
    }
    return n;
  }

  private void load(TopDocs top) throws IOException {
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : top.scoreDocs) {
      stored.document(sd.doc);
    }
  }
}
