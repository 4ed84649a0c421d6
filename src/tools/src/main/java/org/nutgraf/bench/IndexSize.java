package org.nutgraf.bench;

/**
 * Size on disk of the indexes of the whole corpus.
 *
 * @param paragraphs paragraphs indexed
 * @param nutgrafBytes the Nutgraf index
 * @param plainBytes the plain Lucene index
 */
public record IndexSize(long paragraphs, long nutgrafBytes, long plainBytes) {
  public double nutgrafBytesPerParagraph() {
    return (double) nutgrafBytes / paragraphs;
  }

  public double plainBytesPerParagraph() {
    return (double) plainBytes / paragraphs;
  }
}
