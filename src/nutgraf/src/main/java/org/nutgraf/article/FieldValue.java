package org.nutgraf.article;

import java.time.Instant;
import java.util.Objects;

/**
 * The value of one of an article's own fields ({@link Article#fields()}): a keyword, a whole number
 * or an instant. Each is indexed on every paragraph of the article, stored and returned on hits,
 * and can be filtered on.
 *
 * <p>Example: {@code article.withField("desk", FieldValue.keyword("metro"))}.
 */
public sealed interface FieldValue {

  /**
   * An exact string, matched as a whole (no analysis, case kept).
   *
   * @param value the string; not empty
   */
  record Keyword(String value) implements FieldValue {
    /**
     * Checks the value.
     *
     * @throws IllegalArgumentException if it is empty
     */
    public Keyword {
      Objects.requireNonNull(value, "value");
      if (value.isEmpty()) {
        throw new IllegalArgumentException("keyword: must not be empty");
      }
    }
  }

  /**
   * A whole number, indexed as a point (exact and range queries) and as doc values (sorting, your
   * own collectors).
   *
   * @param value the number
   */
  record Numeric(long value) implements FieldValue {}

  /**
   * An instant, indexed as epoch milliseconds like {@link Numeric}.
   *
   * @param value the instant
   */
  record Timestamp(Instant value) implements FieldValue {
    public Timestamp {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A keyword value. */
  static FieldValue keyword(String value) {
    return new Keyword(value);
  }

  /** A whole-number value. */
  static FieldValue number(long value) {
    return new Numeric(value);
  }

  /** An instant value. */
  static FieldValue time(Instant value) {
    return new Timestamp(value);
  }
}
