package org.nutgraf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.article.Article;
import org.nutgraf.index.Fields;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.query.SortOrder;
import org.nutgraf.search.InvalidCursorException;
import org.nutgraf.testing.BracketTagger;

/** The cursor key lives in an owner-only file, not in the commit data anyone can read. */
class CursorKeyFileTest {
  private static final Instant DAY = Instant.parse("2022-05-10T00:00:00Z");
  private static final NewsQuery OLDEST =
      NewsQuery.builder().sort(SortOrder.OLDEST).pageSize(1).build();

  @TempDir Path tmp;

  @Test
  void aNewIndexKeepsItsKeyInAnOwnerOnlyFile() throws IOException {
    Path dir = tmp.resolve("index");
    String cursor;
    try (NewsIndex index = open(dir)) {
      index.upsert(List.of(article("k1", 0), article("k2", 60)));
      index.commit();
      cursor = index.search(OLDEST).next().orElseThrow();
    }

    Path key = dir.resolve(CursorKeyFile.NAME);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
    assertFalse(userData(dir).containsKey(Fields.CURSOR_KEY));
    try (NewsIndex reader = NewsIndex.openReadOnly(dir)) {
      assertEquals(1, reader.search(OLDEST.after(cursor)).hits().size());
    }
  }

  @Test
  void anOlderIndexHasItsKeyMovedToTheFileAndDroppedFromTheNextCommit() throws IOException {
    Path dir = tmp.resolve("index");
    try (NewsIndex index = open(dir)) {
      index.upsert(article("m1", 0));
      index.commit();
    }
    // as an index written before the key file: the key in the commit data, no file
    byte[] old = "an older index's cursor secret".getBytes(StandardCharsets.UTF_8);
    Files.delete(dir.resolve(CursorKeyFile.NAME));
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      Map<String, String> data = new HashMap<>(userData(dir));
      data.put(Fields.CURSOR_KEY, Base64.getEncoder().encodeToString(old));
      w.setLiveCommitData(data.entrySet());
      w.commit();
    }

    try (NewsIndex index = open(dir)) {
      assertArrayEquals(old, CursorKeyFile.read(dir).orElseThrow());
      assertTrue(userData(dir).containsKey(Fields.CURSOR_KEY), "dropped at the next commit");
      index.upsert(article("m2", 60));
      index.commit();
    }
    assertFalse(userData(dir).containsKey(Fields.CURSOR_KEY));
    assertEquals(Fields.SCHEMA_VERSION, userData(dir).get(Fields.SCHEMA_KEY));
  }

  @Test
  void aCallersKeySignsInsteadOfTheFile() throws IOException {
    Path dir = tmp.resolve("index");
    byte[] shared = "a key every server of the cluster shares".getBytes(StandardCharsets.UTF_8);
    String cursor;
    try (NewsIndex index =
        NewsIndex.builder().path(dir).tagger(new BracketTagger()).cursorKey(shared).open()) {
      index.upsert(List.of(article("c1", 0), article("c2", 60)));
      index.commit();
      cursor = index.search(OLDEST).next().orElseThrow();
    }
    try (NewsIndex withKey = NewsIndex.builder().path(dir).readOnly(true).cursorKey(shared).open();
        NewsIndex withFile = NewsIndex.openReadOnly(dir)) {
      assertEquals(1, withKey.search(OLDEST.after(cursor)).hits().size());
      assertThrows(InvalidCursorException.class, () -> withFile.search(OLDEST.after(cursor)));
    }
    assertThrows(IllegalArgumentException.class, () -> NewsIndex.builder().cursorKey(new byte[8]));
  }

  private static NewsIndex open(Path dir) throws IOException {
    return NewsIndex.builder().path(dir).tagger(new BracketTagger()).open();
  }

  private static Article article(String id, long seconds) {
    return Article.of(
        id, "Headline of " + id, DAY.plusSeconds(seconds), "Test Wire", List.of("Text " + id));
  }

  private static Map<String, String> userData(Path dir) throws IOException {
    try (FSDirectory d = FSDirectory.open(dir)) {
      return SegmentInfos.readLatestCommit(d).getUserData();
    }
  }
}
