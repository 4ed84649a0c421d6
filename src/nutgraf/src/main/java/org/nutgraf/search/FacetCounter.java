package org.nutgraf.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.nutgraf.index.DocumentBuilder;
import org.nutgraf.index.NewsSearcher;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.FacetRequest;

/**
 * Counts the values of one dimension over a query's matching paragraphs, ranked by count then
 * label, selected values always shown.
 */
final class FacetCounter {
  private final NewsSearcher searcher;
  private final EntityResolver names;

  /** A counter over {@code searcher}, labelling countries and actors with {@code names}. */
  FacetCounter(NewsSearcher searcher, EntityResolver names) {
    this.searcher = searcher;
    this.names = names;
  }

  /**
   * The facet of {@code req} over the paragraphs of {@code fc}, marking {@code selectedValues}
   * ({@link Resolution#facetKeys}). When {@code fc} stands for every paragraph ({@link
   * EveryParagraph}), the values are counted from term statistics ({@link LiveValueCounts}), or,
   * for sources, straight from the doc values of every live paragraph.
   */
  FacetResult count(FacetRequest req, FacetsCollector fc, Set<String> selectedValues)
      throws IOException {
    Dimension dim = req.dimension();
    Optional<SortedSetDocValuesReaderState> state = searcher.facetState(dim.fieldName());
    if (state.isEmpty()) {
      return top(dim, new ArrayList<>(), req, selectedValues, 0, k -> 0L);
    }
    if (fc instanceof EveryParagraph every) {
      Optional<Map<String, Long>> live = LiveValueCounts.of(every, dim);
      if (live.isPresent()) {
        return fromCounts(dim, live.get(), req, selectedValues);
      }
    }
    SortedSetDocValuesFacetCounts counts =
        fc instanceof EveryParagraph
            ? new SortedSetDocValuesFacetCounts(state.get())
            : new SortedSetDocValuesFacetCounts(state.get(), fc);
    String field = dim.fieldName();
    // Lucene ranks ties by key; ties are ranked by label here, so fetch every value tied with
    // the last one kept
    int want = req.top();
    // Lucene's FacetResult, not ours
    var r = counts.getTopChildren(want, field);
    while (r != null && r.labelValues.length == want && want < r.childCount) {
      long last = r.labelValues[want - 1].value.longValue();
      var more = counts.getTopChildren(want * 2, field);
      r = more;
      if (more.labelValues.length < want * 2
          || more.labelValues[more.labelValues.length - 1].value.longValue() < last) {
        break;
      }
      want *= 2;
    }
    Set<String> selected =
        r != null && dim == Dimension.SOURCE
            ? sourcesAsLabelled(selectedValues, r.labelValues)
            : selectedValues;
    List<FacetValue> values = new ArrayList<>();
    if (r != null) {
      for (LabelAndValue lv : r.labelValues) {
        values.add(
            new FacetValue(
                lv.label,
                label(dim, lv.label),
                lv.value.longValue(),
                FacetRanking.isSelected(dim, lv.label, selected)));
      }
    }
    ToLongFunction<String> countOf =
        key -> {
          try {
            Number n = counts.getSpecificValue(field, key);
            return n == null ? 0 : Math.max(0, n.longValue()); // -1: never indexed
          } catch (IllegalArgumentException | IOException e) {
            return 0; // a value never indexed
          }
        };
    return top(dim, values, req, selected, r == null ? 0 : r.childCount, countOf);
  }

  /**
   * The facet of {@code req} from every value's count: the values tied with or above the count at
   * rank {@code req.top()} are labelled and ranked, as the doc-values path does.
   */
  private FacetResult fromCounts(
      Dimension dim, Map<String, Long> counts, FacetRequest req, Set<String> selected) {
    long[] sorted = new long[counts.size()];
    int i = 0;
    for (long n : counts.values()) {
      sorted[i++] = n;
    }
    Arrays.sort(sorted);
    long atTop = sorted.length == 0 ? 0 : sorted[Math.max(0, sorted.length - req.top())];
    List<FacetValue> values = new ArrayList<>();
    counts.forEach(
        (key, n) -> {
          if (n >= atTop) {
            values.add(
                new FacetValue(
                    key, label(dim, key), n, FacetRanking.isSelected(dim, key, selected)));
          }
        });
    return top(dim, values, req, selected, counts.size(), key -> counts.getOrDefault(key, 0L));
  }

  private FacetResult top(
      Dimension dim,
      List<FacetValue> values,
      FacetRequest req,
      Set<String> selected,
      int distinct,
      ToLongFunction<String> countOf) {
    return new FacetResult(
        dim,
        FacetRanking.top(dim, values, req, selected, countOf, key -> label(dim, key)),
        distinct);
  }

  /** "harbor ledger" selected stands for the facet value "Harbor Ledger". */
  private static Set<String> sourcesAsLabelled(Set<String> selected, LabelAndValue[] values) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : selected) {
      String match = s;
      for (LabelAndValue lv : values) {
        if (DocumentBuilder.sourceKey(lv.label).equals(DocumentBuilder.sourceKey(s))) {
          match = lv.label;
        }
      }
      out.add(match);
    }
    return out;
  }

  /** The display name of a facet key: a country's or actor's name, else the key. */
  String label(Dimension dim, String key) {
    return FacetRanking.label(dim, key, names::countryLabel, names::actorLabel);
  }
}
