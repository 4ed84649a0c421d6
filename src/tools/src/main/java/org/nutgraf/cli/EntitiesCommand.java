package org.nutgraf.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.nutgraf.ingest.ArticleFiles;
import org.nutgraf.ingest.InputException;
import org.nutgraf.ingest.JsonLinesReader;
import org.nutgraf.ingest.ParsedArticle;
import org.nutgraf.ingest.ReaderOptions;
import org.nutgraf.recognition.PersonMention;
import org.nutgraf.recognition.PlaceMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Tags the paragraphs of FILE and writes {@code {"article","paragraph","language","countries",
 * "actors"}} per paragraph. FILE holds articles as {@code index} reads them (JSON Lines articles, a
 * {@code .txt} article, or a directory of such files) or paragraph records {@code {"article",
 * "paragraph","text","headline"?,"published"?,"language"?}}, told apart by the first record's
 * fields: {@code "article"} and {@code "paragraph"} make paragraph records. Consecutive paragraph
 * records of one article are tagged together; the first record's language holds for the article,
 * detected when none is given.
 */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = {
      "Find the countries and actors of every paragraph in FILE: JSON Lines articles or .txt"
          + " articles as index reads them (or a directory of them), or JSON Lines paragraph"
          + " records {\"article\", \"paragraph\", \"text\", ...}."
    })
final class EntitiesCommand implements Callable<Integer> {
  private static final JsonMapper JSON = new JsonMapper();

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      description = "Articles (.jsonl, .txt, a directory) or paragraph records; - for stdin.")
  String file;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
  Path out;

  @Option(names = "--explain", description = "Add each mention with its offsets and evidence.")
  boolean explain;

  @Mixin FirmsOption firms;

  /** One input record. */
  private record Row(
      String article,
      int paragraph,
      String text,
      String headline,
      Optional<Instant> published,
      String language) {}

  @Override
  public Integer call() throws IOException, InputException {
    ArticleTagger tagger =
        firms.applyTo(explain ? ArticleTagger.defaults() : ArticleTagger.forIndexing());
    Writer sink = out == null ? spec.commandLine().getOut() : OptionValues.output("--out", out);
    boolean stdin = file.equals("-");
    Path path = Path.of(file);
    List<Path> files =
        stdin
            ? List.of()
            : Files.isDirectory(path) ? ArticleFiles.expand(List.of(path)) : List.of(path);
    long total = 0;
    for (Path f : files) {
      total += Files.size(f);
    }
    Progress progress = Progress.of(spec.commandLine().getErr(), "tagged", "paragraphs");
    try (JsonGenerator gen = JSON.getFactory().createGenerator(sink)) {
      gen.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      gen.setRootValueSeparator(null);
      Run run = new Run(tagger, gen, sink, progress, total);
      if (stdin) {
        run.jsonLines(new CountedInput(System.in), "-");
      }
      for (Path f : files) {
        try (CountedInput in = new CountedInput(Files.newInputStream(f))) {
          run.current = in;
          if (f.toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
            new ArticleFiles(ReaderOptions.defaults()).readFile(f, run::article);
          } else {
            run.jsonLines(in, f.toString());
          }
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
        run.done += Files.size(f);
        run.current = null;
      }
    } finally {
      progress.end();
      if (out != null) {
        sink.close();
      } else {
        sink.flush();
      }
    }
    return 0;
  }

  /** One run's state: where it writes, how far it got. */
  private final class Run {
    final ArticleTagger tagger;
    final JsonGenerator gen;
    final Writer sink;
    final Progress progress;
    final long total;
    long done;
    long paragraphs;
    CountedInput current;

    Run(ArticleTagger tagger, JsonGenerator gen, Writer sink, Progress progress, long total) {
      this.total = total;
      this.tagger = tagger;
      this.gen = gen;
      this.sink = sink;
      this.progress = progress;
    }

    /** Paragraph records or JSON Lines articles, as the first record says. */
    void jsonLines(CountedInput raw, String name) throws IOException {
      current = raw;
      BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
      in.mark(Integer.MAX_VALUE);
      boolean records = paragraphRecords(in);
      in.reset();
      in.mark(0); // drop the mark, or the buffer would grow to hold the whole input
      if (!records) {
        new JsonLinesReader(ReaderOptions.defaults()).read(in, name, this::article);
        return;
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Row> group = new ArrayList<>();
      String line;
      int n = 0;
      while ((line = lines.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        Row row = parse(line, name, n);
        if (!group.isEmpty() && !group.get(0).article().equals(row.article())) {
          write(tagger, group, gen, sink);
          count(group.size());
          group.clear();
        }
        group.add(row);
      }
      write(tagger, group, gen, sink);
      count(group.size());
    }

    /** Tags and writes one article read by the ingest readers. */
    void article(ParsedArticle parsed) {
      if (!parsed.isValid()) {
        throw new UsageException(parsed.problems().get(0).toString());
      }
      TaggedArticle tagged = tagger.tag(parsed.article().get());
      try {
        for (int i = 0; i < tagged.paragraphs().size(); i++) {
          record(
              gen,
              sink,
              tagged.article().id(),
              i,
              tagged.article().language(),
              tagged.paragraphs().get(i));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      count(tagged.paragraphs().size());
    }

    private void count(int n) {
      paragraphs += n;
      progress.update(paragraphs, done + (current == null ? 0 : current.count()), total);
    }
  }

  /** Whether the first record in {@code in} has "article" and "paragraph": a paragraph record. */
  private static boolean paragraphRecords(InputStream in) throws IOException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1);
    String line;
    while ((line = lines.readLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode node = JSON.readTree(line.startsWith("\uFEFF") ? line.substring(1) : line);
        return node.has("article") && node.has("paragraph");
      } catch (IOException e) {
        return false; // the article reader reports it with its line
      }
    }
    return false;
  }

  private static Row parse(String line, String file, int n) {
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
      record(
          gen,
          os,
          r.article(),
          r.paragraph(),
          tagged == null ? r.language() : tagged.article().language(),
          p);
    }
  }

  /** One output line; {@code p} is null for a blank paragraph, which has no entities. */
  private void record(
      JsonGenerator gen,
      Writer os,
      String article,
      int paragraph,
      String language,
      TaggedParagraph p)
      throws IOException {
    gen.writeStartObject();
    gen.writeStringField("article", article);
    gen.writeNumberField("paragraph", paragraph);
    gen.writeStringField("language", language);
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
