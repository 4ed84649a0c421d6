package org.nutgraf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Sizes and removal of the bench's directories. */
public final class BenchFiles {
  private BenchFiles() {}

  /** Bytes of every regular file under {@code dir}; 0 when it does not exist. */
  static long size(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      long sum = 0;
      for (Path p : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(p)) {
          sum += Files.size(p);
        }
      }
      return sum;
    }
  }

  /** The file that marks a directory as the bench's own, so a later run may reuse it. */
  static final String MARKER = "nutgraf-bench.dir";

  /**
   * Makes {@code dir} the bench's directory for {@code --keep}: a new or empty directory, or one an
   * earlier bench made. The bench deletes and rebuilds its subdirectories, so a directory with
   * anything else in it is refused rather than emptied.
   *
   * @throws IllegalArgumentException if {@code dir} holds files the bench did not make
   */
  static Path keepDirectory(Path dir) throws IOException {
    if (Files.isDirectory(dir) && !Files.exists(dir.resolve(MARKER))) {
      try (Stream<Path> list = Files.list(dir)) {
        if (list.findAny().isPresent()) {
          throw new IllegalArgumentException(
              "--keep "
                  + dir
                  + ": not empty and not made by bench; give a new or empty directory (bench"
                  + " deletes what it builds there)");
        }
      }
    }
    Files.createDirectories(dir);
    if (!Files.exists(dir.resolve(MARKER))) {
      Files.writeString(dir.resolve(MARKER), "made by nutgraf bench; it may delete this folder\n");
    }
    return dir;
  }

  /** Removes {@code dir} and everything below it; nothing happens when it does not exist. */
  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
