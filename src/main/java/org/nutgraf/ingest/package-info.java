/** Readers that turn JSON Lines and plain-text article files into {@link org.nutgraf.Article}s. */
package org.nutgraf.ingest;
