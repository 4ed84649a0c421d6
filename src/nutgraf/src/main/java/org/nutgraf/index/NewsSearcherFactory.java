package org.nutgraf.index;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/** Builds a {@link NewsSearcher}, and so its facet state, once per refreshed reader. */
public final class NewsSearcherFactory extends SearcherFactory {
  private final FacetsConfig config;
  private final Executor executor;

  /** Searchers that search on the calling thread alone. */
  public NewsSearcherFactory(FacetsConfig config) {
    this.config = config;
    this.executor = null; // IndexSearcher's own "no executor"
  }

  /**
   * Searchers that also use {@code executor}'s threads: to search segments and to count facet
   * dimensions side by side (the calling thread takes part, and runs what the executor has not
   * started).
   */
  public NewsSearcherFactory(FacetsConfig config, Executor executor) {
    this.config = config;
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  @Override
  public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader)
      throws IOException {
    return new NewsSearcher(reader, config, executor);
  }
}
