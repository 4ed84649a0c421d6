/**
 * The typed query API as pure values ({@link org.nutgraf.query.NewsQuery}, {@link
 * org.nutgraf.query.Criterion}) and the query-string parser.
 */
package org.nutgraf.query;
