package org.nutgraf.opensearch.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;
import org.nutgraf.entity.ActorDictionary;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.opensearch.EntityFields;
import org.nutgraf.opensearch.OpenSearchQueryTranslator;
import org.nutgraf.opensearch.OpenSearchResponseReader;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.search.EntityResolver;
import org.nutgraf.search.SearchResult;

/**
 * The adapter the library leaves to its users: sends the JSON body that {@link
 * OpenSearchQueryTranslator} writes to the path it names ({@code /<index>/_search}, or {@code
 * /_search} for a point in time) and hands the JSON response to {@link OpenSearchResponseReader}.
 * The transport is a function from path and request body to response body: one POST over HTTP
 * ({@link RestComparison}), or the Java client in the in-JVM cluster tests.
 */
final class ClusterSearch {
  private final String index;
  private final BinaryOperator<String> post;
  private final EntityFields fields;
  private final Optional<String> pit;

  /** Searches {@code index} with {@code post}: a path and a search request body in, JSON out. */
  ClusterSearch(String index, BinaryOperator<String> post) {
    this(index, post, EntityFields.topLevel(), Optional.empty());
  }

  private ClusterSearch(
      String index, BinaryOperator<String> post, EntityFields fields, Optional<String> pit) {
    this.index = index;
    this.post = post;
    this.fields = fields;
    this.pit = pit;
  }

  /** This search on an index whose pipeline writes the entity fields where {@code f} puts them. */
  ClusterSearch withEntityFields(EntityFields f) {
    return new ClusterSearch(index, post, f, pit);
  }

  /** This search with first pages read from the point in time {@code pitId}. */
  ClusterSearch withPointInTime(String pitId) {
    return new ClusterSearch(index, post, fields, Optional.of(pitId));
  }

  /**
   * Runs {@code q} on the cluster: a request for the index's actors its actor names can resolve to
   * (when it names any), the search, and a request for the labels of the actors it counts (when it
   * counts any).
   */
  SearchResult search(NewsQuery q) {
    Map<String, String> labels = new HashMap<>();
    if (OpenSearchQueryTranslator.namesActors(q)) {
      labels.putAll(labels(OpenSearchQueryTranslator.actorLabelsRequest(q, fields)));
    }
    OpenSearchQueryTranslator translator =
        new OpenSearchQueryTranslator(resolver(labels)).withExactTotals().withEntityFields(fields);
    if (pit.isPresent()) {
      translator = translator.withPointInTime(pit.get(), "1m");
    }
    String response = post.apply(translator.searchPath(q, index), translator.toJson(q));
    Set<String> counted = OpenSearchResponseReader.actorKeys(response);
    if (!counted.isEmpty()) {
      labels.putAll(labels(OpenSearchQueryTranslator.actorKeyLabelsRequest(counted, fields)));
    }
    return new OpenSearchResponseReader(resolver(labels))
        .withEntityFields(fields)
        .read(q, response);
  }

  /** The actor labels a lookup request finds. */
  private Map<String, String> labels(JsonNode lookup) {
    return OpenSearchResponseReader.actorLabels(search(lookup.toString()));
  }

  private static EntityResolver resolver(Map<String, String> labels) {
    return new EntityResolver(Gazetteer.defaults(), ActorDictionary.defaults(), labels);
  }

  /** The JSON response to a JSON search body sent to the index. */
  String search(String body) {
    return post.apply("/" + index + "/_search", body);
  }
}
