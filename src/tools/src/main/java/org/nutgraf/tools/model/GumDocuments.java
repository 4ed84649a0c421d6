package org.nutgraf.tools.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;
import org.nutgraf.entity.ActorDictionary;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.recognition.EntityRecognizer;
import org.nutgraf.recognition.Lexicons;

/**
 * Reads GUM's entity file ({@code gum-entities.jsonl}: one paragraph a line, with its document,
 * genre, text and annotated mentions) and hands over the paragraphs of each document of the chosen
 * genres, in file order, one document at a time.
 */
final class GumDocuments {
  private static final JsonMapper JSON = new JsonMapper();

  /** The attribution line of anything fitted on the file's CC BY and public-domain genres. */
  static final String SOURCE =
      "Source: GUM corpus (Zeldes 2017), https://gucorpling.org/gum/ - annotations CC BY 4.0;"
          + " texts of these genres CC BY or public domain (see NOTICE).";

  private GumDocuments() {}

  /**
   * The examples {@code reader} labels in the documents of {@code genres} (comma-separated) of
   * {@code file}, with the library's default recogniser, explanations off; a record that is no
   * paragraph ends the program with its one-line error and status 2.
   */
  static List<Example> examples(ExampleReader reader, Path file, String genres) throws IOException {
    Set<String> chosen = new LinkedHashSet<>(Arrays.asList(genres.split(",")));
    return examples(recognizer -> reader.read(file, chosen, recognizer));
  }

  /**
   * The examples {@code labelling} finds with the library's default recogniser, explanations off; a
   * bad record (an {@link IllegalArgumentException}) ends the program with its one-line error and
   * status 2.
   */
  static List<Example> examples(Labelling labelling) throws IOException {
    EntityRecognizer recognizer =
        new EntityRecognizer(
            Gazetteer.defaults(), Lexicons.defaults(), ActorDictionary.defaults(), false);
    try {
      return labelling.read(recognizer);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      throw e; // not reached
    }
  }

  /** Labels the candidates a recogniser proposes in some annotated documents. */
  @FunctionalInterface
  interface Labelling {
    /**
     * The labelled candidates.
     *
     * @throws IllegalArgumentException naming the file and line of a bad record
     */
    List<Example> read(EntityRecognizer recognizer) throws IOException;
  }

  /**
   * Calls {@code document} with the paragraphs of each document of {@code genres} in {@code file};
   * blank lines are skipped.
   *
   * @throws IllegalArgumentException naming the file and line of a record that is no JSON, or lacks
   *     its doc, genre or text, or whose entities are no array
   */
  static void read(Path file, Set<String> genres, Consumer<List<JsonNode>> document)
      throws IOException {
    List<JsonNode> doc = new ArrayList<>();
    nonBlankLines(
        file,
        (line, n) -> {
          JsonNode p = parse(file, n, line);
          if (!genres.contains(p.get("genre").asText())) {
            return;
          }
          if (!doc.isEmpty() && !doc.get(0).get("doc").asText().equals(p.get("doc").asText())) {
            document.accept(List.copyOf(doc));
            doc.clear();
          }
          doc.add(p);
        });
    if (!doc.isEmpty()) {
      document.accept(List.copyOf(doc));
    }
  }

  /**
   * Calls {@code line} with the text and the 1-based number of each line of {@code file} that is
   * not blank.
   */
  static void nonBlankLines(Path file, ObjIntConsumer<String> line) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String text;
      int n = 0;
      while ((text = in.readLine()) != null) {
        n++;
        if (!text.isBlank()) {
          line.accept(text, n);
        }
      }
    }
  }

  private static JsonNode parse(Path file, int n, String line) {
    JsonNode p;
    try {
      p = JSON.readTree(line);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ":" + n + ": malformed JSON");
    }
    for (String field : List.of("doc", "genre", "text")) {
      if (!p.path(field).isTextual()) {
        throw new IllegalArgumentException(file + ":" + n + ": field \"" + field + "\" missing");
      }
    }
    if (!p.path("entities").isArray()) {
      throw new IllegalArgumentException(file + ":" + n + ": field \"entities\" must be an array");
    }
    return p;
  }
}
