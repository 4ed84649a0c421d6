/**
 * Nutgraf on an OpenSearch cluster: the index layout, the paragraph documents to send through the
 * {@code nutgraf} ingest pipeline, and the translation of a {@link org.nutgraf.query.NewsQuery} to
 * a search request body and of the response back to a {@link org.nutgraf.search.SearchResult}, all
 * as JSON, so that no OpenSearch client is needed here.
 */
package org.nutgraf.opensearch;
