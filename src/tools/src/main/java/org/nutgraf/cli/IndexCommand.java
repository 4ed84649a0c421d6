package org.nutgraf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nutgraf.Ingest;
import org.nutgraf.IngestException;
import org.nutgraf.IngestOptions;
import org.nutgraf.IngestReport;
import org.nutgraf.NewsIndex;
import org.nutgraf.ingest.InputException;
import org.nutgraf.ingest.InputProblem;
import org.nutgraf.ingest.ReaderOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Indexes article files into an index directory, all or nothing unless --skip-invalid. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Index articles: .jsonl (JSON Lines) and .txt files, or directories of them.",
      "By default the whole batch is checked and nothing is committed if anything is wrong."
    })
final class IndexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index directory.")
  Path index;

  @Option(names = "--skip-invalid", description = "Index the good articles, report the bad ones.")
  boolean skipInvalid;

  @Option(names = "--strict", description = "Treat unknown JSON fields as errors.")
  boolean strict;

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "Commit every N articles, each chunk all or nothing (default: once, at the end).")
  int commitEvery;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Threads that tag articles while the main thread reads and writes them; 0 tags on the"
              + " main thread (default: the number of processors, here ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
  List<Path> inputs;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IngestOptions unchecked =
        IngestOptions.defaults()
            .withSkipInvalid(skipInvalid)
            .withReader(ReaderOptions.defaults().withStrict(strict))
            .withProgress(
                r -> {
                  err.printf(
                      Locale.ROOT,
                      "\rindexed %,d articles (%,.0f articles/s)",
                      r.articles(),
                      r.articlesPerSecond());
                  err.flush();
                });
    IngestOptions options =
        OptionValues.check("--commit-every", () -> unchecked.withCommitEvery(commitEvery));
    IngestReport report;
    if (threads < 0 || threads > 256) {
      throw new UsageException("--threads: must be between 0 and 256, was " + threads);
    }
    try (NewsIndex idx = NewsIndex.builder().path(index).taggingThreads(threads).open()) {
      report = Ingest.run(idx, inputs, options);
    } catch (InputException e) {
      if (e.problems().size() == 1) {
        throw new UsageException(e.problems().get(0).toString());
      }
      for (InputProblem p : e.problems()) {
        err.println(p);
      }
      throw new UsageException(
          e.problems().size() + " input paths cannot be read; nothing was indexed");
    } catch (IngestException e) {
      for (InputProblem p : e.problems()) {
        err.println(p);
      }
      throw new UsageException(
          e.problems().size()
              + " problem"
              + (e.problems().size() == 1 ? "" : "s")
              + " in the input; "
              + (e.committed() == 0
                  ? "nothing was indexed"
                  : e.committed()
                      + " articles of earlier chunks stay committed, the rest was not indexed")
              + " (--skip-invalid indexes the rest)");
    }
    for (InputProblem p : report.skipped()) {
      err.println(p + " (skipped)");
    }
    out.printf(
        Locale.ROOT,
        "indexed %,d articles, %,d paragraphs into %s in %.1fs; skipped %d; removed %d control"
            + " characters%n",
        report.articles(),
        report.paragraphs(),
        index,
        report.elapsed().toMillis() / 1000.0,
        report.skipped().size(),
        report.controlCharsRemoved());
    return 0;
  }
}
