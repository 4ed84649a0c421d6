package org.nutgraf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.article.Article;

class ArticleFilesTest {
  private static final Path ARTICLES = Path.of("index-fixtures", "articles");
  private static final Path MALFORMED = Path.of("index-fixtures", "malformed");

  @TempDir Path tmp;

  @Test
  void readsBothFormatsOfFixtureArticles() throws Exception {
    List<ParsedArticle> read = read(List.of(ARTICLES));

    assertTrue(read.stream().allMatch(ParsedArticle::isValid), () -> problems(read));
    // 35 JSON lines in 7 .jsonl files and 15 .txt files
    assertEquals(50, read.size());
    assertEquals(15, read.stream().filter(p -> p.file().endsWith(".txt")).count());
    assertEquals(362, read.stream().mapToInt(p -> p.article().get().paragraphs().size()).sum());
  }

  @Test
  void namesTextArticleAfterItsFile() throws Exception {
    Path file = ARTICLES.resolve("text/weather/weather-2023-08-texas-heat.txt");
    List<ParsedArticle> read = read(List.of(file));

    Article a = read.get(0).article().orElseThrow();
    assertEquals("weather-2023-08-texas-heat", a.id());
    assertEquals("Triple-digit heat grips Texas, from Austin to Paris", a.headline());
    assertEquals(Optional.of(Instant.parse("2023-08-21T00:00:00Z")), a.published());
    assertEquals("Plainsview Daily", a.source());
    assertEquals(Optional.of("https://plainsviewdaily.example/2023/08/21/texas-heat"), a.url());
    assertEquals(7, a.paragraphs().size());
    assertEquals(file.toString(), read.get(0).file());
  }

  @Test
  void readsDirectoryFilesInNameOrderAndIgnoresOtherFiles() throws Exception {
    Files.createDirectories(tmp.resolve("sub"));
    Files.writeString(tmp.resolve("b.jsonl"), line("b1") + line("b2"));
    Files.writeString(tmp.resolve("a.txt"), "Title A\n\nText of a.\n");
    Files.writeString(tmp.resolve("sub/c.JSONL"), line("c1"));
    Files.writeString(tmp.resolve("notes.md"), "not an article");

    List<String> ids = new ArrayList<>();
    new ArticleFiles(ReaderOptions.defaults())
        .read(List.of(tmp), p -> ids.add(p.article().orElseThrow().id()));

    assertEquals(List.of("a", "b1", "b2", "c1"), ids);
  }

  @Test
  void refusesDirectoryWithoutInputFiles() {
    Path dir = MALFORMED.resolve("empty-dir");

    InputException e = assertThrows(InputException.class, () -> ArticleFiles.expand(List.of(dir)));

    assertEquals(
        List.of(new InputProblem(dir.toString(), 0, "directory has no .jsonl or .txt files")),
        e.problems());
    assertEquals(dir + ": directory has no .jsonl or .txt files", e.getMessage());
  }

  @Test
  void refusesPathThatDoesNotExist() {
    Path missing = tmp.resolve("nowhere.jsonl");

    InputException e =
        assertThrows(InputException.class, () -> ArticleFiles.expand(List.of(missing)));

    assertEquals(missing + ": no such file or directory", e.getMessage());
  }

  @Test
  void refusesFileThatIsNeitherJsonLinesNorText() {
    Path tsv = MALFORMED.resolve("EXPECTED.tsv");

    InputException e = assertThrows(InputException.class, () -> ArticleFiles.expand(List.of(tsv)));

    assertEquals(tsv + ": not an input file: expected .jsonl or .txt", e.getMessage());
  }

  @Test
  void reportsEveryUnusablePathAtOnceInOrder() {
    Path missing = tmp.resolve("gone");
    Path tsv = MALFORMED.resolve("EXPECTED.tsv");

    InputException e =
        assertThrows(
            InputException.class, () -> ArticleFiles.expand(List.of(missing, ARTICLES, tsv)));

    assertEquals(
        List.of(missing.toString(), tsv.toString()),
        e.problems().stream().map(InputProblem::file).toList());
  }

  private static String line(String id) {
    return "{\"id\": \"" + id + "\", \"paragraphs\": [\"Text of " + id + ".\"]}\n";
  }

  private static List<ParsedArticle> read(List<Path> paths) throws IOException, InputException {
    List<ParsedArticle> out = new ArrayList<>();
    new ArticleFiles(ReaderOptions.defaults()).read(paths, out::add);
    return out;
  }

  private static String problems(List<ParsedArticle> read) {
    return read.stream().flatMap(p -> p.problems().stream()).toList().toString();
  }
}
