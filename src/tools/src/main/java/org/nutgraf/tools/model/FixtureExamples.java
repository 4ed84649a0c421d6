package org.nutgraf.tools.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nutgraf.article.Article;
import org.nutgraf.article.Paragraph;
import org.nutgraf.ingest.ArticleFiles;
import org.nutgraf.ingest.InputException;
import org.nutgraf.ingest.ReaderOptions;
import org.nutgraf.recognition.EntityRecognizer;

/**
 * Reads a person annotation of articles (one line per headline or paragraph: {@code {"article": ID,
 * "paragraph": N or "headline", "persons": [{"start", "end", "text", "name"}]}}, as {@code
 * src/data/annotations/SOURCES.md} describes), finds those articles among the article files, runs
 * the recogniser over each article's texts as the library does (the headline first when it is not
 * blank and differs from the first paragraph) and labels every person candidate by the annotation,
 * with {@link GumExamples#label}. Each article is a document of its own; articles the annotation
 * does not name are left out.
 */
final class FixtureExamples {
  private static final JsonMapper JSON = new JsonMapper();

  /** What marks the headline's line in the annotation. */
  static final String HEADLINE = "headline";

  /** The prefix of the document names of these examples, which keeps them apart from GUM's. */
  static final String DOCUMENT_PREFIX = "fixture:";

  private FixtureExamples() {}

  /**
   * The labelled candidates of the articles that {@code annotation} annotates, read from {@code
   * articles} (files or directories, as {@code index} reads them).
   *
   * @throws IllegalArgumentException naming the annotation's file and line when a line is no
   *     annotation, names a text the article lacks, repeats one, or gives a mention whose offsets
   *     do not hold its text; or naming an article that is annotated but not found, or has a text
   *     the annotation leaves out
   */
  static List<Example> read(Path annotation, List<Path> articles, EntityRecognizer recognizer)
      throws IOException {
    Map<String, Map<String, Line>> annotated = annotations(annotation);
    Map<String, Article> found = new LinkedHashMap<>();
    try {
      new ArticleFiles(ReaderOptions.defaults())
          .read(
              articles,
              parsed ->
                  parsed
                      .article()
                      .filter(a -> annotated.containsKey(a.id()))
                      .ifPresent(a -> found.putIfAbsent(a.id(), a)));
    } catch (InputException e) {
      throw new IllegalArgumentException("articles: " + e.problems());
    }
    List<Example> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, Line>> e : annotated.entrySet()) {
      Article article = found.get(e.getKey());
      if (article == null) {
        throw new IllegalArgumentException(
            annotation + ": article " + e.getKey() + " is not among " + articles);
      }
      Map<String, String> texts = texts(article);
      Map<String, Line> lines = e.getValue();
      List<JsonNode> mentions = new ArrayList<>(texts.size());
      for (Map.Entry<String, String> t : texts.entrySet()) {
        Line line = lines.get(t.getKey());
        if (line == null) {
          throw new IllegalArgumentException(
              annotation + ": article " + e.getKey() + " has no line for paragraph " + t.getKey());
        }
        mentions.add(mentions(annotation, line, t.getValue()));
      }
      for (Line line : lines.values()) {
        if (!texts.containsKey(line.paragraph())) {
          throw new IllegalArgumentException(
              annotation
                  + ":"
                  + line.number()
                  + ": the article has no paragraph "
                  + line.paragraph());
        }
      }
      GumExamples.label(
          DOCUMENT_PREFIX + article.id(),
          new ArrayList<>(texts.values()),
          mentions,
          recognizer,
          out);
    }
    return out;
  }

  /** The texts the library recognises in an article, in order, by their annotation key. */
  static Map<String, String> texts(Article article) {
    Map<String, String> texts = new LinkedHashMap<>();
    List<Paragraph> paragraphs = article.paragraphs();
    if (article.headlineIsOwnText()) {
      texts.put(HEADLINE, article.headline());
    }
    for (int p = 0; p < paragraphs.size(); p++) {
      texts.put(String.valueOf(p), paragraphs.get(p).text());
    }
    return texts;
  }

  /** One line of the annotation: its number, its paragraph key and its persons. */
  private record Line(int number, String paragraph, JsonNode persons) {}

  /** The annotation's lines by article and paragraph key, in file order. */
  private static Map<String, Map<String, Line>> annotations(Path file) throws IOException {
    Map<String, Map<String, Line>> out = new LinkedHashMap<>();
    GumDocuments.nonBlankLines(
        file,
        (text, n) -> {
          JsonNode line;
          try {
            line = JSON.readTree(text);
          } catch (IOException e) {
            throw new IllegalArgumentException(file + ":" + n + ": malformed JSON");
          }
          JsonNode paragraph = line.path("paragraph");
          boolean key =
              paragraph.isIntegralNumber() && paragraph.canConvertToInt() && paragraph.asInt() >= 0
                  || paragraph.asText().equals(HEADLINE);
          if (!line.path("article").isTextual() || !key || !line.path("persons").isArray()) {
            throw new IllegalArgumentException(
                file
                    + ":"
                    + n
                    + ": expected \"article\", \"paragraph\" (a number or \"headline\") and"
                    + " \"persons\" (an array)");
          }
          Map<String, Line> article =
              out.computeIfAbsent(line.get("article").asText(), a -> new LinkedHashMap<>());
          Line l = new Line(n, paragraph.asText(), line.get("persons"));
          if (article.putIfAbsent(l.paragraph(), l) != null) {
            throw new IllegalArgumentException(
                file + ":" + n + ": paragraph " + l.paragraph() + " is annotated twice");
          }
        });
    return out;
  }

  /**
   * The line's persons as mentions in the GUM file's shape (proper, of type person), each checked
   * against {@code text}.
   */
  private static JsonNode mentions(Path file, Line line, String text) {
    ArrayNode out = JSON.createArrayNode();
    for (JsonNode m : line.persons()) {
      int start = m.path("start").asInt(-1);
      int end = m.path("end").asInt(-1);
      if (start < 0
          || end <= start
          || end > text.length()
          || !m.path("name").isTextual()
          || !text.substring(start, end).equals(m.path("text").asText())) {
        throw new IllegalArgumentException(
            file + ":" + line.number() + ": mention " + m + " does not match the paragraph's text");
      }
      ObjectNode mention = out.addObject();
      mention.put("start", start);
      mention.put("end", end);
      mention.put("type", "person");
      mention.put("proper", true);
    }
    return out;
  }
}
