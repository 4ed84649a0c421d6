/**
 * Executing a query: name resolution, compilation to Lucene, facets, grouping, highlights, cursors
 * and results.
 */
package org.nutgraf.search;
