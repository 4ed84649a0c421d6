package org.nutgraf.index;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.util.BytesRef;

/**
 * The encoded facet value ("dim U+001F value") of each country, actor and place, made once and
 * shared: the same few thousand values recur on most paragraphs. At most {@link #MAX_CACHED} values
 * are kept, so an endless stream of new names costs no more memory than that; values past the limit
 * are encoded each time. Thread-safe.
 */
final class FacetValues {
  /** Values kept; far more than the countries, places and actors of a large news index. */
  static final int MAX_CACHED = 200_000;

  private final String dim;
  private final String field;
  private final ConcurrentMap<String, BytesRef> cache = new ConcurrentHashMap<>();

  FacetValues(String dim) {
    this.dim = dim;
    this.field = Fields.facetField(dim);
  }

  /**
   * The doc-values field {@link FacetsConfig#build} would make of {@code value}, written directly:
   * building it through FacetsConfig costs a fifth of indexing time.
   */
  SortedSetDocValuesField field(String value) {
    return new SortedSetDocValuesField(field, of(value));
  }

  /**
   * The doc-values bytes of {@code value} in this dimension. Lucene copies them when it indexes a
   * document, so the same instance may go into any number of documents.
   */
  BytesRef of(String value) {
    BytesRef cached = cache.get(value);
    if (cached != null) {
      return cached;
    }
    BytesRef encoded = new BytesRef(FacetsConfig.pathToString(dim, value));
    if (cache.size() < MAX_CACHED) {
      cache.putIfAbsent(value, encoded);
    }
    return encoded;
  }
}
