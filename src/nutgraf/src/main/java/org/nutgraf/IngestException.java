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
  private final String committedThrough;

  public IngestException(List<InputProblem> problems) {
    this(problems, 0, "");
  }

  /**
   * A refused batch of which {@code committed} articles (earlier chunks, with {@code commitEvery})
   * were committed before the problem, the last of them at {@code committedThrough} (FILE:LINE;
   * empty when nothing was committed).
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public IngestException(List<InputProblem> problems, long committed, String committedThrough) {
    super(
        requireSome(problems).size()
            + " problem"
            + (problems.size() == 1 ? "" : "s")
            + " in the input; "
            + (committed == 0
                ? "nothing was indexed"
                : kept(committed, committedThrough) + ", the rest was not indexed")
            + ". First: "
            + problems.get(0));
    this.problems = List.copyOf(problems);
    this.committed = committed;
    this.committedThrough = committedThrough;
  }

  private static List<InputProblem> requireSome(List<InputProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems: give at least one");
    }
    return problems;
  }

  /** "the first N articles (chunks through FILE:LINE) stay committed". */
  static String kept(long committed, String through) {
    return "the first "
        + committed
        + " articles (the chunks through "
        + through
        + ") stay committed";
  }

  /** FILE:LINE of the last article committed before the problem; empty when none was. */
  public String committedThrough() {
    return committedThrough;
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
