package org.nutgraf.tools.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.nutgraf.recognition.EntityRecognizer;
import org.nutgraf.recognition.PersonDecision;

/**
 * Reads GUM's entity file ({@code gum-entities.jsonl}: one paragraph a line, with its document,
 * genre, text and annotated mentions), runs the recogniser over each document's paragraphs and
 * labels every person candidate by the proper-name mention it overlaps most.
 */
final class GumExamples {
  private static final JsonMapper JSON = new JsonMapper();

  private GumExamples() {}

  /**
   * The labelled candidates of the paragraphs of {@code genres} in {@code file}.
   *
   * @throws IllegalArgumentException naming the file and line of a record that is no paragraph
   */
  static List<Example> read(Path file, Set<String> genres, EntityRecognizer recognizer)
      throws IOException {
    List<Example> out = new ArrayList<>();
    List<JsonNode> doc = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode p = parse(file, n, line);
        if (!genres.contains(p.get("genre").asText())) {
          continue;
        }
        if (!doc.isEmpty() && !doc.get(0).get("doc").asText().equals(p.get("doc").asText())) {
          label(doc, recognizer, out);
          doc.clear();
        }
        doc.add(p);
      }
    }
    label(doc, recognizer, out);
    return out;
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

  private static void label(List<JsonNode> doc, EntityRecognizer recognizer, List<Example> out) {
    if (doc.isEmpty()) {
      return;
    }
    List<String> texts = new ArrayList<>(doc.size());
    for (JsonNode p : doc) {
      texts.add(p.get("text").asText());
    }
    List<List<PersonDecision>> decisions = recognizer.personDecisions(texts);
    String name = doc.get(0).get("doc").asText();
    for (int p = 0; p < doc.size(); p++) {
      JsonNode mentions = doc.get(p).get("entities");
      for (PersonDecision d : decisions.get(p)) {
        out.add(
            new Example(
                name,
                d.surface(),
                d.features(),
                gold(mentions, d.startOffset(), d.endOffset()),
                d.features().contains("evidence points 2")
                    || d.features().contains("evidence points 3")
                    || d.features().contains("evidence points 4+"),
                d.modelDecides()));
      }
    }
  }

  /**
   * The type of the proper-name mention that shares the most characters with the span (the shorter
   * one on a tie: "Portsmouth" in "University of Portsmouth" is a place), or "none".
   */
  static String gold(JsonNode mentions, int start, int end) {
    String best = "none";
    int bestOverlap = 0;
    int bestLength = Integer.MAX_VALUE;
    for (JsonNode m : mentions) {
      if (!m.path("proper").asBoolean(false)) {
        continue;
      }
      int s = m.path("start").asInt();
      int e = m.path("end").asInt();
      int overlap = Math.min(end, e) - Math.max(start, s);
      if (overlap <= 0) {
        continue;
      }
      if (overlap > bestOverlap || overlap == bestOverlap && e - s < bestLength) {
        String type = m.path("type").asText("none");
        // a person's span must end where the name ends and not start before it
        boolean bounded = start >= s && Math.abs(end - e) <= 2;
        best = type.equals("person") && !bounded ? "part of a person's name" : type;
        bestOverlap = overlap;
        bestLength = e - s;
      }
    }
    return best;
  }
}
