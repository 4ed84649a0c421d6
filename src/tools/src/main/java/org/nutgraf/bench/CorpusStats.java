package org.nutgraf.bench;

/**
 * What the bench indexed.
 *
 * @param seed the corpus seed
 * @param articles articles
 * @param paragraphs paragraphs
 * @param textBytes UTF-8 bytes of paragraph text
 * @param generateMBps how fast the generator wrote it to the bench's corpus file, text megabytes a
 *     second
 * @param readMBps how fast one thread reads that file back into articles, text megabytes a CPU
 *     second: the part of every indexing run that is not indexing
 */
public record CorpusStats(
    long seed,
    long articles,
    long paragraphs,
    long textBytes,
    double generateMBps,
    double readMBps) {}
