package org.nutgraf.opensearch.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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

  /** Searches with {@code search}: a search request body in, the response body out. */
  ClusterSearch(UnaryOperator<String> search) {
    this.search = search;
  }

  /**
   * Runs {@code q} on the cluster: a request for the index's actors its actor names can resolve to
   * (when it names any), the search, and a request for the labels of the actors it counts (when it
   * counts any).
   */
  SearchResult search(NewsQuery q) {
    Map<String, String> labels = new HashMap<>();
    if (OpenSearchQueryTranslator.namesActors(q)) {
      labels.putAll(labels(OpenSearchQueryTranslator.actorLabelsRequest(q)));
    }
    String body = new OpenSearchQueryTranslator(resolver(labels)).withExactTotals().toJson(q);
    String response = search(body);
    Set<String> counted = OpenSearchResponseReader.actorKeys(response);
    if (!counted.isEmpty()) {
      labels.putAll(labels(OpenSearchQueryTranslator.actorKeyLabelsRequest(counted)));
    }
    return new OpenSearchResponseReader(resolver(labels)).read(q, response);
  }

  /** The actor labels a lookup request finds. */
  private Map<String, String> labels(JsonNode lookup) {
    return OpenSearchResponseReader.actorLabels(search(lookup.toString()));
  }

  private static EntityResolver resolver(Map<String, String> labels) {
    return new EntityResolver(Gazetteer.defaults(), ActorDictionary.defaults(), labels);
  }

  /** The JSON response to a JSON search body. */
  String search(String body) {
    return search.apply(body);
  }
}
