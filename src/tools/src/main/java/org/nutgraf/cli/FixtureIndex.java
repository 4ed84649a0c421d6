package org.nutgraf.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.nutgraf.Ingest;
import org.nutgraf.IngestOptions;
import org.nutgraf.NewsIndex;
import org.nutgraf.bench.BenchFiles;
import org.nutgraf.ingest.ArticleFiles;
import org.nutgraf.ingest.InputException;

/**
 * The index {@code search} uses when given none: built from the index-fixtures shipped beside the
 * jar (the checkout's, for target/nutgraf-cli.jar) on first use, kept beside the jar
 * (target/fixtures-index) and rebuilt when the fixtures change. The working directory plays no
 * part, so that {@code search} run elsewhere never indexes what happens to lie there.
 */
final class FixtureIndex {
  private FixtureIndex() {}

  static NewsIndex open() throws Exception {
    Path fixtures =
        locate()
            .orElseThrow(
                () ->
                    new UsageException(
                        "no --index given and no index-fixtures/articles directory beside the jar"
                            + " (give --index DIR, or set -Dnutgraf.fixtures=DIR)"));
    String stamp = stamp(fixtures);
    Path home = jarDirectory().orElse(Path.of(System.getProperty("java.io.tmpdir")));
    Path dir = home.resolve("fixtures-index");
    Path stampFile = dir.resolve("nutgraf-fixtures.stamp");
    if (Files.isDirectory(dir)
        && Files.exists(stampFile)
        && Files.readString(stampFile).equals(stamp)) {
      return NewsIndex.openReadOnly(dir);
    }
    BenchFiles.deleteTree(dir);
    try (NewsIndex index = NewsIndex.open(dir)) {
      Ingest.run(index, List.of(fixtures), IngestOptions.defaults());
    }
    Files.writeString(stampFile, stamp);
    return NewsIndex.openReadOnly(dir);
  }

  private static Optional<Path> locate() {
    String property = System.getProperty("nutgraf.fixtures");
    if (property != null) {
      return Optional.of(Path.of(property));
    }
    return jarDirectory().flatMap(FixtureIndex::fixturesBeside);
  }

  /**
   * The {@code index-fixtures/articles} directory beside {@code jarDirectory} (target/ of the
   * checkout) or, from the classes of a module build, a few levels further up; never the working
   * directory's.
   */
  static Optional<Path> fixturesBeside(Path jarDirectory) {
    Path dir = jarDirectory.toAbsolutePath();
    for (int up = 0; dir != null && up < 4; up++, dir = dir.getParent()) {
      Path fixtures = dir.resolveSibling("index-fixtures").resolve("articles");
      if (Files.isDirectory(fixtures)) {
        return Optional.of(fixtures);
      }
    }
    return Optional.empty();
  }

  private static Optional<Path> jarDirectory() {
    return codeLocation().map(Path::getParent);
  }

  /** The jar (or classes directory) this class was loaded from, when it can be told. */
  private static Optional<Path> codeLocation() {
    try {
      return Optional.of(
          Path.of(FixtureIndex.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  /** Names, sizes and times of the fixture files, and the Nutgraf version. */
  private static String stamp(Path fixtures) throws IOException, InputException {
    StringBuilder sb = new StringBuilder(Main.class.getPackage().getImplementationVersion() + "\n");
    for (Path f : ArticleFiles.expand(List.of(fixtures))) {
      sb.append(f)
          .append(' ')
          .append(Files.size(f))
          .append(' ')
          .append(Files.getLastModifiedTime(f).toMillis())
          .append('\n');
    }
    // no code location, or no time for it: the fixtures alone decide
    Optional<Path> code = codeLocation();
    if (code.isPresent()) {
      try {
        sb.append(Files.getLastModifiedTime(code.get()).toMillis());
      } catch (Exception e) {
        // the fixtures alone decide
      }
    }
    return sb.toString();
  }
}
