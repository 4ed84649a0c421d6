package org.nutgraf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nutgraf.ingest.InputException;
import org.nutgraf.ingest.InputProblem;
import org.nutgraf.ingest.ReaderOptions;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.search.SearchResult;
import org.nutgraf.testing.BracketTagger;
import org.nutgraf.testing.FullDiskDirectory;

class IngestTest {
  private static final Path ARTICLES = Path.of("index-fixtures", "articles");
  private static final Path MALFORMED = Path.of("index-fixtures", "malformed");
  private static final IngestOptions DEFAULTS = IngestOptions.defaults();
  private static final IngestOptions SKIP = IngestOptions.defaults().withSkipInvalid(true);

  @TempDir Path tmp;
  private NewsIndex index;

  @BeforeEach
  void openIndex() {
    index = BracketTagger.inMemoryIndex();
  }

  @AfterEach
  void closeIndex() throws IOException {
    index.close();
  }

  @Test
  void indexesFixtureArticlesOfBothFormats() throws Exception {
    IngestReport report = Ingest.run(index, List.of(ARTICLES), DEFAULTS);

    assertEquals(50, report.articles());
    assertEquals(362, report.paragraphs());
    assertEquals(List.of(), report.skipped());
    assertEquals(new IndexStats(50, 362), index.stats());
    assertEquals(6, hits("article:uspol-2022-11-florida-desantis"));
  }

  @Test
  void reportsTheBytesOfTheInputReadOfAll() throws Exception {
    Path first = write("first.jsonl", article("b1", "Rain fell on the coast."));
    Path second = write("second.jsonl", article("b2", "The river rose by a metre overnight."));
    List<IngestReport> progress = new ArrayList<>();

    IngestReport report =
        Ingest.run(index, List.of(first, second), DEFAULTS.withProgress(progress::add));

    long size = Files.size(first) + Files.size(second);
    assertEquals(size, report.bytesTotal());
    assertEquals(size, report.bytesRead());
    for (IngestReport r : progress) {
      assertEquals(size, r.bytesTotal());
      assertTrue(r.bytesRead() <= size);
    }
  }

  @Test
  void reingestingTheSameFilesKeepsOneCopyOfEachArticle() throws Exception {
    Ingest.run(index, List.of(ARTICLES), DEFAULTS);
    Ingest.run(index, List.of(ARTICLES), DEFAULTS);

    assertEquals(new IndexStats(50, 362), index.stats());
    assertEquals(7, hits("article:af-2024-02-afcon-final"));
  }

  @Test
  void commitsNothingOfABatchWithOneBadArticle() throws Exception {
    Path first = write("first.jsonl", article("k1", "Keepers count [HN] votes."));
    Ingest.run(index, List.of(first), DEFAULTS);
    Path batch = Files.createDirectories(tmp.resolve("batch"));
    write("batch/a.jsonl", article("n1", "New text about [GT]."), "{\"headline\": \"No id\"}");

    IngestException e =
        assertThrows(IngestException.class, () -> Ingest.run(index, List.of(batch), DEFAULTS));

    assertEquals(1, e.problems().size());
    assertEquals(new IndexStats(1, 1), index.stats());
    assertEquals(0, hits("article:n1"));
    assertEquals(1, hits("article:k1"));
    assertEquals(1, hits("country:HN"));
  }

  @Test
  void listsEveryProblemInInputOrder() throws Exception {
    Path batch = Files.createDirectories(tmp.resolve("batch"));
    Path a =
        write(
            "batch/a.jsonl",
            article("p1", "Good one."),
            "{\"paragraphs\": [\"No id.\"]}",
            article("p2", "Good two."),
            "[\"an array\"]");
    Path b = write("batch/b.txt", "Headline only\nSource: Wire\n");
    Path c = write("batch/c.jsonl", article("p1", "Same id again."));

    IngestException e =
        assertThrows(IngestException.class, () -> Ingest.run(index, List.of(batch), DEFAULTS));

    assertEquals(
        List.of(
            a + ":2: missing field \"id\"",
            a + ":4: expected a JSON object, found an array",
            b + ": article \"b\" has no non-empty paragraph",
            c + ":1: duplicate id \"p1\" (first at " + a + ":1)"),
        e.problems().stream().map(InputProblem::toString).toList());
    assertEquals(
        "4 problems in the input; nothing was indexed. First: " + a + ":2: missing field \"id\"",
        e.getMessage());
    assertEquals(new IndexStats(0, 0), index.stats());
  }

