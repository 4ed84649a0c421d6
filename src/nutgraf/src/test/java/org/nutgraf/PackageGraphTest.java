package org.nutgraf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.testing.LibraryPath;

/**
 * The library's package graph as DESIGN.md draws it, read from the compiled classes by the JDK's
 * {@code jdeps}: every dependency between the library's packages points down the table below, so
 * there is no upward import and no cycle (a cycle needs an edge that points up); and the table's
 * other rules hold.
 */
class PackageGraphTest {
  /** DESIGN.md's table, top to bottom: a package may depend only on packages below it. */
  private static final List<String> LAYERS =
      List.of(
          "org.nutgraf",
          "org.nutgraf.search",
          "org.nutgraf.query",
          "org.nutgraf.index",
          "org.nutgraf.entity",
          "org.nutgraf.analysis",
          "org.nutgraf.recognition",
          "org.nutgraf.ingest",
          "org.nutgraf.gazetteer",
          "org.nutgraf.text",
          "org.nutgraf.article");

  private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s.*$");

  /** Package → the packages it uses, the library's own and Lucene's. */
  private static Map<String, Set<String>> graph;

  @BeforeAll
  static void readTheGraph(@TempDir Path dir) throws IOException, InterruptedException {
    Path out = dir.resolve("jdeps.txt");
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "jdeps").toString(),
            "--module-path",
            String.join(File.pathSeparator, LibraryPath.dependencies()),
            "--multi-release",
            Integer.toString(Runtime.version().feature()),
            "-verbose:package",
            "-e",
            "org\\.nutgraf\\..*|org\\.nutgraf|org\\.apache\\.lucene\\..*",
            LibraryPath.classes().toString());
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "jdeps finishes");
    String printed = Files.readString(out, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), printed);
    graph = new TreeMap<>();
    for (String line : printed.lines().toList()) {
      Matcher m = EDGE.matcher(line);
      if (m.matches() && ours(m.group(1)) && !m.group(1).equals(m.group(2))) {
        graph.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
      }
    }
    assertTrue(graph.containsKey("org.nutgraf"), "jdeps printed no package graph:\n" + printed);
  }

  @Test
  void everyLibraryPackageHasAPlaceInTheTable() {
    Set<String> unknown = new TreeSet<>();
    graph.forEach(
        (from, to) -> {
          unknown.add(from);
          to.stream().filter(PackageGraphTest::ours).forEach(unknown::add);
        });
    unknown.removeAll(LAYERS);
    assertEquals(Set.of(), unknown, "packages missing from DESIGN.md's table (and LAYERS here)");
  }

  @Test
  void noPackageUsesOneAboveItSoThereAreNoCycles() {
    List<String> upward = new ArrayList<>();
    graph.forEach(
        (from, to) -> {
          for (String target : to) {
            if (ours(target)
                && LAYERS.contains(from)
                && LAYERS.indexOf(target) < LAYERS.indexOf(from)) {
              upward.add(from + " -> " + target);
            }
          }
        });
    assertEquals(List.of(), upward, "dependencies that point up DESIGN.md's table");
  }

  @Test
  void analysisKnowsNoArticleIndexOrEntity() {
    Set<String> used = new TreeSet<>(graph.getOrDefault("org.nutgraf.analysis", Set.of()));
    used.retainAll(Set.of("org.nutgraf.article", "org.nutgraf.index", "org.nutgraf.entity"));
    assertEquals(Set.of(), used);
  }

  @Test
  void queryHoldsValuesAndUsesNoLuceneSearchCode() {
    List<String> lucene =
        graph.getOrDefault("org.nutgraf.query", Set.of()).stream()
            .filter(
                p ->
                    p.startsWith("org.apache.lucene.search")
                        || p.startsWith("org.apache.lucene.index"))
            .toList();
    assertEquals(List.of(), lucene);
  }

  private static boolean ours(String pkg) {
    return pkg.equals("org.nutgraf") || pkg.startsWith("org.nutgraf.");
  }
}
