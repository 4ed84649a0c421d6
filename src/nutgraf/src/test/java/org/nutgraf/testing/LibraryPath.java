package org.nutgraf.testing;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nutgraf.NewsIndex;

/** Where the library under test lives, and the jars it needs at run time (Lucene and Jackson). */
public final class LibraryPath {
  private LibraryPath() {}

  /** The library's compiled classes (a directory, or its jar). */
  public static Path classes() {
    try {
      return Path.of(NewsIndex.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The Lucene and Jackson jars of the test's class path, without Lucene's test framework. */
  public static List<String> dependencies() {
    List<String> jars = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      boolean lucene = name.startsWith("lucene-") && !name.startsWith("lucene-test-framework");
      if ((lucene || name.startsWith("jackson-")) && name.endsWith(".jar")) {
        jars.add(entry);
      }
    }
    return jars;
  }

  /** {@link #classes()} then {@link #dependencies()}, as one path argument. */
  public static String withDependencies() {
    List<String> path = new ArrayList<>();
    path.add(classes().toString());
    path.addAll(dependencies());
    return String.join(File.pathSeparator, path);
  }
}
