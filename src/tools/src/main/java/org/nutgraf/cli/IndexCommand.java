package org.nutgraf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nutgraf.Ingest;
import org.nutgraf.IngestException;
import org.nutgraf.IngestOptions;
import org.nutgraf.IngestReport;
import org.nutgraf.NewsIndex;
import org.nutgraf.entity.ArticleTagger;
import org.nutgraf.ingest.InputException;
import org.nutgraf.ingest.InputProblem;
import org.nutgraf.ingest.ReaderOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin FirmsOption firms;

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

  @Option(
      names = "--max-line-bytes",
      paramLabel = "N",
      description = "Refuse a line longer than N bytes, at its FILE:LINE (default: 16 MiB).")
  int maxLineBytes = ReaderOptions.DEFAULT_MAX_LINE_BYTES;

  @Option(
      names = "--max-paragraph-chars",
      paramLabel = "N",
      description = "Refuse an article with a paragraph over N characters (default: 200,000).")
  int maxParagraphChars = ReaderOptions.DEFAULT_MAX_PARAGRAPH_CHARS;

  @Option(
      names = "--max-id-chars",
      paramLabel = "N",
      description = "Refuse an article whose id is over N characters (default: 512, at most 8000).")
  int maxIdChars = ReaderOptions.DEFAULT_MAX_ID_CHARS;

  @Option(
      names = "--max-source-chars",
      paramLabel = "N",
      description =
          "Refuse an article whose source is over N characters (default: 512, at most 8000).")
  int maxSourceChars = ReaderOptions.DEFAULT_MAX_SOURCE_CHARS;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files or directories; - reads JSON Lines from standard input.")
  List<Path> inputs;

  private ReaderOptions readerOptions() {
    return OptionValues.check(
        Map.of(
            "maxLineBytes", "--max-line-bytes",
            "maxParagraphChars", "--max-paragraph-chars",
            "maxIdChars", "--max-id-chars",
            "maxSourceChars", "--max-source-chars"),
        "--max-line-bytes",
        () ->
            ReaderOptions.defaults()
                .withStrict(strict)
                .withMaxLineBytes(maxLineBytes)
                .withMaxParagraphChars(maxParagraphChars)
                .withMaxIdChars(maxIdChars)
                .withMaxSourceChars(maxSourceChars));
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = Progress.of(err, "indexed", "articles");
    IngestOptions unchecked =
        IngestOptions.defaults()
            .withSkipInvalid(skipInvalid)
            .withReader(readerOptions())
            .withProgress(r -> progress.update(r.articles(), r.bytesRead(), r.bytesTotal()));
    IngestOptions options =
        OptionValues.check("--commit-every", () -> unchecked.withCommitEvery(commitEvery));
    IngestReport report;
    if (threads < 0 || threads > 256) {
      throw new UsageException("--threads: must be between 0 and 256, was " + threads);
    }
    // without --firms the tagger is the one the index takes by default
    ArticleTagger tagger = firms.applyTo(ArticleTagger.forIndexing());
    try (NewsIndex idx =
        OptionValues.index(
            () -> NewsIndex.builder().path(index).taggingThreads(threads).tagger(tagger).open())) {
      report = Ingest.run(idx, inputs, options);
    } catch (InputException e) {
      progress.end();
      if (e.problems().size() == 1) {
        throw new UsageException(e.problems().get(0).toString());
      }
      for (InputProblem p : e.problems()) {
        err.println(Printable.of(p.toString()));
      }
      throw new UsageException(
          e.problems().size() + " input paths cannot be read; nothing was indexed");
    } catch (IngestException e) {
      progress.end();
      for (InputProblem p : e.problems()) {
        err.println(Printable.of(p.toString()));
      }
      throw new UsageException(
          e.problems().size()
              + " problem"
              + (e.problems().size() == 1 ? "" : "s")
              + " in the input; "
              + (e.committed() == 0
                  ? "nothing was indexed"
                  : "the first "
                      + e.committed()
                      + " articles (the chunks through "
                      + e.committedThrough()
                      + ") stay committed, the rest was not indexed")
              + " (--skip-invalid indexes the rest)");
    } finally {
      progress.end(); // before the line of any other error
    }
    progress.end();
    for (InputProblem p : report.skipped()) {
      err.println(Printable.of(p.toString()) + " (skipped)");
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
