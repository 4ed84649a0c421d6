package org.nutgraf;

import java.util.List;
import org.nutgraf.ingest.InputProblem;

/**
 * A batch that was refused because some of its input is bad; nothing of it was committed. Each
 * problem names its file and line.
 */
public final class IngestException extends Exception {
  private final transient List<InputProblem> problems;

  public IngestException(List<InputProblem> problems) {
    super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
        + " in the input; nothing was indexed. First: " + problems.get(0));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in input order. */
  public List<InputProblem> problems() {
    return problems;
  }
}
