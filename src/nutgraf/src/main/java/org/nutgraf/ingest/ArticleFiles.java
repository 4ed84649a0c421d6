package org.nutgraf.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads article files and directories: {@code .jsonl} files as JSON Lines, {@code .txt} files as
 * plain-text articles; a directory means every such file below it, in name order; {@code -} means
 * JSON Lines on standard input. Only regular files are read: a FIFO, socket or device named as
 * input is refused (it may never end), so pipe it into {@code -} instead.
 *
 * <p>Example: {@code new ArticleFiles(ReaderOptions.defaults()).read(List.of(dir), sink)}.
 */
public final class ArticleFiles {
  /** The path that means standard input, read as JSON Lines. */
  public static final Path STDIN = Path.of("-");

  private final ReaderOptions options;
  private final InputStream stdin;

  /** Reads files with {@code options}; {@code -} reads {@link System#in}. */
  public ArticleFiles(ReaderOptions options) {
    this(options, System.in);
  }

  /** Reads files with {@code options}; {@code -} reads {@code stdin}. */
  public ArticleFiles(ReaderOptions options, InputStream stdin) {
    this.options = options;
    this.stdin = stdin;
  }

  /**
   * Lists the input files that {@code paths} name.
   *
   * @throws InputException if a path does not exist, cannot be read (permission denied), is not a
   *     regular .jsonl/.txt file (a FIFO or device is refused), or is a directory with no input
   *     files
   */
  public static List<Path> expand(List<Path> paths) throws InputException {
    List<Path> files = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    for (Path p : paths) {
      if (p.equals(STDIN)) {
        files.add(p);
      } else if (Files.exists(p) && !Files.isReadable(p)) {
        problems.add(new InputProblem(p.toString(), 0, "cannot read: permission denied"));
      } else if (Files.isDirectory(p)) {
        List<Path> found;
        try (Stream<Path> walk = Files.walk(p)) {
          found = walk.filter(Files::isRegularFile).filter(ArticleFiles::isInput).sorted().toList();
        } catch (UncheckedIOException e) {
          problems.add(new InputProblem(p.toString(), 0, "cannot list directory: " + e.getCause()));
          continue;
        } catch (AccessDeniedException e) {
          problems.add(
              new InputProblem(e.getFile(), 0, "cannot list directory: permission denied"));
          continue;
        } catch (IOException e) {
          problems.add(new InputProblem(p.toString(), 0, "cannot list directory: " + e));
          continue;
        }
        if (found.isEmpty()) {
          problems.add(new InputProblem(p.toString(), 0, "directory has no .jsonl or .txt files"));
        }
        files.addAll(found);
      } else if (!Files.exists(p)) {
        problems.add(new InputProblem(p.toString(), 0, "no such file or directory"));
      } else if (!Files.isRegularFile(p)) {
        problems.add(
            new InputProblem(
                p.toString(),
                0,
                "not a regular file (a FIFO or device may never end); pipe it into - instead"));
      } else if (!isInput(p)) {
        problems.add(
            new InputProblem(p.toString(), 0, "not an input file: expected .jsonl or .txt"));
      } else {
        files.add(p);
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return files;
  }

  private static boolean isInput(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".txt");
  }

  /**
   * Reads every article in {@code paths}, giving each article or problem to {@code sink} in order.
   *
   * @throws InputException as {@link #expand}
   * @throws IOException if a file cannot be read
   */
  public void read(List<Path> paths, Consumer<ParsedArticle> sink)
      throws InputException, IOException {
    for (Path file : expand(paths)) {
      readFile(file, sink);
    }
  }

  /**
   * Reads one .jsonl or .txt file, or standard input for {@code -}.
   *
   * @throws AccessDeniedException if the file cannot be read: permission denied
   * @throws IOException if reading fails
   */
  public void readFile(Path file, Consumer<ParsedArticle> sink) throws IOException {
    if (file.equals(STDIN)) {
      new JsonLinesReader(options).read(new NotClosing(stdin), "<stdin>", sink);
      return;
    }
    String name = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      if (name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
        String id = file.getFileName().toString();
        id = id.substring(0, id.length() - ".txt".length());
        sink.accept(new TextArticleReader(options).read(in, id, name));
      } else {
        new JsonLinesReader(options).read(in, name, sink);
      }
    }
  }

  /** Standard input stays open after reading: the caller owns it. */
  private static final class NotClosing extends FilterInputStream {
    NotClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
