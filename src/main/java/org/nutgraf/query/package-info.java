/**
 * The typed query API ({@link org.nutgraf.query.NewsQuery}, {@link org.nutgraf.query.Criterion}),
 * the query-string parser, and their compilation to Lucene.
 */
package org.nutgraf.query;
