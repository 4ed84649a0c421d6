package org.nutgraf.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.TaskExecutor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.nutgraf.index.Fields;
import org.nutgraf.query.Dimension;

/** Counts the paragraphs that mention an actor and a country together, for the top of each. */
final class CooccurrenceCounter {
  /** Bit sets a segment's count may hold at once: past this, doc values are read instead. */
  private static final long MAX_SET_BYTES = 64L << 20;

  private CooccurrenceCounter() {}

  /**
   * Paragraphs of {@code fc} that mention each of the top actors with each of the top countries.
   * Per segment, whichever costs less: over many matches, bit sets of the top values' paragraphs
   * from their postings, each cell the size of an intersection; over few, the doc values of the
   * matches that name an actor, mapped to rows and columns through {@code int[]}s indexed by
   * ordinal. Segments are counted by tasks of {@code tasks}, side by side when it has threads.
   */
  static CooccurrenceTable count(
      FacetResult actors, FacetResult countries, FacetsCollector fc, TaskExecutor tasks)
      throws IOException {
    List<String> actorKeys = actors.values().stream().map(FacetValue::key).toList();
    List<String> countryKeys = countries.values().stream().map(FacetValue::key).toList();
    List<Callable<long[][]>> segments = new ArrayList<>();
    for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
      if (md.totalHits() > 0) {
        segments.add(() -> countSegment(md, actorKeys, countryKeys));
      }
    }
    long[][] counts = new long[actorKeys.size()][countryKeys.size()];
    for (long[][] segment : tasks.invokeAll(segments)) {
      for (int r = 0; r < counts.length; r++) {
        for (int col = 0; col < counts[r].length; col++) {
          counts[r][col] += segment[r][col];
        }
      }
    }
    List<CooccurrenceTable.Cell> cells = new ArrayList<>();
    for (int r = 0; r < actorKeys.size(); r++) {
      for (int col = 0; col < countryKeys.size(); col++) {
        if (counts[r][col] > 0) {
          cells.add(
              new CooccurrenceTable.Cell(actorKeys.get(r), countryKeys.get(col), counts[r][col]));
        }
      }
    }
    return new CooccurrenceTable(actors.values(), countries.values(), cells);
  }

  /**
   * The counts of one segment's matches, by row (actor) and column (country): from bit sets of the
   * wanted values' paragraphs when reading their postings costs less than reading the doc values of
   * every match, else from the doc values.
   */
  private static long[][] countSegment(
      FacetsCollector.MatchingDocs md, List<String> actorKeys, List<String> countryKeys)
      throws IOException {
    LeafReader leaf = md.context().reader();
    List<PostingsEnum> rows = postings(leaf, Fields.ACTOR, actorKeys);
    List<PostingsEnum> cols = postings(leaf, Fields.COUNTRY, countryKeys);
    long postingsRead = cost(rows) + cost(cols);
    long setBytes = (long) (cols.size() + 1) * (leaf.maxDoc() / 8 + 8);
    // a doc-values read costs several postings reads; each pair's intersection is one pass over
    // two sets a 64th of the segment's size
    long setsCost = postingsRead + (long) rows.size() * cols.size() * (leaf.maxDoc() / 64);
    if (setBytes <= MAX_SET_BYTES && setsCost < 4L * md.totalHits()) {
      return countBySets(md, rows, cols);
    }
    return byDocValues(md, actorKeys, countryKeys);
  }

  /** A segment's counts from bit sets, whatever the cost. */
  static long[][] bySets(
      FacetsCollector.MatchingDocs md, List<String> actorKeys, List<String> countryKeys)
      throws IOException {
    LeafReader leaf = md.context().reader();
    return countBySets(
        md, postings(leaf, Fields.ACTOR, actorKeys), postings(leaf, Fields.COUNTRY, countryKeys));
  }

  /** The documents {@code postings} hold together. */
  private static long cost(List<PostingsEnum> postings) {
    long n = 0;
    for (PostingsEnum pe : postings) {
      n += pe == null ? 0 : pe.cost();
    }
    return n;
  }

  /** Each wanted value's postings in {@code field} of {@code leaf}, null where it has none. */
  private static List<PostingsEnum> postings(LeafReader leaf, String field, List<String> keys)
      throws IOException {
    List<PostingsEnum> out = new ArrayList<>(keys.size());
    Terms terms = leaf.terms(field);
    TermsEnum te = terms == null ? null : terms.iterator();
    for (String key : keys) {
      out.add(
          te != null && te.seekExact(new BytesRef(key))
              ? te.postings(null, PostingsEnum.NONE)
              : null);
    }
    return out;
  }

  /**
   * Counts by bit sets: one per country of the matches that name it, then, an actor at a time, the
   * size of the intersection of the actor's set with each country's.
   */
  private static long[][] countBySets(
      FacetsCollector.MatchingDocs md, List<PostingsEnum> rows, List<PostingsEnum> cols)
      throws IOException {
    long[][] counts = new long[rows.size()][cols.size()];
    int maxDoc = md.context().reader().maxDoc();
    FixedBitSet matches = new FixedBitSet(maxDoc);
    matches.or(md.bits().iterator());
    FixedBitSet[] countrySets = new FixedBitSet[cols.size()];
    for (int col = 0; col < cols.size(); col++) {
      if (cols.get(col) != null) {
        countrySets[col] = new FixedBitSet(maxDoc);
        countrySets[col].or(cols.get(col));
        countrySets[col].and(matches);
      }
    }
    FixedBitSet actorSet = matches; // reused: the matches are in every country set already
    for (int r = 0; r < rows.size(); r++) {
      if (rows.get(r) == null) {
        continue;
      }
      actorSet.clear();
      actorSet.or(rows.get(r));
      for (int col = 0; col < cols.size(); col++) {
        if (countrySets[col] != null) {
          counts[r][col] = FixedBitSet.intersectionCount(actorSet, countrySets[col]);
        }
      }
    }
    return counts;
  }

  /** Counts by reading the actors of each match, and the countries of those with a wanted actor. */
  static long[][] byDocValues(
      FacetsCollector.MatchingDocs md, List<String> actorKeys, List<String> countryKeys)
      throws IOException {
    long[][] counts = new long[actorKeys.size()][countryKeys.size()];
    String actorField = Fields.facetField(Dimension.ACTOR.fieldName());
    String countryField = Fields.facetField(Dimension.COUNTRY.fieldName());
    SortedSetDocValues a = md.context().reader().getSortedSetDocValues(actorField);
    SortedSetDocValues c = md.context().reader().getSortedSetDocValues(countryField);
    if (a == null || c == null) {
      return counts;
    }
    int[] rowOfOrd = indexOfOrd(a, Dimension.ACTOR.fieldName(), actorKeys);
    int[] colOfOrd = indexOfOrd(c, Dimension.COUNTRY.fieldName(), countryKeys);
    if (rowOfOrd == null || colOfOrd == null) {
      return counts;
    }
    // the matches and the paragraphs with an actor, the sparser leading: most paragraphs name
    // no actor, and those are skipped without a look at their doc values
    DocIdSetIterator it = ConjunctionUtils.intersectIterators(List.of(md.bits().iterator(), a));
    int[] rows = new int[actorKeys.size()];
    for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
      int nRows = 0;
      for (int i = a.docValueCount(); i > 0; i--) {
        int r = rowOfOrd[(int) a.nextOrd()];
        if (r >= 0) {
          rows[nRows++] = r; // a document holds each value once: no row twice
        }
      }
      if (nRows == 0 || !c.advanceExact(doc)) {
        continue;
      }
      for (int i = c.docValueCount(); i > 0; i--) {
        int col = colOfOrd[(int) c.nextOrd()];
        if (col >= 0) {
          for (int k = 0; k < nRows; k++) {
            counts[rows[k]][col]++;
          }
        }
      }
    }
    return counts;
  }

  /**
   * The position in {@code wanted} of each ordinal of the segment's doc values ("dim U+001F
   * value"), -1 for values not wanted; null when none is in this segment.
   */
  private static int[] indexOfOrd(SortedSetDocValues dv, String dim, List<String> wanted)
      throws IOException {
    int[] out = null;
    for (int i = 0; i < wanted.size(); i++) {
      long ord = dv.lookupTerm(new BytesRef(dim + '\u001f' + wanted.get(i)));
      if (ord >= 0) {
        if (out == null) {
          out = new int[Math.toIntExact(dv.getValueCount())];
          Arrays.fill(out, -1);
        }
        out[(int) ord] = i;
      }
    }
    return out;
  }
}
