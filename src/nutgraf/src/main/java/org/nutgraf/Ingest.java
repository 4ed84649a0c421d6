package org.nutgraf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nutgraf.article.Article;
import org.nutgraf.ingest.ArticleFiles;
import org.nutgraf.ingest.InputException;
import org.nutgraf.ingest.InputProblem;
import org.nutgraf.ingest.ParsedArticle;

/**
 * Indexes a batch of article files as one unit: every article is read and checked; by default one
 * bad article means nothing of the batch is committed, and with {@code skipInvalid} the bad ones
 * are left out and reported. An article id that appears twice in one batch is an error (the second
 * occurrence is the bad one), since a feed that repeats an id is usually broken. With {@link
 * IngestOptions#commitEvery()} the batch commits in chunks, each all or nothing. Articles are
 * tagged and written on the index's tagging threads ({@link NewsIndex.Builder#taggingThreads})
 * while the calling thread reads and checks them.
 *
 * <p>Example: {@code Ingest.run(index, List.of(Path.of("articles")), IngestOptions.defaults())}.
 */
public final class Ingest {
  private Ingest() {}

  /**
   * Reads, checks, indexes and commits the articles in {@code inputs}.
   *
   * @throws InputException if an input path is missing or a directory holds no input files
   * @throws IngestException if an article is bad and {@code skipInvalid} is off; the index is then
   *     unchanged
   * @throws IOException if a file cannot be read or the index cannot be written; the index is then
   *     as the last commit left it
   */
  public static IngestReport run(NewsIndex index, List<Path> inputs, IngestOptions options)
      throws InputException, IngestException, IOException {
    long start = System.nanoTime();
    List<Path> files = ArticleFiles.expand(inputs);
    List<InputProblem> problems = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    // articles, paragraphs, control characters, committed, bytes read, bytes in all
    long[] counts = new long[6];
    for (Path file : files) {
      counts[5] += sizeOf(file);
    }
    long[] lastReport = {start};
    String[] committedThrough = {""}; // FILE:LINE of the last article committed in a chunk
    ArticleFiles reader = new ArticleFiles(options.reader());
    BulkWriter bulk = index.bulkWriter();
    boolean ok = false;
    try {
      for (Path file : files) {
        reader.readFile(
            file,
            parsed -> {
              if (!parsed.isValid()) {
                problems.addAll(parsed.problems());
                return;
              }
              Article a = parsed.article().get();
              String first = seen.putIfAbsent(a.id(), parsed.file() + ":" + parsed.line());
              if (first != null) {
                problems.add(
                    new InputProblem(
                        parsed.file(),
                        parsed.line(),
                        "duplicate id \"" + a.id() + "\" (first at " + first + ")"));
                return;
              }
              if (!problems.isEmpty() && !options.skipInvalid()) {
                return; // the batch will be refused: only keep checking
              }
              index(bulk, a, parsed, counts);
              if (options.commitEvery() > 0 && counts[0] - counts[3] >= options.commitEvery()) {
                commit(index, bulk, counts);
                committedThrough[0] = parsed.file() + ":" + parsed.line();
              }
              long now = System.nanoTime();
              if (now - lastReport[0] > 1_000_000_000L) {
                lastReport[0] = now;
                options.progress().accept(report(counts, problems, start));
              }
            });
        counts[4] += sizeOf(file);
      }
      if (!problems.isEmpty() && !options.skipInvalid()) {
        throw new IngestException(problems, counts[3], committedThrough[0]);
      }
      bulk.flush();
      index.commit();
      ok = true;
    } catch (UncheckedIOException e) {
      throw chunksKept(e.getCause(), counts[3], committedThrough[0]);
    } catch (IOException e) {
      throw chunksKept(e, counts[3], committedThrough[0]);
    } finally {
      if (!ok) {
        bulk.discard();
        index.rollback();
      }
    }
    return report(counts, problems, start);
  }

  /** A failure after some chunks were committed says which ones stay. */
  private static IOException chunksKept(IOException e, long committed, String through) {
    if (committed == 0) {
      return e;
    }
    String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new IOException(
        what + "; " + IngestException.kept(committed, through) + ", the rest was not indexed", e);
  }

  private static void index(BulkWriter bulk, Article a, ParsedArticle parsed, long[] counts) {
    try {
      bulk.add(a);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    counts[0]++;
    counts[1] += a.paragraphs().size();
    counts[2] += parsed.controlCharsRemoved();
  }

  private static void commit(NewsIndex index, BulkWriter bulk, long[] counts) {
    try {
      bulk.flush();
      index.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    counts[3] = counts[0];
  }

  private static IngestReport report(long[] counts, List<InputProblem> problems, long start) {
    return new IngestReport(
        counts[0],
        counts[1],
        problems,
        counts[2],
        Duration.ofNanos(System.nanoTime() - start),
        counts[4],
        counts[5]);
  }

  /** A file's size for progress reports; 0 when it cannot be read, which reading then reports. */
  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
