package org.nutgraf.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.nutgraf.article.Article;
import org.nutgraf.article.Paragraph;

/**
 * A corpus written to a file before any clock starts, so that an indexing run pays only for reading
 * it back (the same small cost for every engine and thread count) and no thread generates text on a
 * core another thread is being timed on. Each article is one length-prefixed record of UTF-8
 * strings; a reader of one partition skips the others' records without decoding them.
 */
final class CorpusFile {
  private static final long NO_DATE = Long.MIN_VALUE;

  private final Path file;
  private final long articles;
  private final long paragraphs;
  private final long textBytes;

  private CorpusFile(Path file, long articles, long paragraphs, long textBytes) {
    this.file = file;
    this.articles = articles;
    this.paragraphs = paragraphs;
    this.textBytes = textBytes;
  }

  /**
   * Writes every article of {@code corpus} to {@code file}, replacing it.
   *
   * @throws IOException if the file cannot be written
   */
  static CorpusFile write(Iterable<Article> corpus, Path file) throws IOException {
    long n = 0;
    long paragraphs = 0;
    long textBytes = 0;
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      Record record = new Record();
      for (Article a : corpus) {
        record.reset();
        record.string(a.id());
        record.string(a.headline());
        record.number(a.published().map(Instant::toEpochMilli).orElse(NO_DATE));
        record.string(a.source());
        record.string(a.url().orElse(""));
        record.number(a.paragraphs().size());
        for (Paragraph p : a.paragraphs()) {
          textBytes += record.string(p.text());
        }
        paragraphs += a.paragraphs().size();
        out.writeInt(record.size());
        record.writeTo(out);
        n++;
      }
    }
    return new CorpusFile(file, n, paragraphs, textBytes);
  }

  /** How many articles it holds. */
  long articles() {
    return articles;
  }

  /** How many paragraphs its articles hold. */
  long paragraphs() {
    return paragraphs;
  }

  /** UTF-8 bytes of its paragraphs' text (headlines not counted). */
  long textBytes() {
    return textBytes;
  }

  /**
   * The articles whose position is {@code part} modulo {@code parts}, read as they are iterated;
   * close the reader when done.
   *
   * @throws IOException if the file cannot be opened
   */
  Reader partition(int part, int parts) throws IOException {
    if (parts < 1 || part < 0 || part >= parts) {
      throw new IllegalArgumentException(
          "partition: need 0 <= part < parts, was part " + part + " of " + parts);
    }
    return new Reader(part, parts);
  }

  /** Every article, in order. */
  Reader all() throws IOException {
    return partition(0, 1);
  }

  /** One record being written: a growing byte buffer. */
  private static final class Record {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final DataOutputStream out = new DataOutputStream(bytes);

    void reset() {
      bytes.reset();
    }

    /** Writes {@code s}; returns its length in UTF-8 bytes. */
    int string(String s) throws IOException {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      out.writeInt(b.length);
      out.write(b);
      return b.length;
    }

    void number(long v) throws IOException {
      out.writeLong(v);
    }

    int size() {
      return bytes.size();
    }

    void writeTo(DataOutputStream target) throws IOException {
      bytes.writeTo(target);
    }
  }

  /** Reads one partition; not thread-safe. */
  final class Reader implements Iterator<Article>, Closeable {
    private final DataInputStream in;
    private final int part;
    private final int parts;
    private long position;
    private byte[] buffer = new byte[1 << 12];
    private Article next;
    private boolean done;

    private Reader(int part, int parts) throws IOException {
      this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
      this.part = part;
      this.parts = parts;
    }

    @Override
    public boolean hasNext() {
      try {
        while (next == null && !done) {
          int size;
          try {
            size = in.readInt();
          } catch (EOFException end) {
            done = true;
            break;
          }
          if (position++ % parts == part) {
            next = decode();
          } else {
            in.skipNBytes(size);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(file + ": cannot read the bench corpus", e);
      }
      return next != null;
    }

    @Override
    public Article next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Article a = next;
      next = null;
      return a;
    }

    private Article decode() throws IOException {
      String id = string();
      String headline = string();
      long published = in.readLong();
      String source = string();
      String url = string();
      int count = (int) in.readLong();
      List<Paragraph> paragraphs = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        paragraphs.add(new Paragraph(id, i, string()));
      }
      return new Article(
          id,
          headline,
          published == NO_DATE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(published)),
          source,
          url.isEmpty() ? Optional.empty() : Optional.of(url),
          paragraphs);
    }

    private String string() throws IOException {
      int n = in.readInt();
      if (n > buffer.length) {
        buffer = new byte[Math.max(n, buffer.length * 2)];
      }
      in.readFully(buffer, 0, n);
      return new String(buffer, 0, n, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
