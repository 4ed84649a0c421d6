package org.nutgraf.query;

/** A query string that cannot be parsed; says where. */
public final class QuerySyntaxException extends IllegalArgumentException {
  private final int position;

  public QuerySyntaxException(String message, int position) {
    super(message + " at position " + position);
    this.position = position;
  }

  /** 0-based character position in the query string where the problem was found. */
  public int position() {
    return position;
  }
}
