/** Nutgraf's recognisers inside OpenSearch: the {@code nutgraf} ingest processor and analysis. */
package org.nutgraf.opensearch.plugin;
