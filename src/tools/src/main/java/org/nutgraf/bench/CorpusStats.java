package org.nutgraf.bench;

/**
 * What the bench indexed.
 *
 * @param seed the corpus seed
 * @param articles articles
 * @param paragraphs paragraphs
 * @param textBytes UTF-8 bytes of paragraph text
 * @param generateMBps how fast the generator wrote it, text megabytes a second
 */
public record CorpusStats(
    long seed, long articles, long paragraphs, long textBytes, double generateMBps) {}
