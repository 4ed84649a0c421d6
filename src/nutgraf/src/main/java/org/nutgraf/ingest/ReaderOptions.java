package org.nutgraf.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.nutgraf.article.Article;

/**
 * How readers treat input.
 *
 * @param boilerplate lines dropped from the end of an article, compared case-insensitively and
 *     ignoring trailing punctuation; defaults to {@link #DEFAULT_BOILERPLATE}
 * @param strict when true an unknown JSON field is an error; by default it is ignored
 * @param maxLineBytes longest line read, in bytes; a longer line is refused as {@code FILE:LINE} as
 *     soon as it passes the limit, without being held in memory. Defaults to {@link
 *     #DEFAULT_MAX_LINE_BYTES} (16 MiB)
 * @param maxParagraphChars longest paragraph, in characters; a longer one refuses its article.
 *     Defaults to {@link #DEFAULT_MAX_PARAGRAPH_CHARS} (200,000)
 * @param maxIdChars longest article id, in characters; a longer one refuses its article. Defaults
 *     to {@link #DEFAULT_MAX_ID_CHARS} (512)
 * @param maxSourceChars longest source, in characters; a longer one refuses its article. Defaults
 *     to {@link #DEFAULT_MAX_SOURCE_CHARS} (512)
 */
public record ReaderOptions(
    Set<String> boilerplate,
    boolean strict,
    int maxLineBytes,
    int maxParagraphChars,
    int maxIdChars,
    int maxSourceChars) {

  /** Default {@link #maxLineBytes}: 16 MiB, far more than any article a line. */
  public static final int DEFAULT_MAX_LINE_BYTES = 16 << 20;

  /** Default {@link #maxParagraphChars}: 200,000 characters, a hundred times a long paragraph. */
  public static final int DEFAULT_MAX_PARAGRAPH_CHARS = 200_000;

  /** Default {@link #maxIdChars}: 512 characters. */
  public static final int DEFAULT_MAX_ID_CHARS = 512;

  /** Default {@link #maxSourceChars}: 512 characters. */
  public static final int DEFAULT_MAX_SOURCE_CHARS = 512;

  /** Largest {@link #maxIdChars} and {@link #maxSourceChars}: {@link Article#MAX_KEY_CHARS}. */
  public static final int LARGEST_KEY_CHARS = Article.MAX_KEY_CHARS;

  /** Site furniture that scrapers leave at the end of articles. */
  public static final List<String> DEFAULT_BOILERPLATE =
      List.of(
          "Latest News",
          "Advertisement",
          "Read more",
          "Read More Here",
          "Continue reading",
          "Related Articles",
          "Related",
          "Share this article",
          "Subscribe",
          "Sign up for our newsletter",
          "Most Read",
          "Top Stories");

  /**
   * Checks the limits.
   *
   * @throws IllegalArgumentException if a limit is below 1, or an id or source limit is above
   *     {@link #LARGEST_KEY_CHARS}
   */
  public ReaderOptions {
    positive("maxLineBytes", maxLineBytes, Integer.MAX_VALUE);
    positive("maxParagraphChars", maxParagraphChars, Integer.MAX_VALUE);
    positive("maxIdChars", maxIdChars, LARGEST_KEY_CHARS);
    positive("maxSourceChars", maxSourceChars, LARGEST_KEY_CHARS);
    boilerplate =
        boilerplate.stream().map(ReaderOptions::key).collect(Collectors.toUnmodifiableSet());
  }

  private static void positive(String name, int value, int largest) {
    if (value < 1 || value > largest) {
      throw new IllegalArgumentException(
          name + ": must be between 1 and " + largest + ", was " + value);
    }
  }

  /** The defaults: the standard boilerplate list, unknown fields ignored, the default limits. */
  public static ReaderOptions defaults() {
    return new ReaderOptions(
        Set.copyOf(DEFAULT_BOILERPLATE),
        false,
        DEFAULT_MAX_LINE_BYTES,
        DEFAULT_MAX_PARAGRAPH_CHARS,
        DEFAULT_MAX_ID_CHARS,
        DEFAULT_MAX_SOURCE_CHARS);
  }

  /** A copy with unknown fields reported as errors. */
  public ReaderOptions withStrict(boolean strict) {
    return new ReaderOptions(
        boilerplate, strict, maxLineBytes, maxParagraphChars, maxIdChars, maxSourceChars);
  }

  /** A copy with another boilerplate list. */
  public ReaderOptions withBoilerplate(List<String> lines) {
    return new ReaderOptions(
        Set.copyOf(lines), strict, maxLineBytes, maxParagraphChars, maxIdChars, maxSourceChars);
  }

  /** A copy with another line limit, in bytes. */
  public ReaderOptions withMaxLineBytes(int bytes) {
    return new ReaderOptions(
        boilerplate, strict, bytes, maxParagraphChars, maxIdChars, maxSourceChars);
  }

  /** A copy with another paragraph limit, in characters. */
  public ReaderOptions withMaxParagraphChars(int chars) {
    return new ReaderOptions(boilerplate, strict, maxLineBytes, chars, maxIdChars, maxSourceChars);
  }

  /** A copy with another id limit, in characters. */
  public ReaderOptions withMaxIdChars(int chars) {
    return new ReaderOptions(
        boilerplate, strict, maxLineBytes, maxParagraphChars, chars, maxSourceChars);
  }

  /** A copy with another source limit, in characters. */
  public ReaderOptions withMaxSourceChars(int chars) {
    return new ReaderOptions(
        boilerplate, strict, maxLineBytes, maxParagraphChars, maxIdChars, chars);
  }

  /** Refuses an id or source over its limit, naming the field and its length. */
  void checkKeys(String id, String source) {
    if (id.length() > maxIdChars) {
      throw new IllegalArgumentException(
          "field \"id\" is "
              + id.length()
              + " characters, longer than the limit of "
              + maxIdChars
              + " (maxIdChars, --max-id-chars)");
    }
    if (source.length() > maxSourceChars) {
      throw new IllegalArgumentException(
          "field \"source\" is "
              + source.length()
              + " characters, longer than the limit of "
              + maxSourceChars
              + " (maxSourceChars, --max-source-chars)");
    }
  }

  /** Refuses a paragraph over its limit, naming which one. */
  void checkParagraph(String what, int length) {
    if (length > maxParagraphChars) {
      throw new IllegalArgumentException(
          what
              + " is "
              + length
              + " characters, longer than the limit of "
              + maxParagraphChars
              + " (maxParagraphChars, --max-paragraph-chars)");
    }
  }

  boolean isBoilerplate(String line) {
    return boilerplate.contains(key(line));
  }

  private static String key(String line) {
    String s = line.strip().toLowerCase(Locale.ROOT);
    int end = s.length();
    while (end > 0 && !Character.isLetterOrDigit(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }
}
