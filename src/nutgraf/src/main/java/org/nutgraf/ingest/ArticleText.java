package org.nutgraf.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Text clean-up shared by the readers: control characters, paragraph splitting, boilerplate. */
final class ArticleText {
  private static final Pattern LINE_BREAK = Pattern.compile("\\s*[\\r\\n]+\\s*");

  private ArticleText() {}

  /** Counts what {@link #clean} removes, across the fields of one article. */
  static final class Counter {
    int removed;

    String clean(String s) {
      int n = 0;
      StringBuilder out = null;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (isUnwantedControl(c)) {
          if (out == null) {
            out = new StringBuilder(s.length()).append(s, 0, i);
          }
          n++;
        } else if (out != null) {
          out.append(c);
        }
      }
      removed += n;
      return out == null ? s : out.toString();
    }
  }

  /** C0 and C1 control characters other than tab, line feed and carriage return, and DEL. */
  static boolean isUnwantedControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
  }

  /**
   * Splits text into paragraphs at blank lines; lines inside a paragraph keep their line feeds
   * until {@link #dropTrailingBoilerplate} joins them.
   */
  static List<String> splitParagraphs(String text) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\r?\n|\r", -1)) {
      String stripped = line.strip();
      if (stripped.isEmpty()) {
        flush(current, paragraphs);
      } else {
        if (!current.isEmpty()) {
          current.append('\n');
        }
        current.append(stripped);
      }
    }
    flush(current, paragraphs);
    return paragraphs;
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    if (!current.isEmpty()) {
      paragraphs.add(current.toString());
      current.setLength(0);
    }
  }

  /**
   * Drops boilerplate lines ("Latest News", "Advertisement") from the end of an article, and joins
   * the lines inside each paragraph with a space. A paragraph whose last line is boilerplate keeps
   * the lines before it.
   */
  static List<String> dropTrailingBoilerplate(List<String> paragraphs, ReaderOptions options) {
    List<String> out = new ArrayList<>();
    for (String p : paragraphs) {
      if (!p.isBlank()) {
        out.add(p.strip());
      }
    }
    while (!out.isEmpty()) {
      String last = out.get(out.size() - 1);
      if (options.isBoilerplate(last)) {
        out.remove(out.size() - 1);
        continue;
      }
      String trimmed = trimBoilerplateTail(last, options);
      if (trimmed.equals(last)) {
        break;
      }
      out.set(out.size() - 1, trimmed);
      if (trimmed.isEmpty()) {
        out.remove(out.size() - 1);
      }
    }
    out.replaceAll(p -> LINE_BREAK.matcher(p).replaceAll(" "));
    return out;
  }

  /** "… crime rates.\nLatest News" loses its last line when that line is boilerplate. */
  private static String trimBoilerplateTail(String paragraph, ReaderOptions options) {
    int nl = Math.max(paragraph.lastIndexOf('\n'), paragraph.lastIndexOf('\r'));
    if (nl >= 0 && options.isBoilerplate(paragraph.substring(nl + 1))) {
      return paragraph.substring(0, nl).strip();
    }
    return paragraph;
  }
}
