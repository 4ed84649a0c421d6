package org.nutgraf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the bench runs: its documented defaults and the values it refuses. */
class BenchOptionsTest {
  @Test
  void theDefaultsAreThoseDocumented() {
    BenchOptions o = BenchOptions.of(5_000);
    assertEquals(5_000, o.paragraphs());
    assertEquals(1, o.threads());
    assertEquals(42, o.seed());
    assertEquals(200, o.queryRuns());
    assertEquals(3, o.rounds());
    assertTrue(o.merges());
    assertEquals(Optional.empty(), o.fixtures());
    assertEquals(Optional.empty(), o.text());
    assertEquals(Optional.empty(), o.keep());
  }

  @Test
  void eachWithChangesOnlyItsOwnValue() {
    List<String> lines = new ArrayList<>();
    BenchOptions o =
        BenchOptions.of(10)
            .withThreads(4)
            .withSeed(7)
            .withQueryRuns(5)
            .withRounds(2)
            .withMerges(false)
            .withFixtures(Path.of("fx"))
            .withText(Path.of("t.jsonl"))
            .withKeep(Path.of("kept"))
            .withProgress(lines::add);
    assertEquals(
        new BenchOptions(
            10,
            4,
            7,
            5,
            2,
            false,
            Optional.of(Path.of("fx")),
            Optional.of(Path.of("t.jsonl")),
            Optional.of(Path.of("kept")),
            o.progress()),
        o);
    o.progress().accept("indexing");
    assertEquals(List.of("indexing"), lines);
  }

  @Test
  void outOfRangeValuesAreRefusedNamingTheField() {
    assertEquals(
        "paragraphs: must be >= 1, was 0",
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.of(0)).getMessage());
    assertEquals(
        "threads: must be between 1 and 256, was 257",
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.of(1).withThreads(257))
            .getMessage());
    assertEquals(
        "queryRuns: must be >= 1, was 0",
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.of(1).withQueryRuns(0))
            .getMessage());
    assertEquals(
        "rounds: must be >= 1, was 0",
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.of(1).withRounds(0))
            .getMessage());
  }
}
