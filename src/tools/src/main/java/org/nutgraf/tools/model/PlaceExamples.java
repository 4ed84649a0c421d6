package org.nutgraf.tools.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.nutgraf.recognition.EntityRecognizer;
import org.nutgraf.recognition.PlaceDecision;

/**
 * Reads GUM's entity file, runs the recogniser over each document's paragraphs and labels every
 * place candidate the fitted place decision judges: a place when a proper place mention covers
 * exactly its name (or "the" and its name), otherwise not.
 */
final class PlaceExamples {
  private PlaceExamples() {}

  /**
   * The labelled place candidates of the paragraphs of {@code genres} in {@code file}; an example's
   * gold is "place" or the type of the mention it overlaps most, or "none".
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
    for (JsonNode p : doc) {
      texts.add(p.get("text").asText());
    }
    List<List<PlaceDecision>> decisions = recognizer.placeDecisions(texts);
    String name = doc.get(0).get("doc").asText();
    for (int p = 0; p < doc.size(); p++) {
      JsonNode para = doc.get(p);
      for (PlaceDecision d : decisions.get(p)) {
        out.add(
            new Example(
                name,
                d.surface(),
                d.features(),
                gold(
                    para.get("text").asText(),
                    para.get("entities"),
                    d.startOffset(),
                    d.endOffset()),
                true,
                true));
      }
    }
  }

  /**
   * "place" when a proper place mention spans exactly start..end, or "the" and that span; otherwise
   * the type of the proper mention that overlaps it most (the shorter on a tie), or "none".
   */
  static String gold(String text, JsonNode mentions, int start, int end) {
    String best = "none";
    int bestOverlap = 0;
    int bestLength = Integer.MAX_VALUE;
    for (JsonNode m : mentions) {
      if (!m.path("proper").asBoolean(false)) {
        continue;
      }
      int s = m.path("start").asInt();
      int e = m.path("end").asInt();
      String type = m.path("type").asText("none");
      if (type.equals("place")
          && e == end
          && (s == start || text.substring(s, start).equalsIgnoreCase("the "))) {
        return "place";
      }
      int overlap = Math.min(end, e) - Math.max(start, s);
      if (overlap > 0 && (overlap > bestOverlap || overlap == bestOverlap && e - s < bestLength)) {
        best = type.equals("place") ? "part of a longer place name" : type;
        bestOverlap = overlap;
        bestLength = e - s;
      }
    }
    return best;
  }
}
