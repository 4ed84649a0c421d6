package org.nutgraf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.article.Article;
import org.nutgraf.index.Fields;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.FacetRequest;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.query.SortOrder;
import org.nutgraf.search.FacetResult;
import org.nutgraf.search.FacetValue;
import org.nutgraf.search.Hit;
import org.nutgraf.search.InvalidCursorException;
import org.nutgraf.search.SearchResult;
import org.nutgraf.testing.BracketTagger;
import org.nutgraf.testing.FullDiskDirectory;

class NewsIndexTest {
  private static final Instant DAY = Instant.parse("2021-03-01T00:00:00Z");

  @TempDir Path tmp;

  @Test
  void upsertReplacesEveryParagraphOfTheArticle() throws IOException {
    try (NewsIndex index = BracketTagger.inMemoryIndex()) {
      index.upsert(article("a1", "Old first.", "Old second.", "Old third."));
      index.commit();

      index.upsert(article("a1", "Fresh text."));
      index.commit();

      assertEquals(new IndexStats(1, 1), index.stats());
      assertEquals(List.of("Fresh text."), texts(index.search(articleQuery("a1"))));
      assertEquals(0, index.search(NewsQuery.parse("old")).totalHits());
    }
  }

  @Test
  void searchSeesOldOrNewVersionOfAnArticleNeverAMix() throws IOException {
    try (NewsIndex index = BracketTagger.inMemoryIndex()) {
      index.upsert(article("a1", "Old first.", "Old second.", "Old third."));
      index.commit();

      index.upsert(article("a1", "New first.", "New second."));

      assertEquals(
          List.of("Old first.", "Old second.", "Old third."),
          texts(index.search(articleQuery("a1"))));
      index.refresh();
      assertEquals(List.of("New first.", "New second."), texts(index.search(articleQuery("a1"))));
    }
  }

  @Test
  void upsertIsVisibleAfterRefreshOrCommitOnly() throws IOException {
    try (NewsIndex index = BracketTagger.inMemoryIndex()) {
      index.upsert(article("a1", "Ferry news."));
      assertEquals(0, index.search(NewsQuery.parse("ferry")).totalHits());
      assertEquals(new IndexStats(0, 0), index.stats());

      index.refresh();
      assertEquals(1, index.search(NewsQuery.parse("ferry")).totalHits());

      index.upsert(article("a2", "Ferry again."));
      assertEquals(1, index.search(NewsQuery.parse("ferry")).totalHits());
      index.commit();
      assertEquals(2, index.search(NewsQuery.parse("ferry")).totalHits());
    }
  }

  @Test
  void deleteRemovesEveryParagraphOfTheArticle() throws IOException {
    try (NewsIndex index = BracketTagger.inMemoryIndex()) {
      index.upsert(List.of(article("a1", "One.", "Two."), article("a2", "Three.")));
      index.commit();

      index.delete("a1");
      index.delete("no-such-article");
      index.commit();

      assertEquals(new IndexStats(1, 1), index.stats());
      assertEquals(0, index.search(articleQuery("a1")).totalHits());
      assertEquals(List.of("Three."), texts(index.search(NewsQuery.all())));
    }
  }

  @Test
  void statsCountArticlesAndParagraphs() throws IOException {
    try (NewsIndex index = BracketTagger.inMemoryIndex()) {
      assertEquals(new IndexStats(0, 0), index.stats());

      index.upsert(List.of(article("a1", "A.", "B.", "C."), article("a2", "D.", "E.")));
      index.commit();

      assertEquals(new IndexStats(2, 5), index.stats());
    }
  }

  @Test
  void rollbackDiscardsEveryChangeSinceTheLastCommit() throws IOException {
    try (NewsIndex index = BracketTagger.inMemoryIndex()) {
      index.upsert(article("a1", "Committed text."));
      index.commit();
      index.upsert(article("a2", "Uncommitted text."));
      index.delete("a1");
      index.refresh();
      assertEquals(List.of("Uncommitted text."), texts(index.search(NewsQuery.all())));

      index.rollback();

      assertEquals(List.of("Committed text."), texts(index.search(NewsQuery.all())));
      assertEquals(new IndexStats(1, 1), index.stats());
      index.upsert(article("a3", "After rollback."));
      index.commit();
      assertEquals(new IndexStats(2, 2), index.stats());
    }
  }

