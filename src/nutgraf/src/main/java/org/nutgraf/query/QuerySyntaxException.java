package org.nutgraf.query;

/**
 * A query string that cannot be parsed, or a query over a {@link QueryLimits} bound; says where.
 */
public final class QuerySyntaxException extends IllegalArgumentException {
  private final int position;

  public QuerySyntaxException(String message, int position) {
    super(message + " at position " + position);
    this.position = position;
  }

  private QuerySyntaxException(String message) {
    super(message);
    this.position = -1;
  }

  /** A problem of the query as a whole (its size), at no one position. */
  public static QuerySyntaxException whole(String message) {
    return new QuerySyntaxException(message);
  }

  /**
   * 0-based character position in the query string where the problem was found, or -1 when the
   * problem is the query as a whole (too many clauses).
   */
  public int position() {
    return position;
  }
}
