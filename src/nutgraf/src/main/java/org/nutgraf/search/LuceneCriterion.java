package org.nutgraf.search;

import java.util.Objects;
import org.apache.lucene.search.Query;
import org.nutgraf.query.Criterion;
import org.nutgraf.query.NewsQuery;

/**
 * A raw Lucene query as a condition of a {@link NewsQuery}, for what the typed criteria do not say:
 * it combines with them, with facets and with paging like any other. The query runs against
 * Nutgraf's paragraph documents ({@code Fields} names their fields; an article's own fields are
 * indexed under their own names). Only the embedded index runs it; the OpenSearch translation
 * refuses it.
 *
 * <p>Example: {@code NewsQuery.builder().anyCountry("HN").where(LuceneCriterion.of(
 * LongPoint.newRangeQuery("words", 500, 2000))).build()}.
 *
 * @param query the Lucene query; its score counts like any other clause's
 */
public record LuceneCriterion(Query query) implements Criterion.External {
  public LuceneCriterion {
    Objects.requireNonNull(query, "query");
  }

  /** A condition that paragraphs match {@code query}. */
  public static LuceneCriterion of(Query query) {
    return new LuceneCriterion(query);
  }
}
