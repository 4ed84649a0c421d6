package org.nutgraf.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.nutgraf.index.Fields;
import org.nutgraf.query.Dimension;

/**
 * How many live paragraphs hold each value of a dimension, read from the index's term statistics
 * instead of from every paragraph's doc values: a value's document frequency in a segment is the
 * number of its paragraphs, and only the values of deleted paragraphs are read, to take them off.
 * Browsing the whole index so costs in proportion to the distinct values, not the paragraphs.
 *
 * <p>Exact because a paragraph's country, actor, place and language are indexed as terms holding
 * the same values as its facet doc values ({@code DocumentBuilder}); sources are indexed by a
 * folded key and are not counted here.
 */
final class LiveValueCounts {
  private LiveValueCounts() {}

  /**
   * The count of each value of {@code dim} over the paragraphs of {@code every}, empty for a
   * dimension whose terms are not its facet values ({@link Dimension#SOURCE}).
   */
  static Optional<Map<String, Long>> of(EveryParagraph every, Dimension dim) throws IOException {
    String termField = termField(dim);
    if (termField == null) {
      return Optional.empty();
    }
    Map<String, Long> counts = new HashMap<>();
    for (FacetsCollector.MatchingDocs md : every.getMatchingDocs()) {
      LeafReader leaf = md.context().reader();
      Terms terms = leaf.terms(termField);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        counts.merge(term.utf8ToString(), (long) te.docFreq(), Long::sum);
      }
      if (leaf.hasDeletions()) {
        takeOffDeleted(leaf, dim, counts);
      }
    }
    counts.values().removeIf(n -> n <= 0);
    return Optional.of(counts);
  }

  /** Subtracts the values of {@code leaf}'s deleted paragraphs, which document frequency counts. */
  private static void takeOffDeleted(LeafReader leaf, Dimension dim, Map<String, Long> counts)
      throws IOException {
    SortedSetDocValues dv = leaf.getSortedSetDocValues(Fields.facetField(dim.fieldName()));
    Bits live = leaf.getLiveDocs();
    if (dv == null || live == null) {
      return;
    }
    int[] deletedOfOrd = new int[Math.toIntExact(dv.getValueCount())];
    int maxDoc = leaf.maxDoc();
    for (int doc = 0; doc < maxDoc; doc++) {
      if (!live.get(doc) && dv.advanceExact(doc)) {
        for (int i = dv.docValueCount(); i > 0; i--) {
          deletedOfOrd[(int) dv.nextOrd()]++;
        }
      }
    }
    int prefix = dim.fieldName().length() + 1; // "dim U+001F value"
    for (int ord = 0; ord < deletedOfOrd.length; ord++) {
      if (deletedOfOrd[ord] > 0) {
        BytesRef path = dv.lookupOrd(ord);
        String value =
            new String(
                path.bytes, path.offset + prefix, path.length - prefix, StandardCharsets.UTF_8);
        counts.merge(value, (long) -deletedOfOrd[ord], Long::sum);
      }
    }
  }

  /** The term field that holds {@code dim}'s facet values as they are, or null. */
  private static String termField(Dimension dim) {
    return switch (dim) {
      case COUNTRY -> Fields.COUNTRY;
      case ACTOR -> Fields.ACTOR;
      case PLACE -> Fields.PLACE;
      case LANGUAGE -> Fields.LANGUAGE;
      case SOURCE -> null;
    };
  }
}