  @Test
  void skipInvalidIndexesTheGoodArticlesAndReportsTheRest() throws Exception {
    Path batch = Files.createDirectories(tmp.resolve("batch"));
    Path a =
        write(
            "batch/a.jsonl",
            article("p1", "Good one in [MX]."),
            "{\"id\": \"p9\", \"published\": \"2019-02-30\", \"paragraphs\": [\"Bad date.\"]}",
            article("p2", "Good two.", "Second paragraph in [MX]."));
    write("batch/b.txt", "Title\n\nA paragraph of b.\n");

    IngestReport report = Ingest.run(index, List.of(batch), SKIP);

    assertEquals(3, report.articles());
    assertEquals(4, report.paragraphs());
    assertEquals(
        List.of(
            new InputProblem(
                a.toString(), 2, "field \"published\": impossible date \"2019-02-30\"")),
        report.skipped());
    assertEquals(new IndexStats(3, 4), index.stats());
    assertEquals(2, hits("country:MX"));
    assertEquals(0, hits("article:p9"));
  }

  @Test
  void refusesDuplicateIdNamingBothLocations() throws Exception {
    Path file = MALFORMED.resolve("duplicate-ids.jsonl");

    IngestException e =
        assertThrows(IngestException.class, () -> Ingest.run(index, List.of(file), DEFAULTS));

    assertEquals(
        List.of(
            new InputProblem(
                file.toString(),
                3,
                "duplicate id \"mal-2019-12-sydney-smoke\" (first at " + file + ":1)")),
        e.problems());
    assertEquals(new IndexStats(0, 0), index.stats());
  }

  @Test
  void skipInvalidKeepsTheFirstOfTwoArticlesWithOneId() throws Exception {
    Path file = MALFORMED.resolve("duplicate-ids.jsonl");

    IngestReport report = Ingest.run(index, List.of(file), SKIP);

    assertEquals(2, report.articles());
    assertEquals(1, report.skipped().size());
    assertEquals(3, report.skipped().get(0).line());
    SearchResult r = index.search(NewsQuery.parse("article:mal-2019-12-sydney-smoke"));
    assertEquals(2, r.totalHits());
    assertEquals("Bushfire smoke smothers Sydney", r.hits().get(0).headline());
  }

  @Test
  void refusesSameIdInTextAndJsonLinesFiles() throws Exception {
    Path json = write("a.jsonl", article("storm", "From JSON."));
    Path text = write("storm.txt", "Storm\n\nFrom text.\n");

    IngestException e =
        assertThrows(IngestException.class, () -> Ingest.run(index, List.of(json, text), DEFAULTS));

    assertEquals(
        List.of(text + ":1: duplicate id \"storm\" (first at " + json + ":1)"),
        e.problems().stream().map(InputProblem::toString).toList());
  }

  @Test
  void refusesMissingInputPathBeforeIndexingAnything() throws Exception {
    Path good = write("good.jsonl", article("g1", "Fine."));
    Path missing = tmp.resolve("missing.jsonl");

    InputException e =
        assertThrows(
            InputException.class, () -> Ingest.run(index, List.of(good, missing), DEFAULTS));

    assertEquals(missing + ": no such file or directory", e.getMessage());
    assertEquals(new IndexStats(0, 0), index.stats());
  }

  @Test
  void refusesDirectoryWithoutInputFiles() {
    InputException e =
        assertThrows(
            InputException.class,
            () -> Ingest.run(index, List.of(MALFORMED.resolve("empty-dir")), SKIP));

    assertEquals(0, e.problems().get(0).line());
  }

