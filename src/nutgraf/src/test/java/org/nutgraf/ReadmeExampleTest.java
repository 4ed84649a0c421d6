package org.nutgraf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.search.FacetValue;
import org.nutgraf.search.Hit;
import org.nutgraf.search.SearchResult;

/** The README's Java example, compiled and run; a second test keeps the README's copy equal. */
class ReadmeExampleTest {

  static void example() throws IOException {
    // README:begin
    try (NewsIndex index = NewsIndex.inMemory()) {
      index.upsert(
          Article.of(
              "caravan-1",
              "Caravan leaves Honduras",
              Instant.parse("2018-10-13T00:00:00Z"),
              "Harbor Ledger",
              List.of(
                  "Hundreds of Hondurans set off from San Pedro Sula toward the US border.",
                  "Honduran President Juan Orlando Hernandez urged them to stay home.",
                  "Hernandez said new jobs were coming.")));
      index.commit();

      SearchResult result =
          index.search(
              NewsQuery.builder()
                  .anyCountry("Honduran") // the same as "HN" or "Honduras"
                  .facets(Dimension.COUNTRY, Dimension.ACTOR)
                  .build());

      for (Hit hit : result.hits()) {
        System.out.println(hit.paragraph() + " " + hit.countries() + " " + hit.actors());
      }
      for (FacetValue v : result.facet(Dimension.COUNTRY).orElseThrow().values()) {
        System.out.println(v.label() + ": " + v.count()); // Honduras: 2, United States: 1
      }
    }
    // README:end
  }

  @Test
  void theExampleRunsAndPrintsWhatItsCommentSays() throws IOException {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      example();
    } finally {
      System.setOut(old);
    }
    String out = buf.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("Honduras: 2\nUnited States: 1"), out);
    assertTrue(out.contains("0 [HN, US] []"), out);
    assertTrue(out.contains("1 [HN] [Juan Orlando Hernandez]"), out);
  }

  @Test
  void theReadmeShowsExactlyThisExample() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int section = readme.indexOf("## Use it from Java");
    int start = readme.indexOf("```java\n", section) + "```java\n".length();
    String fromReadme = readme.substring(start, readme.indexOf("```", start));
    String source =
        Files.readString(Path.of("src/nutgraf/src/test/java/org/nutgraf/ReadmeExampleTest.java"));
    int from = source.indexOf("// README:begin\n") + "// README:begin\n".length();
    String fromTest = source.substring(from, source.indexOf("    // README:end"));
    assertEquals(unindent(fromReadme), unindent(fromTest));
  }

  private static String unindent(String block) {
    List<String> lines = block.lines().toList();
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      sb.append(l.isBlank() ? "" : l.substring(indent).stripTrailing()).append('\n');
    }
    return sb.toString().strip();
  }
}
