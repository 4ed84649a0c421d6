package org.nutgraf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.nutgraf.index.Fields;

/** Checks made before an index is opened, with messages that say what is wrong and where. */
final class IndexChecks {
  private IndexChecks() {}

  /** Refuses a path that cannot hold an index, or cannot be written when {@code write}. */
  static void checkPath(Path path, boolean write) throws IndexOpenException {
    if (Files.isRegularFile(path)) {
      throw new IndexOpenException(path + ": is a file, not an index directory");
    }
    Path existing = path;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing != null && !Files.isDirectory(existing)) {
      throw new IndexOpenException(path + ": " + existing + " is a file, not a directory");
    }
    if (write && existing != null && !Files.isWritable(existing)) {
      throw new IndexOpenException(path + ": not writable (permission denied)");
    }
  }

  /**
   * Refuses to create an index in a directory that holds other things: the index's files would mix
   * with the user's. An index, an empty directory, and one holding only what a failed or killed
   * creation leaves (the write lock, the cursor key, Lucene's segment files written before the
   * first commit, the {@code pending_segments_N} of a first commit cut short) are fine.
   */
  static void checkEmptyOrIndex(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return;
    }
    List<String> names;
    try (Stream<Path> list = Files.list(path)) {
      names = list.map(p -> p.getFileName().toString()).sorted().toList();
    }
    if (names.stream().anyMatch(n -> n.startsWith(IndexFileNames.SEGMENTS))) {
      return; // an index: checkExisting says whether it is one of ours
    }
    List<String> others =
        names.stream()
            .filter(n -> !n.equals(IndexWriter.WRITE_LOCK_NAME))
            .filter(n -> !n.startsWith(CursorKeyFile.NAME))
            .filter(n -> !n.startsWith(IndexFileNames.PENDING_SEGMENTS))
            .filter(n -> !IndexFileNames.CODEC_FILE_PATTERN.matcher(n).matches())
            .toList();
    if (!others.isEmpty()) {
      throw new IndexOpenException(
          path
              + ": not empty and not an index (it holds "
              + others.get(0)
              + (others.size() > 1 ? " and " + (others.size() - 1) + " more" : "")
              + "); give a new or empty directory");
    }
  }

  /**
   * Reads the schema version of an existing index; refuses another version, a foreign Lucene index,
   * or a corrupt one (reporting what CheckIndex found).
   *
   * @return the user data of the latest commit, empty when there is no index
   */
  static Optional<Map<String, String>> checkExisting(Directory dir, String where)
      throws IndexOpenException {
    try {
      if (!DirectoryReader.indexExists(dir)) {
        return Optional.empty();
      }
    } catch (IOException e) {
      throw corrupt(dir, where, e);
    }
    Map<String, String> data;
    try {
      data = SegmentInfos.readLatestCommit(dir).getUserData();
    } catch (IOException | RuntimeException e) {
      throw corrupt(dir, where, e);
    }
    String version = data.get(Fields.SCHEMA_KEY);
    if (version == null) {
      throw new IndexOpenException(
          where + ": holds a Lucene index that Nutgraf did not write (no schema version)");
    }
    if (!version.equals(Fields.SCHEMA_VERSION)) {
      throw new IndexOpenException(
          where
              + ": index has schema version "
              + version
              + "; this Nutgraf reads version "
              + Fields.SCHEMA_VERSION
              + " ("
              + Fields.SCHEMA_CHANGE
              + "): re-index into a new directory");
    }
    return Optional.of(data);
  }

  /** Runs CheckIndex and names its first finding. */
  static IndexOpenException corrupt(Directory dir, String where, Throwable cause) {
    String finding = cause.getMessage();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (CheckIndex check = new CheckIndex(dir)) {
      check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
      CheckIndex.Status status = check.checkIndex();
      if (status.missingSegments) {
        // a bad .si file lands here too; the original error names the file
        finding = "cannot read the latest commit: " + oneLine(finding);
      } else {
        for (CheckIndex.Status.SegmentInfoStatus s : status.segmentInfos) {
          if (s.error != null) {
            finding = "segment " + s.name + ": " + s.error.getMessage();
            break;
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // CheckIndex could not run; the original error says enough
    }
    return new IndexOpenException(
        where + ": index is corrupt (CheckIndex: " + oneLine(finding) + ")", cause);
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
