package org.nutgraf.index;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/** Builds a {@link NewsSearcher}, and so its facet state, once per refreshed reader. */
public final class NewsSearcherFactory extends SearcherFactory {
  private final FacetsConfig config;

  public NewsSearcherFactory(FacetsConfig config) {
    this.config = config;
  }

  @Override
  public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader)
      throws IOException {
    return new NewsSearcher(reader, config);
  }
}
