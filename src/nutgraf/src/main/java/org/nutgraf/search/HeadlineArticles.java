package org.nutgraf.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.nutgraf.index.Fields;
import org.nutgraf.index.NewsSearcher;

/**
 * The articles whose headline matches a query. A headline is indexed on an article's first
 * paragraph only, so "-headline:football" excludes the articles found here by id.
 */
final class HeadlineArticles {
  private HeadlineArticles() {}

  /** Ids of the articles whose first paragraph matches {@code query}, in index order. */
  static Set<String> matching(NewsSearcher searcher, Query query) {
    Set<String> ids = new LinkedHashSet<>();
    try {
      Query first =
          new BooleanQuery.Builder()
              .add(query, Occur.FILTER)
              .add(IntPoint.newExactQuery(Fields.ORDINAL, 0), Occur.FILTER)
              .build();
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      if (leaves.isEmpty()) {
        return ids;
      }
      Weight weight =
          searcher.createWeight(searcher.rewrite(first), ScoreMode.COMPLETE_NO_SCORES, 1);
      for (LeafReaderContext leaf : leaves) {
        SortedDocValues dv = leaf.reader().getSortedDocValues(Fields.ARTICLE);
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null || dv == null) {
          continue;
        }
        DocIdSetIterator it = scorer.iterator();
        Bits live = leaf.reader().getLiveDocs();
        for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
          if ((live == null || live.get(d)) && dv.advanceExact(d)) {
            ids.add(dv.lookupOrd(dv.ordValue()).utf8ToString());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }
}
