package org.nutgraf.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilteredDocIdSetIterator;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.RamUsageEstimator;

/**
 * The matches of a query that matches every paragraph, as a facets collector that has collected
 * nothing: each segment's live paragraphs are read from its live docs when a counter iterates them,
 * so browsing the whole index does not first visit a million documents to note that each matched.
 */
final class EveryParagraph extends FacetsCollector {
  private final List<MatchingDocs> docs;

  private EveryParagraph(List<MatchingDocs> docs) {
    this.docs = docs;
  }

  /** Every live paragraph of {@code reader}. */
  static FacetsCollector of(IndexReader reader) {
    List<MatchingDocs> docs = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      int live = leaf.reader().numDocs();
      if (live > 0) {
        docs.add(new MatchingDocs(leaf, new LiveDocs(leaf), live, null));
      }
    }
    return new EveryParagraph(List.copyOf(docs));
  }

  @Override
  public List<MatchingDocs> getMatchingDocs() {
    return docs;
  }

  /** A segment's live documents: all of them when it has no deletions. */
  private static final class LiveDocs extends DocIdSet {
    private final LeafReaderContext leaf;

    LiveDocs(LeafReaderContext leaf) {
      this.leaf = leaf;
    }

    @Override
    public DocIdSetIterator iterator() throws IOException {
      int maxDoc = leaf.reader().maxDoc();
      Bits live = leaf.reader().getLiveDocs();
      if (live == null) {
        return DocIdSetIterator.all(maxDoc);
      }
      if (live instanceof BitSet set) {
        return new BitSetIterator(set, leaf.reader().numDocs());
      }
      return new FilteredDocIdSetIterator(DocIdSetIterator.all(maxDoc)) {
        @Override
        protected boolean match(int doc) {
          return live.get(doc);
        }
      };
    }

    @Override
    public long ramBytesUsed() {
      return RamUsageEstimator.shallowSizeOfInstance(LiveDocs.class);
    }
  }
}
