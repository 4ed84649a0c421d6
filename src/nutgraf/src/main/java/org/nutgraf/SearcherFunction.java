package org.nutgraf;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;

/**
 * Work done with the index's current {@link IndexSearcher}, for {@link NewsIndex#withSearcher}:
 * one's own collectors, counts or term statistics over Nutgraf's paragraph documents.
 *
 * @param <T> what the work gives back; it must not hold on to the searcher or its reader
 */
@FunctionalInterface
public interface SearcherFunction<T> {
  /**
   * Does the work.
   *
   * @throws IOException if the index cannot be read
   */
  T apply(IndexSearcher searcher) throws IOException;
}
