package org.nutgraf.ingest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.nutgraf.article.Article;
import org.nutgraf.article.Language;
import org.nutgraf.article.PublishedDate;

/**
 * Reads JSON Lines articles: one object a line with {@code id}, {@code headline}, {@code
 * published}, {@code source}, {@code url}, {@code language} (ISO 639-1, "und" when not known) and
 * either {@code paragraphs} (an array of strings) or {@code text} (split on blank lines). Blank
 * lines are skipped.
 */
public final class JsonLinesReader {
  static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .build();
  private static final Pattern START_MARKER =
      Pattern.compile("\\(start marker at \\[Source: .*?; line: \\d+, column: (\\d+)\\]\\)");
  private static final Set<String> KNOWN =
      Set.of(
          "id",
          "headline",
          "published",
          "source",
          "url",
          "language",
          "paragraphs",
          "text",
          "fields");

  private final ReaderOptions options;

  public JsonLinesReader(ReaderOptions options) {
    this.options = options;
  }

  /**
   * Reads every line of {@code in}, giving each article or problem to {@code sink} in order.
   *
   * @param name the file name used in problems
   * @return the number of non-blank lines read
   * @throws IOException if reading fails
   */
  public int read(InputStream in, String name, Consumer<ParsedArticle> sink) throws IOException {
    int lines = 0;
    try (Utf8Lines reader = new Utf8Lines(in, options.maxLineBytes())) {
      Utf8Lines.Line line;
      while ((line = reader.next()) != null) {
        if (line.binary()) {
          // one problem for the whole file, not one per line of noise
          sink.accept(ParsedArticle.invalid(new InputProblem(name, 0, line.error())));
          return lines + 1;
        } else if (line.error() != null) {
          lines++;
          sink.accept(ParsedArticle.invalid(new InputProblem(name, line.number(), line.error())));
        } else if (!line.text().isBlank()) {
          lines++;
          sink.accept(parseLine(line, name));
        }
      }
    }
    if (lines == 0) {
      sink.accept(ParsedArticle.invalid(new InputProblem(name, 0, "empty file: no articles")));
    }
    return lines;
  }

  private ParsedArticle parseLine(Utf8Lines.Line line, String name) {
    int n = line.number();
    JsonNode node;
    try {
      node = JSON.readTree(line.text());
    } catch (JsonProcessingException e) {
      boolean truncated =
          line.lastWithoutNewline()
              && e instanceof JsonParseException
              && e.getOriginalMessage().contains("end-of-input");
      String what =
          truncated
              ? "truncated last line: the JSON object is cut off"
              : "malformed JSON at column " + column(e) + ": " + firstLine(e.getOriginalMessage());
      return ParsedArticle.invalid(new InputProblem(name, n, what));
    }
    if (!node.isObject()) {
      return ParsedArticle.invalid(
          new InputProblem(name, n, "expected a JSON object, found " + kind(node)));
    }
    try {
      ArticleText.Counter counter = new ArticleText.Counter();
      Article article = toArticle(node, counter);
      return ParsedArticle.valid(article, name, n, counter.removed);
    } catch (IllegalArgumentException e) {
      return ParsedArticle.invalid(new InputProblem(name, n, e.getMessage()));
    }
  }

  private Article toArticle(JsonNode node, ArticleText.Counter counter) {
    if (options.strict()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        String field = it.next().getKey();
        if (!KNOWN.contains(field)) {
          throw new IllegalArgumentException("unknown field \"" + field + "\" (--strict)");
        }
      }
    }
    String id = requiredString(node, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("field \"id\" is empty");
    }
    String headline = counter.clean(optionalString(node, "headline").orElse("").strip());
    Optional<Instant> published = optionalString(node, "published").map(this::date);
    String source = counter.clean(optionalString(node, "source").orElse("").strip());
    Optional<String> url = optionalString(node, "url").map(String::strip).filter(u -> !u.isEmpty());
    String language = optionalString(node, "language").map(this::language).orElse("und");
    options.checkKeys(id.strip(), source);
    List<String> texts = paragraphs(node, counter);
    for (int i = 0; i < texts.size(); i++) {
      options.checkParagraph("paragraph " + (i + 1), texts.get(i).length());
    }
    List<String> kept = ArticleText.dropTrailingBoilerplate(texts, options);
    if (kept.isEmpty()) {
      throw new IllegalArgumentException("article \"" + id + "\" has no non-empty paragraph");
    }
    return OwnFields.addTo(
        Article.of(id.strip(), headline, published, source, url, language, kept),
        node.get("fields"));
  }

  private String language(String value) {
    try {
      return Language.code(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("field \"language\": " + e.getMessage());
    }
  }

  private Instant date(String value) {
    try {
      return PublishedDate.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("field \"published\": " + e.getMessage());
    }
  }

  private static List<String> paragraphs(JsonNode node, ArticleText.Counter counter) {
    JsonNode paragraphs = node.get("paragraphs");
    JsonNode text = node.get("text");
    if (paragraphs != null && !paragraphs.isNull() && text != null && !text.isNull()) {
      throw new IllegalArgumentException("give either \"paragraphs\" or \"text\", not both");
    }
    if (paragraphs != null && !paragraphs.isNull()) {
      if (!paragraphs.isArray()) {
        throw new IllegalArgumentException(
            "field \"paragraphs\" must be an array of strings, was " + kind(paragraphs));
      }
      List<String> out = new ArrayList<>();
      for (int i = 0; i < paragraphs.size(); i++) {
        JsonNode p = paragraphs.get(i);
        if (!p.isTextual()) {
          throw new IllegalArgumentException(
              "field \"paragraphs[" + i + "]\" must be a string, was " + kind(p));
        }
        out.add(counter.clean(p.textValue()));
      }
      return out;
    }
    if (text != null && !text.isNull()) {
      if (!text.isTextual()) {
        throw new IllegalArgumentException("field \"text\" must be a string, was " + kind(text));
      }
      return ArticleText.splitParagraphs(counter.clean(text.textValue()));
    }
    throw new IllegalArgumentException("missing field \"paragraphs\" (or \"text\")");
  }

  static String requiredString(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("missing field \"" + field + "\"");
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException(
          "field \"" + field + "\" must be a string, was " + kind(v) + " " + v);
    }
    return v.textValue();
  }

  static Optional<String> optionalString(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException(
          "field \"" + field + "\" must be a string, was " + kind(v) + " " + abbreviate(v));
    }
    return Optional.of(v.textValue());
  }

  static String kind(JsonNode v) {
    return switch (v.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case STRING -> "a string";
      case NULL -> "null";
      default -> v.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  private static String abbreviate(JsonNode v) {
    String s = v.toString();
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }

  private static int column(JsonProcessingException e) {
    return e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    String first = nl < 0 ? message : message.substring(0, nl);
    // Jackson's "(start marker at [Source: REDACTED ...; line: 1, column: 1])" means nothing here
    return START_MARKER.matcher(first).replaceAll("(opened at column $1)");
  }
}
