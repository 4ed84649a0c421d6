package org.nutgraf.search;

import java.time.Instant;

/**
 * Paragraphs published in one period.
 *
 * @param key the period ("2018-10-15", "2018-10", "2018", or a custom range's label)
 * @param from start, inclusive
 * @param to end, exclusive
 * @param count matching paragraphs published in it
 */
public record DateBucket(String key, Instant from, Instant to, long count) {}
