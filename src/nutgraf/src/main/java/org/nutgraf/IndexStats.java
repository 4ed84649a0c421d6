package org.nutgraf;

/**
 * How much an index holds, as of its latest commit or refresh.
 *
 * @param articles articles (each with at least one paragraph)
 * @param paragraphs paragraphs, one document each
 */
public record IndexStats(long articles, long paragraphs) {}
