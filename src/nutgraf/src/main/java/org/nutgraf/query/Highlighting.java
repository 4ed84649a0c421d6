package org.nutgraf.query;

import java.util.Objects;

/**
 * How hits are highlighted: marks around query terms and around entity mentions in the plain-text
 * rendering, and how long a snippet may be.
 *
 * @param termOpen written before a query term; defaults to "["
 * @param termClose written after a query term; defaults to "]"
 * @param entityOpen written before a place or person mention; defaults to "{"
 * @param entityClose written after a mention; defaults to "}"
 * @param maxChars snippet length in characters; defaults to 300; the whole paragraph when shorter
 */
public record Highlighting(
    String termOpen, String termClose, String entityOpen, String entityClose, int maxChars) {
  public Highlighting {
    Objects.requireNonNull(termOpen, "termOpen");
    Objects.requireNonNull(termClose, "termClose");
    Objects.requireNonNull(entityOpen, "entityOpen");
    Objects.requireNonNull(entityClose, "entityClose");
    if (maxChars < 20) {
      throw new IllegalArgumentException("maxChars: must be >= 20, was " + maxChars);
    }
  }

  /** "[term]" and "{entity}", snippets of up to 300 characters. */
  public static Highlighting defaults() {
    return new Highlighting("[", "]", "{", "}", 300);
  }

  /** A copy with other marks around query terms. */
  public Highlighting terms(String open, String close) {
    return new Highlighting(open, close, entityOpen, entityClose, maxChars);
  }

  /** A copy with other marks around entity mentions. */
  public Highlighting entities(String open, String close) {
    return new Highlighting(termOpen, termClose, open, close, maxChars);
  }

  /** A copy with another snippet length. */
  public Highlighting maxChars(int n) {
    return new Highlighting(termOpen, termClose, entityOpen, entityClose, n);
  }
}
