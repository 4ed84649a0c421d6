package org.nutgraf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InputProblemTest {
  @Test
  void printsFileLineAndMessage() {
    assertEquals("a.jsonl:3: bad value", new InputProblem("a.jsonl", 3, "bad value").toString());
  }

  @Test
  void leavesOutLineZeroForProblemsOfTheWholeFile() {
    assertEquals("a.jsonl: empty file", new InputProblem("a.jsonl", 0, "empty file").toString());
  }
}
