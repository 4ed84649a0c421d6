package org.nutgraf.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.nutgraf.article.Article;

/**
 * Articles a scraper may feed an index and a name recogniser may find costly, for the bench's
 * hostile-text row: long runs of capitalised words (tag clouds, menus), repeated initials, a line
 * of 100,000 characters, and titles one after another.
 */
final class HostileParagraphs {
  /** Titles as headlines and captions put them before names. */
  private static final String[] TITLES = {
    "President",
    "Vice President",
    "Prime Minister",
    "Minister",
    "Senator",
    "Sen.",
    "Governor",
    "Gov.",
    "Mayor",
    "General",
    "Gen.",
    "Judge",
    "Justice",
    "Ambassador",
    "Chancellor",
    "King",
    "Queen",
    "Prince",
    "Pope",
    "Cardinal",
    "Rep.",
    "Secretary",
    "Dr.",
    "Mr.",
    "Mrs.",
    "Ms."
  };

  /** Characters of the long line. */
  static final int LONG_LINE_CHARS = 100_000;

  private HostileParagraphs() {}

  /** One article per kind of hostile text, each paragraph about {@code words} words long. */
  static List<Article> articles(int words) {
    Random r = new Random(16);
    List<Article> out = new ArrayList<>();
    out.add(article("capitalised-run", tagCloud(r, words)));
    out.add(article("initials", "K. L. ".repeat(words / 2) + "Moreau said."));
    StringBuilder line = new StringBuilder(tagCloud(r, 1_000));
    while (line.length() < LONG_LINE_CHARS) {
      line.append(' ').append(tagCloud(r, 1_000));
    }
    out.add(article("long-line", line.substring(0, LONG_LINE_CHARS).strip()));
    StringBuilder titles = new StringBuilder();
    for (int i = 0; i < words; i++) {
      titles.append(TITLES[i % TITLES.length]).append(' ');
    }
    out.add(article("titles", titles.toString().strip()));
    return out;
  }

  private static Article article(String id, String text) {
    return Article.of(
        "hostile-" + id, "", Instant.parse("2024-01-01T00:00:00Z"), "bench", List.of(text));
  }

  /** Made-up capitalised words of two to seven letters. */
  private static String tagCloud(Random r, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append((char) ('A' + r.nextInt(26)));
      for (int n = 1 + r.nextInt(6); n > 0; n--) {
        sb.append((char) ('a' + r.nextInt(26)));
      }
    }
    return sb.toString();
  }
}
