package org.nutgraf.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How readers treat input.
 *
 * @param boilerplate lines dropped from the end of an article, compared case-insensitively and
 *     ignoring trailing punctuation; defaults to {@link #DEFAULT_BOILERPLATE}
 * @param strict when true an unknown JSON field is an error; by default it is ignored
 */
public record ReaderOptions(Set<String> boilerplate, boolean strict) {

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

  public ReaderOptions {
    boilerplate =
        boilerplate.stream().map(ReaderOptions::key).collect(Collectors.toUnmodifiableSet());
  }

  /** The defaults: the standard boilerplate list, unknown fields ignored. */
  public static ReaderOptions defaults() {
    return new ReaderOptions(Set.copyOf(DEFAULT_BOILERPLATE), false);
  }

  /** A copy with unknown fields reported as errors. */
  public ReaderOptions withStrict(boolean strict) {
    return new ReaderOptions(boilerplate, strict);
  }

  /** A copy with another boilerplate list. */
  public ReaderOptions withBoilerplate(List<String> lines) {
    return new ReaderOptions(Set.copyOf(lines), strict);
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
