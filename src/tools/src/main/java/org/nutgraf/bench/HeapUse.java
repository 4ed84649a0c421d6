package org.nutgraf.bench;

/**
 * Java heap seen while something ran.
 *
 * @param peakUsedBytes the most heap in use at any sample (every 10 ms), garbage included
 * @param peakAfterGcBytes the most heap in use right after a garbage collection: what the work
 *     really kept alive; 0 when no collection ran
 */
public record HeapUse(long peakUsedBytes, long peakAfterGcBytes) {
  /** Nothing measured. */
  public static final HeapUse NONE = new HeapUse(0, 0);

  /** The larger of each figure. */
  public HeapUse max(HeapUse other) {
    return new HeapUse(
        Math.max(peakUsedBytes, other.peakUsedBytes),
        Math.max(peakAfterGcBytes, other.peakAfterGcBytes));
  }
}
