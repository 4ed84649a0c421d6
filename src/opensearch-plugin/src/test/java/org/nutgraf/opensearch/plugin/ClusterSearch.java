package org.nutgraf.opensearch.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.nutgraf.entity.ActorDictionary;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.opensearch.OpenSearchQueryTranslator;
import org.nutgraf.opensearch.OpenSearchResponseReader;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.search.EntityResolver;
import org.nutgraf.search.SearchResult;
import org.opensearch.action.search.SearchRequest;
import org.opensearch.core.common.Strings;
import org.opensearch.core.xcontent.DeprecationHandler;
import org.opensearch.core.xcontent.MediaTypeRegistry;
import org.opensearch.core.xcontent.NamedXContentRegistry;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.search.builder.SearchSourceBuilder;
import org.opensearch.transport.client.Client;

/**
 * The adapter the library leaves to its users, here on OpenSearch's Java client: sends the JSON
 * body that {@link OpenSearchQueryTranslator} writes to {@code _search} and hands the JSON response
 * to {@link OpenSearchResponseReader}. Over HTTP it is one POST to {@code /<index>/_search}.
 */
final class ClusterSearch {
  private final Client client;
  private final NamedXContentRegistry registry;
  private final String index;
  private EntityResolver resolver;

  ClusterSearch(Client client, NamedXContentRegistry registry, String index) {
    this.client = client;
    this.registry = registry;
    this.index = index;
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
    try (XContentParser parser =
        MediaTypeRegistry.JSON
            .xContent()
            .createParser(registry, DeprecationHandler.THROW_UNSUPPORTED_OPERATION, body)) {
      SearchSourceBuilder source = SearchSourceBuilder.fromXContent(parser);
      return Strings.toString(
          MediaTypeRegistry.JSON,
          client.search(new SearchRequest(index).source(source)).actionGet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
