package org.nutgraf.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nutgraf.article.Article;
import org.nutgraf.article.Language;
import org.nutgraf.article.Paragraph;
import org.nutgraf.article.PublishedDate;
import org.nutgraf.entity.Actor;
import org.nutgraf.entity.ArticleTagger;
import org.nutgraf.entity.TaggedArticle;
import org.nutgraf.entity.TaggedParagraph;
import org.nutgraf.recognition.PersonMention;
import org.nutgraf.recognition.PlaceMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Tags paragraph records: reads JSON Lines {@code {"article","paragraph","text","headline"?,
 * "published"?,"language"?}} and writes {@code {"article","paragraph","language","countries",
 * "actors"}} per line. Consecutive records of one article are tagged together; the first record's
 * language holds for the article, detected when none is given.
 */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = "Find the countries and actors of every paragraph record in FILE (JSON Lines).")
final class EntitiesCommand implements Callable<Integer> {
  private static final JsonMapper JSON = new JsonMapper();

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "JSON Lines paragraph records; - for stdin")
  String file;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
  Path out;

  @Option(names = "--explain", description = "Add each mention with its offsets and evidence.")
  boolean explain;

  /** One input record. */
  private record Row(
      String article,
      int paragraph,
      String text,
      String headline,
      Optional<Instant> published,
      String language) {}

  @Override
  public Integer call() throws IOException {
    ArticleTagger tagger = explain ? ArticleTagger.defaults() : ArticleTagger.forIndexing();
    Writer sink =
        out == null
            ? spec.commandLine().getOut()
            : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    try (BufferedReader in = open();
        JsonGenerator gen = JSON.getFactory().createGenerator(sink)) {
      gen.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      gen.setRootValueSeparator(null);
      List<Row> group = new ArrayList<>();
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        Row row = parse(line, n);
        if (!group.isEmpty() && !group.get(0).article().equals(row.article())) {
          write(tagger, group, gen, sink);
          group.clear();
        }
        group.add(row);
      }
      write(tagger, group, gen, sink);
    } finally {
      if (out != null) {
        sink.close();
      } else {
        sink.flush();
      }
    }
    return 0;
  }

  private BufferedReader open() throws IOException {
    if (file.equals("-")) {
      return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }
    return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
  }

  private Row parse(String line, int n) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (IOException e) {
      throw new UsageException(file + ":" + n + ": malformed JSON");
    }
    if (!node.isObject()) {
      throw new UsageException(file + ":" + n + ": expected a JSON object");
    }
    if (!node.path("article").isTextual() || node.path("article").asText().isBlank()) {
      throw new UsageException(file + ":" + n + ": missing field \"article\"");
    }
    if (!node.path("paragraph").canConvertToInt()) {
      throw new UsageException(file + ":" + n + ": field \"paragraph\" must be a number");
    }
    if (!node.path("text").isTextual()) {
      throw new UsageException(file + ":" + n + ": field \"text\" must be a string");
    }
    Optional<Instant> published = Optional.empty();
    if (node.path("published").isTextual()) {
      try {
        published = Optional.of(PublishedDate.parse(node.get("published").asText()));
      } catch (IllegalArgumentException e) {
        throw new UsageException(file + ":" + n + ": field \"published\": " + e.getMessage());
      }
    }
    String language = Language.UNDETERMINED;
    if (node.path("language").isTextual()) {
      try {
        language = Language.code(node.get("language").asText());
      } catch (IllegalArgumentException e) {
        throw new UsageException(file + ":" + n + ": field \"language\": " + e.getMessage());
      }
    }
    return new Row(
        node.get("article").asText(),
        node.get("paragraph").asInt(),
        node.get("text").asText(),
        node.path("headline").asText(""),
        published,
        language);
  }

  private void write(ArticleTagger tagger, List<Row> rows, JsonGenerator gen, Writer os)
      throws IOException {
    if (rows.isEmpty()) {
      return;
    }
    String id = rows.get(0).article().replace('#', '_');
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Integer> index = new ArrayList<>();
    for (Row r : rows) {
      if (r.text().isBlank()) {
        index.add(-1);
      } else {
        index.add(paragraphs.size());
        paragraphs.add(new Paragraph(id, paragraphs.size(), r.text()));
      }
    }
    TaggedArticle tagged = null;
    if (!paragraphs.isEmpty()) {
      Article article =
          new Article(
              id,
              rows.get(0).headline(),
              rows.get(0).published(),
              "",
              Optional.empty(),
              rows.get(0).language(),
              paragraphs);
      tagged = tagger.tag(article);
    }
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      TaggedParagraph p = index.get(i) < 0 ? null : tagged.paragraphs().get(index.get(i));
      gen.writeStartObject();
      gen.writeStringField("article", r.article());
      gen.writeNumberField("paragraph", r.paragraph());
      gen.writeStringField("language", tagged == null ? r.language() : tagged.article().language());
      gen.writeArrayFieldStart("countries");
      if (p != null) {
        for (String c : p.countries()) {
          gen.writeString(c);
        }
      }
      gen.writeEndArray();
      gen.writeArrayFieldStart("actors");
      if (p != null) {
        for (Actor a : p.actors()) {
          gen.writeString(a.name());
        }
      }
      gen.writeEndArray();
      if (explain && p != null) {
        writeMentions(gen, p);
      }
      gen.writeEndObject();
      gen.flush();
      os.write('\n');
    }
  }

  private static void writeMentions(JsonGenerator gen, TaggedParagraph p) throws IOException {
    gen.writeArrayFieldStart("mentions");
    for (PlaceMention m : p.places()) {
      gen.writeStartObject();
      gen.writeStringField("type", "place");
      gen.writeStringField("text", m.surface());
      gen.writeNumberField("start", m.startOffset());
      gen.writeNumberField("end", m.endOffset());
      gen.writeStringField("kind", m.kind().label());
      gen.writeStringField("country", m.country());
      gen.writeStringField("place", m.place());
      gen.writeStringField("evidence", m.evidence());
      gen.writeEndObject();
    }
    for (int i = 0; i < p.persons().size(); i++) {
      PersonMention m = p.persons().get(i);
      gen.writeStartObject();
      gen.writeStringField("type", "person");
      gen.writeStringField("text", m.surface());
      gen.writeNumberField("start", m.startOffset());
      gen.writeNumberField("end", m.endOffset());
      gen.writeStringField("actor", p.personActors().get(i).name());
      if (m.title().isPresent()) {
        gen.writeStringField("title", m.title().get());
      }
      if (m.affiliation().isPresent()) {
        gen.writeStringField("affiliation", m.affiliation().get());
      }
      gen.writeStringField("evidence", m.evidence());
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }
}
