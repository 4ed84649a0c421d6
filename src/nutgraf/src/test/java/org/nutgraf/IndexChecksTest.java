package org.nutgraf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.article.Article;
import org.nutgraf.testing.BracketTagger;

class IndexChecksTest {
  @TempDir Path tmp;

  @Test
  void refusesPathThatIsAFile() throws IOException {
    Path file = Files.writeString(tmp.resolve("notes.txt"), "not an index");

    IndexOpenException e = assertThrows(IndexOpenException.class, () -> NewsIndex.open(file));

    assertEquals(file + ": is a file, not an index directory", e.getMessage());
  }

  @Test
  void refusesPathBelowAFile() throws IOException {
    Path file = Files.writeString(tmp.resolve("notes.txt"), "not an index");
    Path below = file.resolve("index");

    IndexOpenException e = assertThrows(IndexOpenException.class, () -> NewsIndex.open(below));

    assertEquals(below + ": " + file + " is a file, not a directory", e.getMessage());
  }

  @Test
  void refusesIndexOfAnotherSchemaVersionAndLeavesItAlone() throws IOException {
    Path dir = tmp.resolve("old");
    writePlainIndex(dir, Map.of("nutgraf.schema", "0"));

    IndexOpenException e = assertThrows(IndexOpenException.class, () -> open(dir));

    assertEquals(
        dir
            + ": index has schema version 0; this Nutgraf reads version 3 (version 3"
            + " adds Spanish text analysis): re-index into a new directory",
        e.getMessage());
    assertEquals(1, documents(dir));
  }

  @Test
  void refusesLuceneIndexThatNutgrafDidNotWrite() throws IOException {
    Path dir = tmp.resolve("foreign");
    writePlainIndex(dir, Map.of());

    IndexOpenException e = assertThrows(IndexOpenException.class, () -> open(dir));

    assertEquals(
        dir + ": holds a Lucene index that Nutgraf did not write (no schema version)",
        e.getMessage());
    assertEquals(1, documents(dir));
  }

  @Test
  void refusesIndexWithCorruptSegmentInfo() throws IOException {
    Path dir = indexWithOneArticle();
    Path si = corrupt(dir, ".si");

    IndexOpenException e = assertThrows(IndexOpenException.class, () -> open(dir));

    assertTrue(e.getMessage().startsWith(dir + ": index is corrupt (CheckIndex: "), e.getMessage());
    assertTrue(e.getMessage().contains(si.getFileName().toString()), e.getMessage());
  }

  @Test
  void refusesIndexWithCorruptCommitFile() throws IOException {
    Path dir = indexWithOneArticle();
    corrupt(dir, "segments_");

    IndexOpenException e = assertThrows(IndexOpenException.class, () -> open(dir));

    assertTrue(e.getMessage().startsWith(dir + ": index is corrupt (CheckIndex: "), e.getMessage());
  }

  @Test
  void refusesIndexWithCorruptCompoundEntriesAndReleasesItsLock() throws IOException {
    Path dir = indexWithOneArticle();
    corrupt(dir, ".cfe");

    IndexOpenException e = assertThrows(IndexOpenException.class, () -> open(dir));
    IndexOpenException again = assertThrows(IndexOpenException.class, () -> open(dir));

    assertTrue(e.getMessage().startsWith(dir + ": index is corrupt (CheckIndex: "), e.getMessage());
    assertEquals(e.getMessage(), again.getMessage());
  }

  @Test
  void opensADirectoryWhoseFirstCommitWasCutShortAsANewIndex() throws IOException {
    // a process killed inside its first commit leaves the commit's pending file, never renamed
    Path dir = indexWithOneArticle();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f :
          files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
        Files.move(f, f.resolveSibling("pending_" + f.getFileName()));
      }
    }

    try (NewsIndex index = open(dir)) {
      assertEquals(0, index.stats().articles());
      index.upsert(
          Article.of(
              "a2", "Again", Instant.parse("2020-05-02T00:00:00Z"), "Wire", List.of("Text.")));
      index.commit();
      assertEquals(1, index.stats().articles());
    }
  }

  private Path indexWithOneArticle() throws IOException {
    Path dir = tmp.resolve("index");
    try (NewsIndex index = open(dir)) {
      index.upsert(
          Article.of(
              "a1",
              "Calm day",
              Instant.parse("2020-05-01T00:00:00Z"),
              "Wire",
              List.of("Nothing happened in [HN].", "Still nothing.")));
      index.commit();
    }
    return dir;
  }

  /** Flips eight bytes in the middle of the one file whose name contains {@code part}. */
  private static Path corrupt(Path dir, String part) throws IOException {
    Path file;
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> matching = files.filter(p -> p.getFileName().toString().contains(part)).toList();
      assertEquals(1, matching.size(), matching::toString);
      file = matching.get(0);
    }
    byte[] bytes = Files.readAllBytes(file);
    for (int i = bytes.length / 2; i < bytes.length / 2 + 8 && i < bytes.length; i++) {
      bytes[i] ^= 0x5A;
    }
    Files.write(file, bytes);
    return file;
  }

  private static void writePlainIndex(Path dir, Map<String, String> userData) throws IOException {
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      Document doc = new Document();
      doc.add(new StringField("id", "x1", Field.Store.YES));
      w.addDocument(doc);
      w.setLiveCommitData(userData.entrySet());
      w.commit();
    }
  }

  private static int documents(Path dir) throws IOException {
    try (FSDirectory d = FSDirectory.open(dir);
        DirectoryReader r = DirectoryReader.open(d)) {
      return r.numDocs();
    }
  }

  private static NewsIndex open(Path dir) throws IOException {
    return NewsIndex.builder().path(dir).tagger(new BracketTagger()).open();
  }
}
