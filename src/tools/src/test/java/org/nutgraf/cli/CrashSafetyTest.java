package org.nutgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.NewsIndex;

/**
 * Kills the command-line indexer with SIGKILL at several points of a large ingest; after each kill
 * the index opens cleanly and every article is wholly present or wholly absent, and running the
 * same ingest to the end leaves exactly one copy of each article.
 */
class CrashSafetyTest {
  private static final int ARTICLES = 6000;
  private static final int PARAGRAPHS = 4;

  @TempDir Path dir;

  @Test
  void killedIngestsLeaveWholeArticlesAndARerunLeavesOneCopyEach() throws Exception {
    Path corpus = dir.resolve("corpus.jsonl");
    writeCorpus(corpus);
    Path index = dir.resolve("index");
    Random random = new Random(42);
    int kills = 0;
    for (int attempt = 0; attempt < 4; attempt++) {
      Process p = startIndexer(index, corpus);
      boolean finished = p.waitFor(700 + random.nextInt(2500), TimeUnit.MILLISECONDS);
      if (!finished) {
        p.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no cleanup
        kills++;
      }
      checkWholeArticles(index);
    }
    Process last = startIndexer(index, corpus);
    assertTrue(last.waitFor(10, TimeUnit.MINUTES), "the final ingest finishes");
    assertEquals(0, last.exitValue(), () -> readQuietly(dir.resolve("stderr.txt")));
    Map<String, Integer> perArticle = checkWholeArticles(index);
    assertEquals(ARTICLES, perArticle.size());
    assertTrue(kills > 0, "at least one run was killed mid-ingest");
  }

  private Process startIndexer(Path index, Path corpus) throws IOException {
    return CliProcess.start(
        dir.resolve("stderr.txt"),
        "index",
        "--index",
        index.toString(),
        "--commit-every",
        "200",
        corpus.toString());
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "(stderr unreadable: " + e + ")";
    }
  }

  /** Paragraphs per article in the last commit; fails unless each article is whole, once. */
  private static Map<String, Integer> checkWholeArticles(Path index) throws IOException {
    Map<String, Integer> perArticle = new HashMap<>();
    if (!Files.exists(index)) {
      return perArticle;
    }
    try (FSDirectory d = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(d)) {
        return perArticle;
      }
      try (DirectoryReader r = DirectoryReader.open(d)) {
        Set<String> ids = new HashSet<>();
        for (var leaf : r.leaves()) {
          StoredFields stored = leaf.reader().storedFields();
          Bits live = leaf.reader().getLiveDocs();
          for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
            if (live != null && !live.get(doc)) {
              continue;
            }
            String id = stored.document(doc).get("id");
            assertTrue(ids.add(id), "paragraph " + id + " is in the index twice");
            perArticle.merge(id.substring(0, id.indexOf('#')), 1, Integer::sum);
          }
        }
      }
    }
    perArticle.forEach(
        (article, n) -> assertEquals(PARAGRAPHS, n, "article " + article + " is partly indexed"));
    try (NewsIndex opened = NewsIndex.open(index)) {
      assertEquals(perArticle.size(), opened.stats().articles());
    }
    return perArticle;
  }

  private static void writeCorpus(Path file) throws IOException {
    String[] places = {"Honduras", "Guatemala", "Tapachula", "Kenya", "Manila", "Texas"};
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int a = 0; a < ARTICLES; a++) {
        StringBuilder sb =
            new StringBuilder(
                "{\"id\":\"crash-"
                    + a
                    + "\",\"headline\":\"Report "
                    + a
                    + "\",\"published\":\"2020-01-01\",\"paragraphs\":[");
        for (int p = 0; p < PARAGRAPHS; p++) {
          sb.append(p == 0 ? "" : ",")
              .append("\"Paragraph ")
              .append(p)
              .append(" of report ")
              .append(a)
              .append(" describes events in ")
              .append(places[(a + p) % places.length])
              .append(" and the reaction of local officials to them.\"");
        }
        w.write(sb.append("]}\n").toString());
      }
    }
  }
}
