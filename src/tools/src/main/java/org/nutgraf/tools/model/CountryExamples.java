package org.nutgraf.tools.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.recognition.CountryDecision;
import org.nutgraf.recognition.EntityRecognizer;

/**
 * Reads GUM's entity file, runs the recogniser over each document's paragraphs and labels every
 * place name whose country the fitted country choice weighed: with the country of the Wikipedia
 * article an annotated place of exactly that name links to ({@link WikipediaCountry}), or with no
 * country when no proper place mention overlaps the name. A place without a link, or whose link
 * does not say where it is, or a name inside a longer place's name, is left out.
 */
final class CountryExamples {
  private CountryExamples() {}

  /**
   * The labelled names of the paragraphs of {@code genres} in {@code file}.
   *
   * @throws IllegalArgumentException naming the file and line of a record that is no paragraph
   */
  static List<CountryCase> read(
      Path file, Set<String> genres, EntityRecognizer recognizer, Gazetteer gazetteer)
      throws IOException {
    WikipediaCountry links = new WikipediaCountry(gazetteer);
    List<CountryCase> out = new ArrayList<>();
    GumDocuments.read(file, genres, doc -> label(doc, recognizer, links, out));
    return out;
  }

  private static void label(
      List<JsonNode> doc,
      EntityRecognizer recognizer,
      WikipediaCountry links,
      List<CountryCase> out) {
    List<String> texts = new ArrayList<>(doc.size());
    for (JsonNode p : doc) {
      texts.add(p.get("text").asText());
    }
    List<List<CountryDecision>> decisions = recognizer.countryDecisions(texts);
    String name = doc.get(0).get("doc").asText();
    for (int p = 0; p < doc.size(); p++) {
      JsonNode para = doc.get(p);
      for (CountryDecision d : decisions.get(p)) {
        gold(para.get("text").asText(), para.get("entities"), d, links)
            .ifPresent(gold -> out.add(labelled(name, d, gold)));
      }
    }
  }

  private static CountryCase labelled(String document, CountryDecision d, String gold) {
    List<Example> options = new ArrayList<>();
    List<String> countries = new ArrayList<>();
    List<Long> populations = new ArrayList<>();
    for (CountryDecision.Option o : d.options()) {
      options.add(
          new Example(
              document,
              d.surface() + " " + o.country(),
              o.features(),
              o.country().equals(gold) ? "right" : "wrong",
              false,
              false));
      countries.add(o.country());
      populations.add(o.population());
    }
    return new CountryCase(document, d.surface(), options, countries, populations, gold);
  }

  /**
   * The country the annotation means by the name {@code d} weighed: "" when no proper place mention
   * overlaps it; empty when that cannot be told.
   */
  static Optional<String> gold(
      String text, JsonNode mentions, CountryDecision d, WikipediaCountry links) {
    int start = d.startOffset();
    int end = d.endOffset();
    boolean overlapped = false;
    for (JsonNode m : mentions) {
      if (!m.path("proper").asBoolean(false) || !m.path("type").asText().equals("place")) {
        continue;
      }
      int s = m.path("start").asInt();
      int e = m.path("end").asInt();
      if (e == end
          && (s == start || (s < start && text.substring(s, start).equalsIgnoreCase("the ")))) {
        JsonNode link = m.path("wikipedia");
        return link.isTextual() ? links.of(link.asText(), d) : Optional.empty();
      }
      overlapped |= Math.min(end, e) > Math.max(start, s);
    }
    return overlapped ? Optional.empty() : Optional.of("");
  }
}
