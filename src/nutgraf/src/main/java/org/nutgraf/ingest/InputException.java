package org.nutgraf.ingest;

import java.util.List;

/** Thrown when input cannot be read at all (a missing file, a directory with no input files). */
public final class InputException extends Exception {
  private final transient List<InputProblem> problems;

  public InputException(InputProblem problem) {
    this(List.of(problem));
  }

  public InputException(List<InputProblem> problems) {
    super(problems.isEmpty() ? "invalid input" : problems.get(0).toString());
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in input order; never empty. */
  public List<InputProblem> problems() {
    return problems;
  }
}
