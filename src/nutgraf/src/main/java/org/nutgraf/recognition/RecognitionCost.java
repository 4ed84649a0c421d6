package org.nutgraf.recognition;

/**
 * The work one recognition call did, for tests and benchmarks ({@link
 * EntityRecognizer#reportingCost}).
 *
 * @param steps steps counted: tokens visited, characters compared or hashed, candidate spans
 *     weighed
 * @param size the size of the texts: tokens plus their characters
 * @param truncated true when a text used up its budget of steps and its later part was not searched
 *     for names
 */
public record RecognitionCost(long steps, long size, boolean truncated) {
  /** Steps per unit of size. */
  public double stepsPerUnit() {
    return size == 0 ? 0 : (double) steps / size;
  }
}
