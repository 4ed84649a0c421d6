package org.nutgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.IndexOpenException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** Option values read, and their errors worded, in the user's terms. */
class OptionValuesTest {
  @Command(name = "probe")
  static final class Probe {
    @Option(names = "--from")
    LocalDate from;

    @Option(names = {"-n", "--limit"})
    int limit;

    @Option(names = "--seed")
    long seed;

    @Parameters(paramLabel = "FILE", arity = "0..1")
    int file;
  }

  private static Probe parse(String... args) {
    Probe p = new Probe();
    CommandLine cli = new CommandLine(p);
    OptionValues.register(cli);
    cli.parseArgs(args);
    return p;
  }

  private static String error(String... args) {
    return OptionValues.message(assertThrows(ParameterException.class, () -> parse(args)));
  }

  @Test
  void datesAndWholeNumbersAreRead() {
    Probe p = parse("--from", "2021-02-28", "--limit", " 12 ", "--seed", "-9000000000");
    assertEquals(LocalDate.of(2021, 2, 28), p.from);
    assertEquals(12, p.limit, "spaces around a number are allowed");
    assertEquals(-9_000_000_000L, p.seed);
  }

  @Test
  void aBadDateNamesTheOptionTheValueAndTheFormat() {
    assertEquals(
        "--from: invalid date '2019-13-01' (expected YYYY-MM-DD, a real day)",
        error("--from", "2019-13-01"));
    assertEquals(
        "--from: invalid date '2021-02-29' (expected YYYY-MM-DD, a real day)",
        error("--from", "2021-02-29"));
  }

  @Test
  void aBadNumberNamesTheLongestOptionName() {
    assertEquals("--limit: invalid number 'ten' (expected a whole number)", error("-n", "ten"));
    assertEquals("--limit: invalid number '2.5' (expected a whole number)", error("-n", "2.5"));
    assertEquals("--limit: number '3000000000' is too large", error("--limit", "3000000000"));
    assertEquals(
        "--seed: invalid number '99999999999999999999' (expected a whole number)",
        error("--seed", "99999999999999999999"));
  }

  @Test
  void aBadPositionalValueNamesItsLabel() {
    assertEquals("FILE: invalid number 'x' (expected a whole number)", error("x"));
  }

  @Test
  void anUnknownOptionKeepsPicocliWording() {
    String m = error("--nope");
    assertTrue(m.contains("--nope"), m);
  }

  @Test
  void aLibraryRefusalNamesTheOptionInsteadOfTheField() {
    UsageException e =
        assertThrows(
            UsageException.class,
            () ->
                OptionValues.check(
                    Map.of("pageSize", "--limit"),
                    "--query",
                    () -> {
                      throw new IllegalArgumentException("pageSize: must be at most 1000");
                    }));
    assertEquals("--limit: must be at most 1000", e.getMessage());
  }

  @Test
  void aRefusalOfAnotherFieldOrWithoutFieldNamesTheFallback() {
    assertEquals(
        "--query: must not be empty",
        refusal(() -> new IllegalArgumentException("text: must not be empty")));
    assertEquals(
        "--query: nothing to search",
        refusal(() -> new IllegalArgumentException("nothing to search")));
    assertEquals("--query: invalid value", refusal(IllegalArgumentException::new));
  }

  @Test
  void aStepThatSucceedsGivesItsValue() {
    assertEquals(7, OptionValues.check("--limit", () -> 7));
  }

  private static String refusal(Supplier<IllegalArgumentException> e) {
    return assertThrows(
            UsageException.class,
            () ->
                OptionValues.check(
                    "--query",
                    () -> {
                      throw e.get();
                    }))
        .getMessage();
  }

  @Test
  void anIndexThatCannotOpenIsAnErrorOfTheIndexOption() {
    UsageException e =
        assertThrows(
            UsageException.class,
            () ->
                OptionValues.index(
                    () -> {
                      throw new IndexOpenException("not a Nutgraf index");
                    }));
    assertEquals("--index: not a Nutgraf index", e.getMessage());
  }

  @Test
  void anOutputFileMustNotBeADirectoryNorInAMissingOne(@TempDir Path tmp) throws IOException {
    UsageException dir =
        assertThrows(UsageException.class, () -> OptionValues.output("--out", tmp));
    assertEquals("--out: '" + tmp + "' is a directory, not a file", dir.getMessage());
    Path lost = tmp.resolve("missing").resolve("report.json");
    UsageException missing =
        assertThrows(UsageException.class, () -> OptionValues.output("--out", lost));
    assertEquals(
        "--out: no such directory '" + lost.getParent() + "' for '" + lost + "'",
        missing.getMessage());
    Path ok = tmp.resolve("report.json");
    try (Writer w = OptionValues.output("--out", ok)) {
      w.write("{}");
    }
    assertEquals("{}", Files.readString(ok));
  }
}
