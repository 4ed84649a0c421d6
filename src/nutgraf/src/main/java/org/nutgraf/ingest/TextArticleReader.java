package org.nutgraf.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.nutgraf.article.Article;
import org.nutgraf.article.Language;
import org.nutgraf.article.PublishedDate;

/**
 * Reads a plain-text article file: the first line is the headline, then optional {@code
 * Published:}, {@code Source:}, {@code URL:} and {@code Language:} lines (in any order), then
 * paragraphs separated by blank lines. The article id is the file name without {@code .txt}.
 */
public final class TextArticleReader {
  private final ReaderOptions options;

  public TextArticleReader(ReaderOptions options) {
    this.options = options;
  }

  /**
   * Reads one article.
   *
   * @param id the article id
   * @param name the file name used in problems
   * @throws IOException if reading fails
   */
  public ParsedArticle read(InputStream in, String id, String name) throws IOException {
    List<String> lines = new ArrayList<>();
    long paragraph = 0; // characters of the paragraph read so far, checked as it grows
    try (Utf8Lines reader = new Utf8Lines(in, options.maxLineBytes())) {
      Utf8Lines.Line line;
      while ((line = reader.next()) != null) {
        if (line.error() != null) {
          int at = line.binary() ? 0 : line.number();
          return ParsedArticle.invalid(new InputProblem(name, at, line.error()));
        }
        String text = line.text();
        paragraph = text.isBlank() ? 0 : paragraph + text.length() + 1;
        if (paragraph - 1 > options.maxParagraphChars()) {
          return ParsedArticle.invalid(
              new InputProblem(
                  name,
                  line.number(),
                  "paragraph longer than the limit of "
                      + options.maxParagraphChars()
                      + " characters (maxParagraphChars, --max-paragraph-chars)"));
        }
        lines.add(text);
      }
    }
    int first = 0;
    while (first < lines.size() && lines.get(first).isBlank()) {
      first++;
    }
    if (first == lines.size()) {
      return ParsedArticle.invalid(new InputProblem(name, 0, "empty file: no headline or text"));
    }
    ArticleText.Counter counter = new ArticleText.Counter();
    String headline = counter.clean(lines.get(first).strip());
    Optional<Instant> published = Optional.empty();
    String source = "";
    Optional<String> url = Optional.empty();
    String language = Language.UNDETERMINED;
    int i = first + 1;
    for (; i < lines.size(); i++) {
      String l = lines.get(i);
      int colon = l.indexOf(':');
      String key = colon > 0 ? l.substring(0, colon).strip().toLowerCase(Locale.ROOT) : "";
      String value = colon > 0 ? l.substring(colon + 1).strip() : "";
      if (key.equals("published")) {
        try {
          published = Optional.of(PublishedDate.parse(value));
        } catch (IllegalArgumentException e) {
          return ParsedArticle.invalid(
              new InputProblem(name, i + 1, "header \"Published\": " + e.getMessage()));
        }
      } else if (key.equals("source")) {
        source = counter.clean(value);
      } else if (key.equals("url")) {
        url = value.isEmpty() ? Optional.empty() : Optional.of(value);
      } else if (key.equals("language")) {
        try {
          language = Language.code(value);
        } catch (IllegalArgumentException e) {
          return ParsedArticle.invalid(
              new InputProblem(name, i + 1, "header \"Language\": " + e.getMessage()));
        }
      } else {
        break;
      }
    }
    String body = counter.clean(String.join("\n", lines.subList(i, lines.size())));
    List<String> paragraphs =
        ArticleText.dropTrailingBoilerplate(ArticleText.splitParagraphs(body), options);
    if (paragraphs.isEmpty()) {
      // the whole file is the article, so no one line is to blame
      return ParsedArticle.invalid(
          new InputProblem(name, 0, "article \"" + id + "\" has no non-empty paragraph"));
    }
    try {
      options.checkKeys(id, source);
      Article article = Article.of(id, headline, published, source, url, language, paragraphs);
      return ParsedArticle.valid(article, name, first + 1, counter.removed);
    } catch (IllegalArgumentException e) {
      return ParsedArticle.invalid(new InputProblem(name, first + 1, e.getMessage()));
    }
  }
}
