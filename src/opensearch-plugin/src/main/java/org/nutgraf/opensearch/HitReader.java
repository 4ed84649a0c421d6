package org.nutgraf.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nutgraf.article.Language;
import org.nutgraf.article.PublishedDate;
import org.nutgraf.index.TextLanguages;
import org.nutgraf.query.Criterion;
import org.nutgraf.query.Highlighting;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.search.EntityMention;
import org.nutgraf.search.Highlight;
import org.nutgraf.search.Hit;

/** Reads one hit of a search response: its source fields, score and highlight. */
final class HitReader {
  private HitReader() {}

  /** A hit of {@code q} whose entity fields are where {@code fields} puts them. */
  static Hit read(JsonNode hit, NewsQuery q, EntityFields fields) {
    Optional<Highlighting> highlighting = q.highlighting();
    JsonNode s = hit.path("_source");
    String text = s.path(OpenSearchFields.TEXT).asText("");
    List<EntityMention> mentions = new ArrayList<>();
    for (JsonNode m : fields.read(s, OpenSearchFields.MENTIONS)) {
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
      // a Spanish hit's terms are marked in its own field ("text_es"), analysed as it was indexed
      String language = s.path(OpenSearchFields.LANGUAGE).asText(Language.UNDETERMINED);
      JsonNode fragment = hit.path("highlight").path(TextLanguages.fieldOf(language)).path(0);
      if (fragment.isMissingNode()) {
        fragment = hit.path("highlight").path(OpenSearchFields.TEXT).path(0);
      }
      highlights.add(
          highlight(text, fragment.asText(""), highlighting.get(), mentions, phrases(q.where())));
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
        strings(fields.read(s, OpenSearchFields.COUNTRIES)),
        strings(fields.read(s, OpenSearchFields.ACTOR_NAMES)),
        mentions,
        highlights,
        Map.of()); // own fields live in the user's own mapping, read there
  }

  /**
   * The snippet of a marked fragment, with a span for each marked term and each mention inside it;
   * without a fragment, the start of the text. OpenSearch marks each word of a phrase on its own;
   * adjacent marks that spell one of {@code phrases} (words compared ignoring case) become one
   * span, as the embedded index marks a phrase.
   */
  static Highlight highlight(
      String text,
      String fragment,
      Highlighting h,
      List<EntityMention> mentions,
      List<List<String>> phrases) {
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
    spans = joinPhrases(snippet, spans, phrases);
    int start = snippet.isEmpty() ? -1 : text.indexOf(snippet);
    if (start < 0) {
      start = 0;
      snippet = text.substring(0, Math.min(text.length(), h.maxChars() * 2));
      spans.clear();
    }
    return Highlight.of(text, start, start + snippet.length(), spans, mentions);
  }

  /** Runs of adjacent term spans, separated by spaces only, that spell a phrase, as one span. */
  private static List<Highlight.Span> joinPhrases(
      String snippet, List<Highlight.Span> spans, List<List<String>> phrases) {
    if (phrases.isEmpty()) {
      return spans;
    }
    List<Highlight.Span> out = new ArrayList<>(spans.size());
    int i = 0;
    while (i < spans.size()) {
      int n = phraseAt(snippet, spans, i, phrases);
      if (n > 1) {
        int start = spans.get(i).start();
        int end = spans.get(i + n - 1).end();
        out.add(new Highlight.Span(start, end, Highlight.Type.TERM, snippet.substring(start, end)));
        i += n;
      } else {
        out.add(spans.get(i++));
      }
    }
    return out;
  }

  /** The length of the longest phrase spelt by the spans from {@code i}; 0 if none. */
  private static int phraseAt(
      String snippet, List<Highlight.Span> spans, int i, List<List<String>> phrases) {
    int best = 0;
    for (List<String> words : phrases) {
      int n = words.size();
      if (n <= best || i + n > spans.size()) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < n && match; k++) {
        Highlight.Span s = spans.get(i + k);
        match =
            s.value().equalsIgnoreCase(words.get(k))
                && (k == 0 || snippet.substring(spans.get(i + k - 1).end(), s.start()).isBlank());
      }
      if (match) {
        best = n;
      }
    }
    return best;
  }

  /** The words of each phrase condition on the text that a query asks for (not under a NOT). */
  static List<List<String>> phrases(Criterion c) {
    List<List<String>> out = new ArrayList<>();
    collect(c, out);
    return out;
  }

  private static void collect(Criterion c, List<List<String>> out) {
    switch (c) {
      case Criterion.Words w
          when w.mode() == Criterion.WordMode.PHRASE && w.field() == Criterion.TextField.TEXT ->
          out.add(List.of(w.text().strip().split("[^\\p{L}\\p{N}]+")));
      case Criterion.And a -> a.all().forEach(x -> collect(x, out));
      case Criterion.Or o -> o.any().forEach(x -> collect(x, out));
      default -> {}
    }
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