  @Test
  void reopeningKeepsCommittedArticlesAndCursors() throws IOException {
    Path dir = tmp.resolve("index");
    NewsQuery oldest = NewsQuery.builder().sort(SortOrder.OLDEST).pageSize(1).build();
    String cursor;
    try (NewsIndex index = NewsIndex.builder().path(dir).tagger(new BracketTagger()).open()) {
      index.upsert(article("a1", "First.", DAY));
      index.upsert(article("a2", "Second.", DAY.plusSeconds(60)));
      index.upsert(article("a3", "Third.", DAY.plusSeconds(120)));
      index.commit();
      cursor = index.search(oldest).next().orElseThrow();
    }

    try (NewsIndex index = NewsIndex.builder().path(dir).tagger(new BracketTagger()).open()) {
      assertEquals(new IndexStats(3, 3), index.stats());
      assertEquals(List.of("Second."), texts(index.search(oldest.after(cursor))));
    }
  }

  @Test
  void refusesCursorOfAnotherIndex() throws IOException {
    String cursor;
    try (NewsIndex index = BracketTagger.inMemoryIndex()) {
      index.upsert(List.of(article("a1", "One."), article("a2", "Two.")));
      index.commit();
      cursor = index.search(NewsQuery.builder().pageSize(1).build()).next().orElseThrow();
    }
    try (NewsIndex other = BracketTagger.inMemoryIndex()) {
      other.upsert(List.of(article("a1", "One."), article("a2", "Two.")));
      other.commit();

      InvalidCursorException e =
          assertThrows(
              InvalidCursorException.class,
              () -> other.search(NewsQuery.builder().pageSize(1).after(cursor).build()));

      assertTrue(e.getMessage().contains("signature"), e.getMessage());
    }
  }

  @Test
  void closeCommitsPendingChanges() throws IOException {
    Path dir = tmp.resolve("index");
    try (NewsIndex index = NewsIndex.builder().path(dir).tagger(new BracketTagger()).open()) {
      index.upsert(article("a1", "Pending."));
    }

    try (NewsIndex index = NewsIndex.builder().path(dir).tagger(new BracketTagger()).open()) {
      assertEquals(new IndexStats(1, 1), index.stats());
    }
  }

  @Test
  void openingAndClosingAnUnchangedIndexWritesNoCommit() throws IOException {
    Path dir = tmp.resolve("index");
    try (NewsIndex index = NewsIndex.builder().path(dir).tagger(new BracketTagger()).open()) {
      index.upsert(article("a1", "Text."));
    }
    long generation = generation(dir);

    try (NewsIndex index = NewsIndex.builder().path(dir).tagger(new BracketTagger()).open()) {
      index.search(NewsQuery.all());
    }

    assertEquals(generation, generation(dir));
  }

  @Test
  void laterCommitsKeepTheSchemaVersionAndCursorKeyAndAnEmptyCommitWritesNothing()
      throws IOException {
    Path dir = tmp.resolve("index");
    NewsQuery oldest = NewsQuery.builder().sort(SortOrder.OLDEST).pageSize(1).build();
    Map<String, String> created;
    String cursor;
    try (NewsIndex index = NewsIndex.builder().path(dir).tagger(new BracketTagger()).open()) {
      created = userData(dir);
      assertEquals(Fields.SCHEMA_VERSION, created.get(Fields.SCHEMA_KEY));
      assertFalse(created.containsKey(Fields.CURSOR_KEY), created.toString());

      index.upsert(article("a1", "First.", DAY));
      index.upsert(article("a2", "Second.", DAY.plusSeconds(60)));
      index.commit();
      assertEquals(created, userData(dir));
      long generation = generation(dir);
      cursor = index.search(oldest).next().orElseThrow();

      index.commit();
      assertEquals(generation, generation(dir));
    }

    try (NewsIndex index = NewsIndex.builder().path(dir).tagger(new BracketTagger()).open()) {
      index.upsert(article("a3", "Third.", DAY.plusSeconds(120)));
      index.commit();
      index.upsert(article("a4", "Uncommitted.", DAY.plusSeconds(180)));
      index.rollback();
      index.delete("a3");
    }
    assertEquals(created, userData(dir));

    try (NewsIndex index = NewsIndex.builder().path(dir).tagger(new BracketTagger()).open()) {
      assertEquals(new IndexStats(2, 2), index.stats());
      assertEquals(List.of("Second."), texts(index.search(oldest.after(cursor))));
    }
  }

