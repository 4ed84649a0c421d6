/**
 * A deterministic news-like corpus generator and the benchmark that times Nutgraf against plain
 * Lucene on the same paragraphs in one run.
 */
package org.nutgraf.bench;
