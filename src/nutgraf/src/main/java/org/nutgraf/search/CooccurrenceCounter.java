package org.nutgraf.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.TaskExecutor;
import org.apache.lucene.util.BytesRef;
import org.nutgraf.index.Fields;
import org.nutgraf.query.Dimension;

/** Counts the paragraphs that mention an actor and a country together, for the top of each. */
final class CooccurrenceCounter {
  private CooccurrenceCounter() {}

  /**
   * Paragraphs of {@code fc} that mention each of the top actors with each of the top countries:
   * per segment, the wanted values' ordinals map to rows and columns through {@code int[]}s indexed
   * by ordinal, so counting allocates nothing per document, and only paragraphs that name an actor
   * are read. Segments are counted by tasks of {@code tasks}, side by side when it has threads.
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

  /** The counts of one segment's matches, by row (actor) and column (country). */
  private static long[][] countSegment(
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