  @Test
  void refusesSecondWriterOnTheSameDirectory() throws IOException {
    Path dir = tmp.resolve("index");
    try (NewsIndex first = NewsIndex.builder().path(dir).tagger(new BracketTagger()).open()) {
      IndexOpenException e =
          assertThrows(
              IndexOpenException.class,
              () -> NewsIndex.builder().path(dir).tagger(new BracketTagger()).open());

      assertEquals(
          dir
              + ": index is locked by another writer (write.lock); close that process or"
              + " NewsIndex first",
          e.getMessage());
      first.search(NewsQuery.all());
    }
    try (NewsIndex again = NewsIndex.builder().path(dir).tagger(new BracketTagger()).open()) {
      assertEquals(new IndexStats(0, 0), again.stats());
    }
  }

  @Test
  void readOnlySearchRunsBesideAnOpenWriterAndSeesItsCommits() throws IOException {
    Path dir = tmp.resolve("index");
    try (NewsIndex writer = NewsIndex.builder().path(dir).tagger(new BracketTagger()).open()) {
      writer.upsert(article("a1", "Ferry news."));
      writer.commit();
      writer.upsert(article("a2", "Ferry again."));

      try (NewsIndex reader = NewsIndex.openReadOnly(dir)) {
        assertEquals(new IndexStats(1, 1), reader.stats());

        writer.commit();
        assertEquals(1, reader.search(NewsQuery.parse("ferry")).totalHits());
        reader.refresh();
        assertEquals(2, reader.search(NewsQuery.parse("ferry")).totalHits());
      }
      writer.upsert(article("a3", "Ferry at last."));
      writer.commit();
    }
  }

  @Test
  void twoReadOnlySearchesRunAtOnce() throws IOException {
    Path dir = tmp.resolve("index");
    try (NewsIndex writer = NewsIndex.builder().path(dir).tagger(new BracketTagger()).open()) {
      writer.upsert(article("a1", "Ferry news."));
    }

    try (NewsIndex first = NewsIndex.openReadOnly(dir);
        NewsIndex second = NewsIndex.openReadOnly(dir)) {
      assertEquals(1, first.search(NewsQuery.parse("ferry")).totalHits());
      assertEquals(1, second.search(NewsQuery.parse("ferry")).totalHits());
      try (NewsIndex writer = NewsIndex.builder().path(dir).tagger(new BracketTagger()).open()) {
        writer.upsert(article("a2", "The readers hold no lock."));
      }
    }
  }

  @Test
  void readOnlyIndexRefusesWritesAndWritesNothing() throws IOException {
    Path dir = tmp.resolve("index");
    try (NewsIndex writer = NewsIndex.builder().path(dir).tagger(new BracketTagger()).open()) {
      writer.upsert(article("a1", "Ferry news."));
    }
    long generation = generation(dir);

    try (NewsIndex reader = NewsIndex.openReadOnly(dir)) {
      UnsupportedOperationException e =
          assertThrows(
              UnsupportedOperationException.class, () -> reader.upsert(article("a2", "More.")));
      assertEquals(
          "index " + dir + " is open read-only: upsert needs NewsIndex.open", e.getMessage());
      assertThrows(UnsupportedOperationException.class, reader::commit);
      assertThrows(UnsupportedOperationException.class, () -> reader.delete("a1"));
      assertThrows(UnsupportedOperationException.class, reader::rollback);
    }

    assertEquals(generation, generation(dir));
  }

  @Test
  void readOnlyOpenRefusesAMissingIndex() {
    IndexOpenException e =
        assertThrows(
            IndexOpenException.class, () -> NewsIndex.openReadOnly(tmp.resolve("nothing")));

    assertTrue(e.getMessage().contains("no index here"), e.getMessage());
    assertFalse(Files.exists(tmp.resolve("nothing")));
  }

  @Test
  void failedCommitOnFullDiskKeepsTheLastCommit() throws IOException {
    ByteBuffersDirectory disk = new ByteBuffersDirectory();
    FullDiskDirectory dir = new FullDiskDirectory(disk);
    try {
      try (NewsIndex index =
          NewsIndex.builder().directory(dir).tagger(new BracketTagger()).open()) {
        index.upsert(article("a1", "Kept [HN]."));
        index.commit();
        dir.fill();

        // the disk may refuse the upsert's new segment or the commit: either way nothing lands
        IOException e =
            assertThrows(
                IOException.class,
                () -> {
                  index.delete("a1");
                  index.upsert(article("a2", "Lost [GT]."));
                  index.commit();
                });
        assertTrue(causes(e).contains("No space left on device"), causes(e));
        index.rollback();

        assertEquals(new IndexStats(1, 1), index.stats());
        assertEquals(List.of("Kept [HN]."), texts(index.search(NewsQuery.parse("country:HN"))));
        assertEquals(0, index.search(NewsQuery.parse("article:a2")).totalHits());
      }
      dir.free();
      try (NewsIndex index =
          NewsIndex.builder().directory(dir).tagger(new BracketTagger()).open()) {
        assertEquals(new IndexStats(1, 1), index.stats());
        assertEquals(List.of("Kept [HN]."), texts(index.search(NewsQuery.all())));
      }
    } finally {
      disk.close();
    }
  }

