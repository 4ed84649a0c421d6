package org.nutgraf.search;

/** A paging cursor that is malformed, forged, expired or belongs to another query. */
public final class InvalidCursorException extends IllegalArgumentException {
  public InvalidCursorException(String message) {
    super(message);
  }
}
