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
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.testing.LibraryPath;

/**
 * A user's program, apart from the tests: the README's Java example and the SPI names of the
 * analysis components, compiled and run with only the library, Lucene and Jackson, as a named
 * module on the module path and as plain classes on the class path.
 */
class ModulePathTest {
  private static final String EXPECTED_FACETS = "Honduras: 2\nUnited States: 1";

  @TempDir Path dir;

  @Test
  void theReadmeExampleRunsAsANamedModuleThatRequiresOrgNutgraf() throws Exception {
    Path src = writeProgram(true);
    Path out = dir.resolve("out");
    compile(src, out, "--module-path", LibraryPath.withDependencies());
    String printed =
        run(
            "--module-path",
            out + File.pathSeparator + LibraryPath.withDependencies(),
            "-m",
            "readme.example/example.Main");
    assertTrue(printed.contains(EXPECTED_FACETS), printed);
    assertTrue(printed.contains("place HN"), printed);
  }

  @Test
  void theReadmeExampleRunsOnAClassPathOfTheLibraryLuceneAndJacksonOnly() throws Exception {
    Path src = writeProgram(false);
    Path out = dir.resolve("out");
    compile(src, out, "-classpath", LibraryPath.withDependencies());
    String printed =
        run(
            "-classpath",
            out + File.pathSeparator + LibraryPath.withDependencies(),
            "example.Main");
    assertTrue(printed.contains(EXPECTED_FACETS), printed);
    assertTrue(printed.contains("place HN"), printed);
  }

  private Path writeProgram(boolean module) throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int section = readme.indexOf("## Use it from Java");
    int start = readme.indexOf("```java\n", section) + "```java\n".length();
    String example = readme.substring(start, readme.indexOf("```", start));
    String program =
"""
        package example;

        import java.time.Instant;
        import java.util.List;
import java.util.spi.ToolProvider;
        import org.apache.lucene.analysis.Analyzer;
        import org.apache.lucene.analysis.TokenStream;
        import org.apache.lucene.analysis.custom.CustomAnalyzer;
        import org.nutgraf.NewsIndex;
        import org.nutgraf.analysis.PlaceAttribute;
        import org.nutgraf.article.Article;
        import org.nutgraf.query.Dimension;
        import org.nutgraf.query.NewsQuery;
        import org.nutgraf.search.FacetValue;
        import org.nutgraf.search.Hit;
        import org.nutgraf.search.SearchResult;

        public class Main {
          public static void main(String[] args) throws Exception {
        %s
            try (Analyzer a =
                    CustomAnalyzer.builder()
                        .withTokenizer("newsWord")
                        .addTokenFilter("placeName")
                        .build();
                TokenStream ts = a.tokenStream("text", "Hondurans left San Pedro Sula.")) {
              PlaceAttribute place = ts.addAttribute(PlaceAttribute.class);
              ts.reset();
              while (ts.incrementToken()) {
                if (place.mention() != null) {
                  System.out.println("place " + place.mention().country());
                }
              }
              ts.end();
            }
          }
        }
        """
            .formatted(example);
    Path src = dir.resolve("src");
    Files.createDirectories(src.resolve("example"));
    Files.writeString(src.resolve("example/Main.java"), program);
    if (module) {
      Files.writeString(
          src.resolve("module-info.java"), "module readme.example {\n  requires org.nutgraf;\n}\n");
    }
    return src;
  }

  private static void compile(Path src, Path out, String... options) throws IOException {
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
    List<String> args = new ArrayList<>(List.of(options));
    args.addAll(List.of("-d", out.toString()));
    try (Stream<Path> files = Files.walk(src)) {
      args.addAll(
          files
              .filter(p -> p.toString().endsWith(".java"))
              .map(Path::toString)
              .collect(Collectors.toList()));
    }
    assertEquals(
        0, javac.run(System.out, System.err, args.toArray(String[]::new)), "javac " + args);
  }

  private String run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--enable-native-access=ALL-UNNAMED,org.apache.lucene.core");
    command.addAll(List.of(args));
    Path log = dir.resolve("run.log");
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the example finishes");
    String printed = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), printed);
    return printed;
  }
}
