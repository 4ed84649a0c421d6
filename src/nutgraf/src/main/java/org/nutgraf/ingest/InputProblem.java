package org.nutgraf.ingest;

import java.util.Objects;

/**
 * Something wrong with one place in an input file; prints as {@code FILE:LINE: message}.
 *
 * @param file the file, as the user named it
 * @param line 1-based line number; 0 when the problem concerns the whole file
 * @param message what is wrong, naming the field and value where there is one
 */
public record InputProblem(String file, int line, String message) {
  public InputProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
