package org.nutgraf;

import java.util.List;
import org.nutgraf.ingest.InputProblem;

/**
 * A batch that was refused because some of its input is bad; nothing of it was committed. Each
 * problem names its file and line.
 */
public final class IngestException extends Exception {
  private final transient List<InputProblem> problems;
  private final long committed;

  public IngestException(List<InputProblem> problems) {
    this(problems, 0);
  }

  /**
   * A refused batch of which {@code committed} articles (earlier chunks, with {@code commitEvery})
   * were committed before the problem.
   */
  public IngestException(List<InputProblem> problems, long committed) {
    super(
        problems.size()
            + " problem"
            + (problems.size() == 1 ? "" : "s")
            + " in the input; "
            + (committed == 0
                ? "nothing was indexed"
                : committed
                    + " articles of earlier chunks"
                    + " stay committed, the rest was not indexed")
            + ". First: "
            + problems.get(0));
    this.problems = List.copyOf(problems);
    this.committed = committed;
  }

  /** Articles committed before the problem (only with chunked commits); usually 0. */
  public long committed() {
    return committed;
  }

  /** Every problem, in input order. */
  public List<InputProblem> problems() {
    return problems;
  }
}
