package org.nutgraf.article;

import java.util.Objects;

/**
 * One paragraph of an article: the unit Nutgraf indexes and returns as a hit.
 *
 * @param articleId the id of the article it belongs to; never blank
 * @param ordinal its 0-based position in the article
 * @param text its text; never blank
 */
public record Paragraph(String articleId, int ordinal, String text) {
  /**
   * Checks every field.
   *
   * @throws IllegalArgumentException if a field is blank or the ordinal is negative, naming the
   *     field
   */
  public Paragraph {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(text, "text");
    if (articleId.isBlank()) {
      throw new IllegalArgumentException("articleId: must not be blank");
    }
    if (ordinal < 0) {
      throw new IllegalArgumentException("ordinal: must be >= 0, was " + ordinal);
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("text: paragraph " + ordinal + " is blank");
    }
  }

  /** The paragraph's unique id in an index: {@code articleId#ordinal}. */
  public String id() {
    return articleId + "#" + ordinal;
  }
}