  @Test
  void refusesUseAfterClose() throws IOException {
    NewsIndex index = BracketTagger.inMemoryIndex();
    index.close();
    index.close(); // a second close does nothing

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> index.search(NewsQuery.all()));
    assertEquals("index memory is closed", e.getMessage());
    e =
        assertThrows(
            IllegalStateException.class, () -> index.withSearcher(s -> s.count(allDocs())));
    assertEquals("index memory is closed", e.getMessage());
  }

  private static MatchAllDocsQuery allDocs() {
    return new MatchAllDocsQuery();
  }

  @Test
  void lendsItsSearcherForOwnCollectorsAndTakesItBack() throws IOException {
    try (NewsIndex index = BracketTagger.inMemoryIndex()) {
      index.upsert(
          Article.of(
              "w1",
              "Ferry fares rise",
              Instant.parse("2021-03-02T00:00:00Z"),
              "Bay Courier",
              List.of("Fares on the [HN] ferry rise in May.", "Riders in [US] towns object.")));
      index.commit();
      int paragraphs = index.withSearcher(s -> s.count(allDocs()));
      assertEquals(2, paragraphs);
      IndexReader[] lent = new IndexReader[1];
      int refs = index.withSearcher(s -> (lent[0] = s.getIndexReader()).getRefCount());
      // held while the work ran, given back after: the reader's count dropped by one
      assertEquals(refs - 1, lent[0].getRefCount());
    }
  }

  @Test
  void tagsWithTheBuiltInRecognizerByDefault() throws IOException {
    try (NewsIndex index = NewsIndex.inMemory()) {
      index.upsert(
          Article.of(
              "d1",
              "Border notes",
              DAY,
              "Test Wire",
              List.of(
                  "Hondurans crossed into Guatemala on Monday.",
                  "Mike Pence spoke in Washington about the border with Mexico.",
                  "Farmers in Kenya waited for rain.")));
      index.commit();

      SearchResult all = index.search(NewsQuery.all());
      assertEquals(
          Map.of("GT", 1L, "HN", 1L, "KE", 1L, "MX", 1L, "US", 1L),
          counts(all.facet(Dimension.COUNTRY).orElseThrow()));
      assertEquals(Map.of("mike pence", 1L), counts(all.facet(Dimension.ACTOR).orElseThrow()));
      Hit honduras = index.search(NewsQuery.parse("country:Honduras")).hits().get(0);
      assertEquals("d1#0", honduras.id());
      assertEquals(List.of("GT", "HN"), honduras.countries());
      Hit pence = index.search(NewsQuery.parse("actor:\"Mike Pence\"")).hits().get(0);
      assertEquals("d1#1", pence.id());
      assertEquals(List.of("Mike Pence"), pence.actors());
    }
  }

  /**
   * Readers search while a writer upserts, deletes, refreshes and commits. Fixed articles never
   * change; moving ones change size and country. Every paragraph has exactly one country, so within
   * one result the country counts sum to the hits, and a selected country's count (drill sideways)
   * equals the hits of that result.
   */
  @Test
  void searchesStayConsistentWhileAnotherThreadWrites() throws Exception {
    try (NewsIndex index = BracketTagger.inMemoryIndex()) {
      for (int i = 0; i < 20; i++) {
        index.upsert(article("f" + i, "Fixed [HN] note {Ana Ruiz}.", "Fixed [GT] note."));
      }
      index.commit();
      AtomicBoolean writing = new AtomicBoolean(true);
      Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        Future<?> writer = pool.submit(() -> write(index, writing, failures));
        List<Future<Integer>> readers = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
          readers.add(pool.submit(() -> read(index, writing, failures)));
        }
        writer.get(60, TimeUnit.SECONDS);
        for (Future<Integer> reader : readers) {
          assertTrue(reader.get(60, TimeUnit.SECONDS) > 0);
        }
      } finally {
        pool.shutdownNow();
      }
      assertTrue(failures.isEmpty(), () -> failures.peek() + " and " + failures.size() + " in all");
    }
  }

  private static void write(NewsIndex index, AtomicBoolean writing, Queue<Throwable> failures) {
    try {
      for (int i = 0; i < 60; i++) {
        int size = 1 + i % 4;
        String country = i % 2 == 0 ? "[MX]" : "[SV]";
        List<String> texts = new ArrayList<>();
        for (int p = 0; p < size; p++) {
          texts.add("Moving " + country + " paragraph " + p + ".");
        }
        index.upsert(Article.of("w" + i % 5, "v" + i + " n" + size, DAY, "Wire", texts));
        if (i % 7 == 0) {
          index.delete("w" + (i + 2) % 5);
        }
        if (i % 3 == 0) {
          index.commit();
        } else if (i % 3 == 1) {
          index.refresh();
        }
      }
      index.commit();
    } catch (Throwable t) {
      failures.add(t);
    } finally {
      writing.set(false);
    }
  }

  private static int read(NewsIndex index, AtomicBoolean writing, Queue<Throwable> failures) {
    FacetRequest countries = FacetRequest.of(Dimension.COUNTRY).top(100);
    int rounds = 0;
    try {
      do {
        SearchResult all = index.search(NewsQuery.builder().pageSize(0).facets(countries).build());
        Map<String, Long> counts = counts(all.facet(Dimension.COUNTRY).orElseThrow());
        check(counts.values().stream().mapToLong(Long::longValue).sum() == all.totalHits(), all);
        check(counts.get("HN") == 20 && counts.get("GT") == 20, all);
        check(index.search(NewsQuery.builder().anyCountry("HN").build()).totalHits() == 20, all);

        SearchResult mx =
            index.search(
                NewsQuery.builder()
                    .select(Dimension.COUNTRY, "MX")
                    .pageSize(30)
                    .facets(countries)
                    .build());
        Map<String, Long> sideways = counts(mx.facet(Dimension.COUNTRY).orElseThrow());
        check(sideways.getOrDefault("MX", 0L) == mx.totalHits(), mx);
        check(sideways.get("HN") == 20 && sideways.get("GT") == 20, mx);
        check(mx.hits().stream().allMatch(h -> h.countries().equals(List.of("MX"))), mx);

        SearchResult moving =
            index.search(
                NewsQuery.builder().article("w0", "w1", "w2", "w3", "w4").pageSize(30).build());
        Map<String, List<Hit>> byArticle =
            moving.hits().stream().collect(Collectors.groupingBy(Hit::articleId));
        for (List<Hit> paragraphs : byArticle.values()) {
          String headline = paragraphs.get(0).headline();
          int size = Integer.parseInt(headline.substring(headline.indexOf('n') + 1));
          check(paragraphs.size() == size, moving);
          check(paragraphs.stream().allMatch(h -> h.headline().equals(headline)), moving);
        }
        rounds++;
      } while (writing.get());
    } catch (Throwable t) {
      failures.add(t);
    }
    return rounds;
  }

  private static void check(boolean ok, SearchResult result) {
    if (!ok) {
      throw new AssertionError("inconsistent result: " + result);
    }
  }

  private static Map<String, Long> counts(FacetResult facet) {
    return facet.values().stream().collect(Collectors.toMap(FacetValue::key, FacetValue::count));
  }

  private static Map<String, String> userData(Path dir) throws IOException {
    try (FSDirectory d = FSDirectory.open(dir)) {
      return SegmentInfos.readLatestCommit(d).getUserData();
    }
  }

  private static long generation(Path dir) throws IOException {
    try (FSDirectory d = FSDirectory.open(dir)) {
      return SegmentInfos.readLatestCommit(d).getGeneration();
    }
  }

  private static String causes(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      sb.append(t).append('\n');
    }
    return sb.toString();
  }

  private static NewsQuery articleQuery(String id) {
    return NewsQuery.builder().article(id).sort(SortOrder.OLDEST).build();
  }

  private static List<String> texts(SearchResult result) {
    return result.hits().stream()
        .sorted(Comparator.comparing(Hit::paragraph))
        .map(Hit::text)
        .toList();
  }

  private static Article article(String id, String... texts) {
    return Article.of(id, "Headline of " + id, DAY, "Test Wire", List.of(texts));
  }

  private static Article article(String id, String text, Instant published) {
    return Article.of(id, "Headline of " + id, published, "Test Wire", List.of(text));
  }
}
