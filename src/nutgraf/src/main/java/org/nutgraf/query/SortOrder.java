package org.nutgraf.query;

import java.util.Locale;

/** The order of hits. */
public enum SortOrder {
  /**
   * Best match first; equal scores in index order (roughly the order articles were indexed). The
   * default.
   */
  RELEVANCE,
  /** Newest first; undated paragraphs last. */
  NEWEST,
  /** Oldest first; undated paragraphs last. */
  OLDEST;

  /**
   * Parses "relevance", "newest" or "oldest" (case ignored).
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static SortOrder of(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown sort \"" + name + "\" (use relevance, newest or oldest)");
    }
  }
}
