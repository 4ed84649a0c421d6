package org.nutgraf.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads article files and directories: {@code .jsonl} files as JSON Lines, {@code .txt} files as
 * plain-text articles; a directory means every such file below it, in name order.
 *
 * <p>Example: {@code new ArticleFiles(ReaderOptions.defaults()).read(List.of(dir), sink)}.
 */
public final class ArticleFiles {
  private final ReaderOptions options;

  public ArticleFiles(ReaderOptions options) {
    this.options = options;
  }

  /**
   * Lists the input files that {@code paths} name.
   *
   * @throws InputException if a path does not exist, is not a .jsonl/.txt file, or is a directory
   *     with no input files
   */
  public static List<Path> expand(List<Path> paths) throws InputException {
    List<Path> files = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        List<Path> found;
        try (Stream<Path> walk = Files.walk(p)) {
          found = walk.filter(Files::isRegularFile).filter(ArticleFiles::isInput).sorted().toList();
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

  /** Reads one .jsonl or .txt file. */
  public void readFile(Path file, Consumer<ParsedArticle> sink) throws IOException {
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
}
