package org.nutgraf.bench;

/**
 * One speed or size goal of the project and where this run stands.
 *
 * @param key its name in JSON ("indexingRatio")
 * @param description what it asks, in words
 * @param target the bound
 * @param atMost true when the value must not exceed the target, false when it must reach it
 * @param value what this run measured
 * @param statedForParagraphs the corpus size the goal is stated for; 0 for any size
 */
public record Goal(
    String key,
    String description,
    double target,
    boolean atMost,
    double value,
    long statedForParagraphs) {

  /** True when the value is on the right side of the target. */
  public boolean met() {
    return atMost ? value <= target : value >= target;
  }
}
