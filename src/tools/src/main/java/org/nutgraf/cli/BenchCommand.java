package org.nutgraf.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nutgraf.bench.Bench;
import org.nutgraf.bench.BenchJson;
import org.nutgraf.bench.BenchOptions;
import org.nutgraf.bench.BenchReport;
import org.nutgraf.bench.BenchText;
import org.nutgraf.bench.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Benchmarks Nutgraf against plain Lucene on a generated corpus, or writes that corpus. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Index a generated news corpus with plain Lucene and with Nutgraf, alternating, then time"
          + " recognition and queries; every speed is also given as a ratio to plain Lucene.",
      "With --write-corpus, write the corpus as JSON Lines instead and exit."
    })
final class BenchCommand implements Callable<Integer> {
  /** The repository's fixture articles, relative to where the bench runs. */
  private static final Path DEFAULT_FIXTURES = Path.of("index-fixtures", "articles");

  @Spec CommandSpec spec;

  @Option(
      names = "--paragraphs",
      required = true,
      paramLabel = "N",
      description = "Corpus size in paragraphs.")
  long paragraphs;

  @Option(
      names = "--threads",
      paramLabel = "T",
      defaultValue = "1",
      description = "Also index with T threads (default: ${DEFAULT-VALUE}, one thread only).")
  int threads;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "42",
      description = "Corpus seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--query-runs",
      paramLabel = "N",
      defaultValue = "200",
      description = "Timed runs of each query kind (default: ${DEFAULT-VALUE}).")
  int queryRuns;

  @Option(
      names = "--rounds",
      paramLabel = "R",
      defaultValue = "3",
      description =
          "Rounds of alternating indexing runs; ratios are medians over rounds"
              + " (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(
      names = "--no-merges",
      description = "Skip the small-buffer indexing run with merges and the forceMerge(1) timing.")
  boolean noMerges;

  @Option(
      names = "--fixtures",
      paramLabel = "DIR",
      description =
          "Real articles to time recognition on (default: index-fixtures/articles when it is"
              + " there).")
  Path fixtures;

  @Option(
      names = "--text",
      paramLabel = "FILE",
      description = "Also time recognition on the articles of FILE (.jsonl or .txt).")
  Path text;

  @Option(
      names = "--keep",
      paramLabel = "DIR",
      description =
          "Build the indexes in DIR and leave them (default: a temporary directory,"
              + " removed afterwards).")
  Path keep;

  @Option(
      names = "--write-corpus",
      paramLabel = "FILE",
      description = "Write the corpus to FILE as JSON Lines and exit without benchmarking.")
  Path writeCorpus;

  @Option(names = "--json", description = "Also print the report as one JSON object, last line.")
  boolean json;

  private static void checkReadable(String option, Path p) {
    if (!Files.isReadable(p)) {
      throw new UsageException(option + ": cannot read " + p);
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (paragraphs < 1) {
      throw new UsageException("--paragraphs: must be at least 1, was " + paragraphs);
    }
    if (writeCorpus != null) {
      long start = System.nanoTime();
      long articles = CorpusGenerator.of(seed, paragraphs).writeJsonLines(writeCorpus);
      out.printf(
          Locale.ROOT,
          "wrote %,d articles, %,d paragraphs (seed %d) to %s in %.1fs%n",
          articles,
          paragraphs,
          seed,
          writeCorpus,
          (System.nanoTime() - start) / 1e9);
      return 0;
    }
    BenchOptions options;
    try {
      options =
          BenchOptions.of(paragraphs)
              .withThreads(threads)
              .withSeed(seed)
              .withQueryRuns(queryRuns)
              .withRounds(rounds)
              .withMerges(!noMerges)
              .withProgress(
                  line -> {
                    err.println("bench: " + line);
                    err.flush();
                  });
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          e.getMessage().replaceFirst("^(\\w+):", "--$1:").replace("--queryRuns", "--query-runs"));
    }
    if (keep != null) {
      options = options.withKeep(keep);
    }
    Path fixtureDir = fixtures != null ? fixtures : DEFAULT_FIXTURES;
    if (fixtures != null || Files.isDirectory(fixtureDir)) {
      checkReadable("--fixtures", fixtureDir);
      options = options.withFixtures(fixtureDir);
    }
    if (text != null) {
      checkReadable("--text", text);
      options = options.withText(text);
    }
    BenchReport report = Bench.run(options);
    BenchText.print(report, out);
    if (json) {
      out.println(BenchJson.toJson(report));
    }
    out.flush();
    return 0;
  }
}
