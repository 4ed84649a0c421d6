package org.nutgraf.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;

/**
 * An index searcher with what faceted search needs of its reader, built once per refresh: the facet
 * ordinal state of each dimension, actor labels and surnames, and the date span.
 */
public final class NewsSearcher extends IndexSearcher {
  private final Map<String, SortedSetDocValuesReaderState> states;
  private final Map<String, String> actorLabels;
  private final Map<String, List<String>> actorsBySurname;
  private final long minPublished;
  private final long maxPublished;

  /** A searcher of {@code reader}; {@code executor} may be null: the calling thread alone. */
  NewsSearcher(IndexReader reader, FacetsConfig config, Executor executor) throws IOException {
    super(reader, executor);
    Map<String, SortedSetDocValuesReaderState> s = new HashMap<>();
    for (String dim : Fields.DIMENSIONS) {
      String field = Fields.facetField(dim);
      if (hasField(reader, field)) {
        s.put(dim, new DefaultSortedSetDocValuesReaderState(reader, field, config));
      }
    }
    states = Collections.unmodifiableMap(s);
    Map<String, String> labels = new TreeMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedSetDocValues dv = leaf.reader().getSortedSetDocValues(Fields.ACTOR_LABEL);
      if (dv == null) {
        continue;
      }
      TermsEnum te = dv.termsEnum();
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        String v = term.utf8ToString();
        int sep = v.indexOf(DocumentBuilder.LABEL_SEPARATOR);
        labels.merge(v.substring(0, sep), v.substring(sep + 1), NewsSearcher::preferLabel);
      }
    }
    actorLabels = Collections.unmodifiableMap(labels);
    actorsBySurname = keysBySurname(labels.keySet());
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (LeafReaderContext leaf : reader.leaves()) {
      PointValues points = leaf.reader().getPointValues(Fields.PUBLISHED);
      if (points != null && points.size() > 0) {
        min = Math.min(min, NumericUtils.sortableBytesToLong(points.getMinPackedValue(), 0));
        max = Math.max(max, NumericUtils.sortableBytesToLong(points.getMaxPackedValue(), 0));
      }
    }
    minPublished = min;
    maxPublished = max;
  }

  /**
   * Of two display names of one actor key, the one to show: the longer wins, then the one with more
   * accents ("Juan Orlando Hernández"), else {@code a}.
   */
  public static String preferLabel(String a, String b) {
    if (a.length() != b.length()) {
      return a.length() > b.length() ? a : b;
    }
    return nonAscii(b) > nonAscii(a) ? b : a;
  }

  /**
   * Actor keys by their last word ("hernandez" → ["juan orlando hernandez"]), each list in the
   * order of {@code keys}.
   */
  public static Map<String, List<String>> keysBySurname(Collection<String> keys) {
    Map<String, List<String>> surnames = new HashMap<>();
    for (String key : keys) {
      String surname = key.substring(key.lastIndexOf(' ') + 1);
      surnames.computeIfAbsent(surname, k -> new ArrayList<>()).add(key);
    }
    return Collections.unmodifiableMap(surnames);
  }

  private static int nonAscii(String s) {
    return (int) s.chars().filter(c -> c > 0x7f).count();
  }

  private static boolean hasField(IndexReader reader, String field) {
    for (LeafReaderContext leaf : reader.leaves()) {
      FieldInfo fi = leaf.reader().getFieldInfos().fieldInfo(field);
      if (fi != null) {
        return true;
      }
    }
    return false;
  }

  /** The facet state of a dimension ("country"); empty when no paragraph has a value for it. */
  public Optional<SortedSetDocValuesReaderState> facetState(String dimension) {
    return Optional.ofNullable(states.get(dimension));
  }

  /** Display name of every actor key in the index. */
  public Map<String, String> actorLabels() {
    return actorLabels;
  }

  /** Actor keys by their last word. */
  public Map<String, List<String>> actorsBySurname() {
    return actorsBySurname;
  }

  /** Earliest publication time in the index (epoch ms), if any paragraph is dated. */
  public Optional<Long> minPublished() {
    return minPublished == Long.MAX_VALUE ? Optional.empty() : Optional.of(minPublished);
  }

  /** Latest publication time in the index (epoch ms), if any paragraph is dated. */
  public Optional<Long> maxPublished() {
    return maxPublished == Long.MIN_VALUE ? Optional.empty() : Optional.of(maxPublished);
  }
}