  @Test
  void countsControlCharactersRemovedFromIndexedArticles() throws Exception {
    IngestReport report =
        Ingest.run(index, List.of(Path.of("index-fixtures", "unusual")), DEFAULTS);

    assertEquals(7, report.articles());
    assertEquals(3, report.controlCharsRemoved());
    assertEquals(1, hits("\"African National Congress\""));
    assertEquals(1, hits("Ramaphosa"));
  }

  static Stream<Arguments> expectedProblems() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    for (String row : Files.readAllLines(MALFORMED.resolve("EXPECTED.tsv"))) {
      if (!row.isBlank()) {
        String[] f = row.split("\t");
        rows.add(Arguments.of(f[0], Integer.parseInt(f[1]), f[2]));
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}: line {1}")
  @MethodSource("expectedProblems")
  void findsExactlyTheOneProblemOfEachMalformedFixture(String name, int line, String what)
      throws Exception {
    Path path = MALFORMED.resolve(name);
    IngestOptions strict = SKIP.withReader(ReaderOptions.defaults().withStrict(true));
    List<InputProblem> problems;
    if (Files.isDirectory(path)) {
      problems =
          assertThrows(InputException.class, () -> Ingest.run(index, List.of(path), strict))
              .problems();
    } else {
      problems = Ingest.run(index, List.of(path), strict).skipped();
    }

    assertEquals(1, problems.size(), () -> what + ": " + problems);
    assertEquals(line, problems.get(0).line(), () -> what + ": " + problems);
    assertTrue(
        problems.get(0).toString().startsWith(path + (line > 0 ? ":" + line + ": " : ": ")),
        problems.get(0)::toString);
  }

  @Test
  void fullDiskCommitsNothingAndKeepsTheLastCommit() throws Exception {
    ByteBuffersDirectory disk = new ByteBuffersDirectory();
    FullDiskDirectory dir = new FullDiskDirectory(disk);
    Path first = write("first.jsonl", article("k1", "Kept text about [HN]."));
    Path second = write("second.jsonl", article("n1", "Lost text about [GT]."));
    try (NewsIndex idx = open(dir)) {
      Ingest.run(idx, List.of(first), DEFAULTS);
      dir.fill();

      IOException e =
          assertThrows(IOException.class, () -> Ingest.run(idx, List.of(second), DEFAULTS));

      assertEquals("No space left on device", rootCause(e).getMessage());
      assertEquals(new IndexStats(1, 1), idx.stats());
      assertEquals(1, idx.search(NewsQuery.parse("country:HN")).totalHits());
      assertEquals(0, idx.search(NewsQuery.parse("article:n1")).totalHits());
    }
    dir.free();
    try (NewsIndex idx = open(dir)) {
      assertEquals(new IndexStats(1, 1), idx.stats());
      assertEquals(0, idx.search(NewsQuery.parse("country:GT")).totalHits());

      Ingest.run(idx, List.of(second), DEFAULTS);

      assertEquals(new IndexStats(2, 2), idx.stats());
    } finally {
      disk.close();
    }
  }

  private static NewsIndex open(FullDiskDirectory dir) throws IOException {
    return NewsIndex.builder().directory(dir).tagger(new BracketTagger()).open();
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private long hits(String query) throws IOException {
    return index.search(NewsQuery.parse(query)).totalHits();
  }

  private Path write(String name, String... lines) throws IOException {
    return Files.writeString(tmp.resolve(name), String.join("\n", lines) + "\n");
  }

  private static String article(String id, String... paragraphs) {
    StringBuilder sb = new StringBuilder("{\"id\": \"" + id + "\", \"paragraphs\": [");
    for (int i = 0; i < paragraphs.length; i++) {
      sb.append(i == 0 ? "" : ", ").append('"').append(paragraphs[i]).append('"');
    }
    return sb.append("]}").toString();
  }
}
