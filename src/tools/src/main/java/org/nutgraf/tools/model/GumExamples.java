package org.nutgraf.tools.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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
  private GumExamples() {}

  /**
   * The labelled candidates of the paragraphs of {@code genres} in {@code file}.
   *
   * @throws IllegalArgumentException naming the file and line of a record that is no paragraph
   */
  static List<Example> read(Path file, Set<String> genres, EntityRecognizer recognizer)
      throws IOException {
    List<Example> out = new ArrayList<>();
    GumDocuments.read(file, genres, doc -> label(doc, recognizer, out));
    return out;
  }

  private static void label(List<JsonNode> doc, EntityRecognizer recognizer, List<Example> out) {
    List<String> texts = new ArrayList<>(doc.size());
    List<JsonNode> mentions = new ArrayList<>(doc.size());
    for (JsonNode p : doc) {
      texts.add(p.get("text").asText());
      mentions.add(p.get("entities"));
    }
    label(doc.get(0).get("doc").asText(), texts, mentions, recognizer, out);
  }

  /**
   * Adds to {@code out} every person candidate the recogniser proposes in {@code texts} (the texts
   * of one document, in order), labelled by the mentions of its text ({@link #gold}).
   *
   * @param document the document's name, which keeps its examples in one fold
   * @param mentions for each text, its annotated mentions in the GUM file's shape
   */
  static void label(
      String document,
      List<String> texts,
      List<JsonNode> mentions,
      EntityRecognizer recognizer,
      List<Example> out) {
    List<List<PersonDecision>> decisions = recognizer.personDecisions(texts);
    for (int p = 0; p < texts.size(); p++) {
      for (PersonDecision d : decisions.get(p)) {
        out.add(
            new Example(
                document,
                d.surface(),
                d.features(),
                gold(mentions.get(p), d.startOffset(), d.endOffset()),
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
