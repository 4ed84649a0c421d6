package org.nutgraf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nutgraf.ingest.InputProblem;

/** The one-line message of a refused batch and what it keeps. */
class IngestExceptionTest {
  private static final InputProblem BAD_DATE =
      new InputProblem("wire.jsonl", 12, "field \"published\": not a date: \"soon\"");
  private static final InputProblem EMPTY_FILE = new InputProblem("notes.txt", 0, "no text");

  @Test
  void oneProblemNothingIndexed() {
    IngestException e = new IngestException(List.of(BAD_DATE));

    assertEquals(
        "1 problem in the input; nothing was indexed. First: wire.jsonl:12: field \"published\":"
            + " not a date: \"soon\"",
        e.getMessage());
    assertEquals(0, e.committed());
    assertEquals("", e.committedThrough());
  }

  @Test
  void severalProblemsAreCountedAndTheFirstShown() {
    IngestException e = new IngestException(List.of(EMPTY_FILE, BAD_DATE));

    assertEquals(
        "2 problems in the input; nothing was indexed. First: notes.txt: no text", e.getMessage());
    assertEquals(List.of(EMPTY_FILE, BAD_DATE), e.problems());
  }

  @Test
  void committedChunksAreNamedWithWhereTheyEnd() {
    IngestException e = new IngestException(List.of(BAD_DATE), 500, "wire.jsonl:11");

    assertEquals(
        "1 problem in the input; the first 500 articles (the chunks through wire.jsonl:11) stay"
            + " committed, the rest was not indexed. First: wire.jsonl:12: field \"published\":"
            + " not a date: \"soon\"",
        e.getMessage());
    assertEquals(500, e.committed());
    assertEquals("wire.jsonl:11", e.committedThrough());
  }

  @Test
  void theProblemsAreCopied() {
    List<InputProblem> problems = new ArrayList<>(List.of(BAD_DATE));
    IngestException e = new IngestException(problems);
    problems.add(EMPTY_FILE);

    assertEquals(List.of(BAD_DATE), e.problems());
  }

  @Test
  void aBatchRefusedWithoutAProblemIsAProgrammingError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new IngestException(List.of()));

    assertEquals("problems: give at least one", e.getMessage());
  }
}
