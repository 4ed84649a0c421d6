package org.nutgraf.opensearch.plugin;

import java.util.function.UnaryOperator;
import org.nutgraf.entity.ActorDictionary;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.opensearch.OpenSearchQueryTranslator;
import org.nutgraf.opensearch.OpenSearchResponseReader;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.search.EntityResolver;
import org.nutgraf.search.SearchResult;

/**
 * The adapter the library leaves to its users: sends the JSON body that {@link
 * OpenSearchQueryTranslator} writes to {@code _search} and hands the JSON response to {@link
 * OpenSearchResponseReader}. The transport is a function from request body to response body: one
 * POST to {@code /<index>/_search} over HTTP ({@link RestComparison}), or the Java client in the
 * in-JVM cluster tests.
 */
final class ClusterSearch {
  private final UnaryOperator<String> search;
  private EntityResolver resolver;

  /** Searches with {@code search}: a search request body in, the response body out. */
  ClusterSearch(UnaryOperator<String> search) {
    this.search = search;
  }

  /**
   * Runs {@code q} on the cluster, resolving names against the index's actors as they were at the
   * first search of this instance (make a new one when the index has changed).
   */
  SearchResult search(NewsQuery q) {
    if (resolver == null) {
      resolver = resolver();
    }
    String body = new OpenSearchQueryTranslator(resolver).toJson(q);
    return new OpenSearchResponseReader(resolver).read(q, search(body));
  }

  /** A resolver over the built-in gazetteer and dictionary and the index's actors. */
  EntityResolver resolver() {
    String labels = search(OpenSearchQueryTranslator.actorLabelsRequest().toString());
    return new EntityResolver(
        Gazetteer.defaults(),
        ActorDictionary.defaults(),
        OpenSearchResponseReader.actorLabels(labels));
  }

  /** The JSON response to a JSON search body. */
  String search(String body) {
    return search.apply(body);
  }
}
