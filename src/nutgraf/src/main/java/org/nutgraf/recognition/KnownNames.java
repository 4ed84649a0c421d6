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

        @Override
        public boolean isKnown(char[] folded, int offset, int length) {
          return false;
        }

        @Override
        public boolean isKnownSurname(char[] folded, int offset, int length) {
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

  /**
   * As {@link #isKnown(String)}, for the folded name in {@code folded[offset..offset+length)}: lets
   * a recogniser ask about a span of its text without making a String of it. Defaults to {@link
   * #isKnown(String)} of those characters.
   */
  default boolean isKnown(char[] folded, int offset, int length) {
    return isKnown(new String(folded, offset, length));
  }

  /**
   * As {@link #isKnownSurname(String)}, for the folded word in {@code
   * folded[offset..offset+length)}. Defaults to {@link #isKnownSurname(String)} of those
   * characters.
   */
  default boolean isKnownSurname(char[] folded, int offset, int length) {
    return isKnownSurname(new String(folded, offset, length));
  }
}
