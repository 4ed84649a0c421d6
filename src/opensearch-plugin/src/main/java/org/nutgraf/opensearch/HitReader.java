package org.nutgraf.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nutgraf.article.Language;
import org.nutgraf.article.PublishedDate;
import org.nutgraf.query.Highlighting;
import org.nutgraf.search.EntityMention;
import org.nutgraf.search.Highlight;
import org.nutgraf.search.Hit;

/** Reads one hit of a search response: its source fields, score and highlight. */
final class HitReader {
  private HitReader() {}

  static Hit read(JsonNode hit, Optional<Highlighting> highlighting) {
    JsonNode s = hit.path("_source");
    String text = s.path(OpenSearchFields.TEXT).asText("");
    List<EntityMention> mentions = new ArrayList<>();
    for (JsonNode m : s.path(OpenSearchFields.MENTIONS)) {
      mentions.add(
          new EntityMention(
              m.path("type").asText().equals("place")
                  ? EntityMention.Type.PLACE
                  : EntityMention.Type.PERSON,
              m.path("start").asInt(),
              m.path("end").asInt(),
              m.path("kind").asText(),
              m.path("value").asText(),
              m.path("label").asText()));
    }
    List<Highlight> highlights = new ArrayList<>();
    if (highlighting.isPresent()) {
      JsonNode fragment = hit.path("highlight").path(OpenSearchFields.TEXT).path(0);
      highlights.add(highlight(text, fragment.asText(""), highlighting.get(), mentions));
    }
    JsonNode published = s.get(OpenSearchFields.PUBLISHED);
    JsonNode score = hit.get("_score");
    return new Hit(
        s.path(OpenSearchFields.ID).asText(hit.path("_id").asText()),
        s.path(OpenSearchFields.ARTICLE).asText(),
        s.path(OpenSearchFields.ORDINAL).asInt(),
        s.path(OpenSearchFields.HEADLINE).asText(""),
        published == null || published.isNull()
            ? Optional.empty()
            : Optional.of(
                published.isNumber()
                    ? Instant.ofEpochMilli(published.asLong())
                    : PublishedDate.parse(published.asText())),
        s.path(OpenSearchFields.SOURCE_NAME).asText(""),
        Optional.ofNullable(s.get(OpenSearchFields.URL)).map(JsonNode::asText),
        s.path(OpenSearchFields.LANGUAGE).asText(Language.UNDETERMINED),
        text,
        score == null || !score.isNumber() ? Float.NaN : score.floatValue(),
        strings(s.path(OpenSearchFields.COUNTRIES)),
        strings(s.path(OpenSearchFields.ACTOR_NAMES)),
        mentions,
        highlights);
  }

  /**
   * The snippet of a marked fragment, with a span for each marked term and each mention inside it;
   * without a fragment, the start of the text.
   */
  static Highlight highlight(
      String text, String fragment, Highlighting h, List<EntityMention> mentions) {
    StringBuilder plain = new StringBuilder(fragment.length());
    List<Highlight.Span> spans = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < fragment.length(); i++) {
      char c = fragment.charAt(i);
      if (c == OpenSearchQueryTranslator.MARK_OPEN.charAt(0)) {
        open = plain.length();
      } else if (c == OpenSearchQueryTranslator.MARK_CLOSE.charAt(0) && open >= 0) {
        spans.add(
            new Highlight.Span(open, plain.length(), Highlight.Type.TERM, plain.substring(open)));
        open = -1;
      } else {
        plain.append(c);
      }
    }
    String snippet = plain.toString();
    int start = snippet.isEmpty() ? -1 : text.indexOf(snippet);
    if (start < 0) {
      start = 0;
      snippet = text.substring(0, Math.min(text.length(), h.maxChars() * 2));
      spans.clear();
    }
    return Highlight.of(text, start, start + snippet.length(), spans, mentions);
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array.isTextual()) {
      out.add(array.asText());
    }
    for (JsonNode v : array) {
      out.add(v.asText());
    }
    return out;
  }
}
