/** Search results: hits, article groups, facet counts, date buckets, highlights. */
package org.nutgraf.search;
