/**
 * Readers that turn JSON Lines and plain-text article files into {@link
 * org.nutgraf.article.Article}s.
 */
package org.nutgraf.ingest;
