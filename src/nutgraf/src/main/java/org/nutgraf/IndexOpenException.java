package org.nutgraf;

import java.io.IOException;

/**
 * An index that cannot be opened: the path is a file or not writable, another writer holds its
 * lock, it was written with another schema version, or it is corrupt. The message says which and
 * where.
 */
public final class IndexOpenException extends IOException {
  public IndexOpenException(String message) {
    super(message);
  }

  public IndexOpenException(String message, Throwable cause) {
    super(message, cause);
  }
}
