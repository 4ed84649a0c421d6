package org.nutgraf.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.nutgraf.article.Article;
import org.nutgraf.article.Paragraph;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.recognition.Lexicons;

/**
 * A news-like corpus of exactly {@code paragraphs} paragraphs, the same for the same seed: articles
 * of 3 to 12 paragraphs written from templates, with Zipf-distributed words, places from the
 * built-in gazetteer and a pool of made-up persons. Articles are written as they are read, so a
 * corpus of any size takes the same little memory.
 *
 * <pre>{@code
 * for (Article a : CorpusGenerator.of(42, 10_000)) {
 *   index.upsert(a);
 * }
 * }</pre>
 *
 * <p>Each article is drawn from its own random stream (seed and index), so {@link #partition}
 * splits the corpus between threads without either seeing the other's articles. Immutable and
 * thread-safe; its iterators are not.
 */
public final class CorpusGenerator implements Iterable<Article> {
  private static final int VOCABULARY = 20_000;
  private static final int PERSONS = 5_000;

  private final long seed;
  private final long paragraphs;
  private final Vocabulary words = new Vocabulary(VOCABULARY);
  private final Templates templates = new Templates();
  private final PlacePool places;
  private final PersonPool persons;

  private CorpusGenerator(long seed, long paragraphs) {
    if (paragraphs < 1) {
      throw new IllegalArgumentException("paragraphs: must be >= 1, was " + paragraphs);
    }
    this.seed = seed;
    this.paragraphs = paragraphs;
    Gazetteer gazetteer = Gazetteer.defaults();
    this.places = new PlacePool(gazetteer);
    this.persons = new PersonPool(seed, PERSONS, gazetteer, Lexicons.defaults());
  }

  /**
   * The corpus of {@code paragraphs} paragraphs (the last article is cut short to fit) drawn from
   * {@code seed}.
   *
   * @throws IllegalArgumentException if {@code paragraphs} is below 1
   */
  public static CorpusGenerator of(long seed, long paragraphs) {
    return new CorpusGenerator(seed, paragraphs);
  }

  /** The seed it draws from. */
  public long seed() {
    return seed;
  }

  /** The number of paragraphs over all articles. */
  public long paragraphs() {
    return paragraphs;
  }

  /** The number of articles, counted without writing them. */
  public long articles() {
    long n = 0;
    long seen = 0;
    while (seen < paragraphs) {
      seen += ArticleComposer.paragraphCount(randomOf(n));
      n++;
    }
    return n;
  }

  /** Every article, in order. */
  @Override
  public Iterator<Article> iterator() {
    return partition(0, 1);
  }

  /**
   * The articles whose index is {@code part} modulo {@code parts}: one thread's share when {@code
   * parts} threads split the corpus.
   *
   * @throws IllegalArgumentException unless {@code 0 <= part < parts}
   */
  public Iterator<Article> partition(int part, int parts) {
    if (parts < 1 || part < 0 || part >= parts) {
      throw new IllegalArgumentException(
          "partition: need 0 <= part < parts, was part " + part + " of " + parts);
    }
    return new Articles(part, parts);
  }

  /** Every article, in order, as a sequential stream. */
  public Stream<Article> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            iterator(), Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE),
        false);
  }

  /**
   * Writes every article as JSON Lines, the format {@code nutgraf index} reads: one object a line
   * with id, headline, published, source, url and paragraphs.
   *
   * @return the number of articles written
   * @throws IOException if writing fails
   */
  public long writeJsonLines(OutputStream out) throws IOException {
    long n = 0;
    JsonFactory factory = new JsonFactory();
    OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
    try (JsonGenerator json = factory.createGenerator(buffered, JsonEncoding.UTF8)) {
      json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      json.setRootValueSeparator(null);
      for (Article a : this) {
        json.writeStartObject();
        json.writeStringField("id", a.id());
        json.writeStringField("headline", a.headline());
        if (a.published().isPresent()) {
          json.writeStringField(
              "published", a.published().get().truncatedTo(ChronoUnit.SECONDS).toString());
        }
        json.writeStringField("source", a.source());
        if (a.url().isPresent()) {
          json.writeStringField("url", a.url().get());
        }
        json.writeArrayFieldStart("paragraphs");
        for (Paragraph p : a.paragraphs()) {
          json.writeString(p.text());
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        n++;
      }
    }
    buffered.flush();
    return n;
  }

  /**
   * Writes every article as JSON Lines to {@code file}, replacing it.
   *
   * @return the number of articles written
   * @throws IOException if the file cannot be written
   */
  public long writeJsonLines(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      return writeJsonLines(out);
    }
  }

  /** The noun of this frequency rank, for queries of a known selectivity. */
  String nounAt(int rank) {
    return words.nounAt(rank);
  }

  private SplittableRandom randomOf(long index) {
    return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + index));
  }

  /** SplitMix64's finaliser: neighbouring indices give unrelated streams. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private final class Articles implements Iterator<Article> {
    private final int part;
    private final int parts;
    private final ArticleComposer composer = new ArticleComposer(words, places, persons, templates);
    private long index;
    private long seen;
    private Article next;

    Articles(int part, int parts) {
      this.part = part;
      this.parts = parts;
    }

    @Override
    public boolean hasNext() {
      while (next == null && seen < paragraphs) {
        SplittableRandom random = randomOf(index);
        int count = (int) Math.min(ArticleComposer.paragraphCount(random), paragraphs - seen);
        seen += count;
        if (index % parts == part) {
          next = composer.compose(index, random, count);
        }
        index++;
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
  }
}
