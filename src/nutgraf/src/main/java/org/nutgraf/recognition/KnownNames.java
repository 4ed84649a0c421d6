package org.nutgraf.recognition;

/**
 * Names known before reading a text, such as an actor dictionary's canonical names and aliases;
 * person recognition counts a known name as evidence. Implementations must be thread-safe.
 */
public interface KnownNames {
  /** Knows no name. */
  KnownNames NONE =
      new KnownNames() {
        @Override
        public boolean isKnown(String folded) {
          return false;
        }
      };

  /**
   * True if {@code folded} (lower case, accents removed, words joined by single spaces) is a known
   * person's full name or alias.
   */
  boolean isKnown(String folded);

  /** True if {@code folded} is the surname of exactly one known person. Defaults to false. */
  default boolean isKnownSurname(String folded) {
    return false;
  }
}
