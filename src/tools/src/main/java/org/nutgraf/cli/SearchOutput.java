package org.nutgraf.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nutgraf.article.FieldValue;
import org.nutgraf.article.Language;
import org.nutgraf.entity.Actor;
import org.nutgraf.query.DateInterval;
import org.nutgraf.query.Highlighting;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.search.ArticleHit;
import org.nutgraf.search.DateBucket;
import org.nutgraf.search.EntityMention;
import org.nutgraf.search.FacetResult;
import org.nutgraf.search.FacetValue;
import org.nutgraf.search.Highlight;
import org.nutgraf.search.Hit;
import org.nutgraf.search.SearchResult;

/** Prints search results as text for people or as one JSON object for scripts. */
final class SearchOutput {
  private SearchOutput() {}

  static void text(SearchResult r, NewsQuery q, List<DateInterval> dates, PrintWriter out) {
    Highlighting marks = q.highlighting().orElse(Highlighting.defaults());
    if (r.totalArticles().isPresent()) {
      out.printf(
          Locale.ROOT,
          "%,d paragraphs in %,d articles%n",
          r.totalHits(),
          r.totalArticles().getAsLong());
      int n = 0;
      for (ArticleHit a : r.articles()) {
        out.printf(
            Locale.ROOT,
            "%n%d. %s  (%s, %d matching paragraphs)%n",
            ++n,
            Printable.of(a.headline()),
            Printable.of(a.articleId()),
            a.matchingParagraphs());
        for (Hit h : a.paragraphs()) {
          out.println("   #" + h.paragraph() + " " + body(h, marks));
        }
      }
    } else {
      out.printf(Locale.ROOT, "%,d paragraphs%n", r.totalHits());
      int n = 0;
      for (Hit h : r.hits()) {
        out.printf(
            Locale.ROOT,
            "%n%d. %s — %s%s%s  [%s]%n",
            ++n,
            Printable.of(h.headline()),
            h.source().isEmpty() ? "unknown source" : Printable.of(h.source()),
            h.published().map(p -> ", " + p.toString().substring(0, 10)).orElse(""),
            Language.isKnown(h.language()) ? ", " + h.language() : "",
            Printable.of(h.id()));
        out.println("   " + body(h, marks));
        if (!h.fields().isEmpty()) {
          out.println("   fields: " + Printable.of(fieldsText(h.fields())));
        }
        if (!h.countries().isEmpty() || !h.actors().isEmpty()) {
          out.println(
              "   countries: "
                  + Printable.of(String.join(", ", h.countries()))
                  + (h.actors().isEmpty()
                      ? ""
                      : "; actors: " + Printable.of(String.join(", ", h.actors()))));
        }
      }
    }
    for (FacetResult f : r.facets()) {
      StringBuilder sb = new StringBuilder();
      for (FacetValue v : f.values()) {
        sb.append(sb.isEmpty() ? "" : ", ")
            .append(Printable.of(v.label()))
            .append(" (")
            .append(v.count())
            .append(v.selected() ? ", selected)" : ")");
      }
      out.printf("%n%s: %s", f.dimension().fieldName(), sb.isEmpty() ? "none" : sb);
    }
    for (DateInterval width : dates) {
      StringBuilder sb = new StringBuilder();
      for (DateBucket b : DateRollup.rollUp(r.dates().orElse(List.of()), width)) {
        sb.append(sb.isEmpty() ? "" : ", ")
            .append(b.key())
            .append(" (")
            .append(b.count())
            .append(')');
      }
      out.printf("%n%s: %s", name(width), sb.isEmpty() ? "none" : sb);
    }
    out.println();
    r.next().ifPresent(c -> out.println("next page: --after " + c));
  }

  /**
   * The actor facet's value for the actor named {@code name} in {@code h}: the key of its person
   * mention, which is the facet's key, else the key made from the name.
   */
  private static String actorKey(Hit h, String name) {
    for (EntityMention m : h.mentions()) {
      if (m.type() == EntityMention.Type.PERSON && m.label().equals(name)) {
        return m.value();
      }
    }
    return Actor.keyOf(name);
  }

  /** "desk=metro, words=640", in name order. */
  private static String fieldsText(Map<String, FieldValue> fields) {
    StringBuilder sb = new StringBuilder();
    fields.forEach(
        (name, value) ->
            sb.append(sb.isEmpty() ? "" : ", ").append(name).append('=').append(text(value)));
    return sb.toString();
  }

  private static String text(FieldValue value) {
    return switch (value) {
      case FieldValue.Keyword k -> k.value();
      case FieldValue.Numeric n -> Long.toString(n.value());
      case FieldValue.Timestamp t -> t.value().toString();
    };
  }

  private static String name(DateInterval width) {
    return width.name().toLowerCase(Locale.ROOT);
  }

  private static String body(Hit h, Highlighting marks) {
    return Printable.of(rawBody(h, marks));
  }

  private static String rawBody(Hit h, Highlighting marks) {
    if (!h.highlights().isEmpty()) {
      Highlight first = h.highlights().get(0);
      String s = first.render(marks);
      return (first.offset() > 0 ? "..." : "")
          + s
          + (first.offset() + first.text().length() < h.text().length() ? "..." : "");
    }
    String t = h.text();
    return t.length() <= 300 ? t : t.substring(0, 297) + "...";
  }

  static void json(SearchResult r, NewsQuery q, List<DateInterval> dates, PrintWriter out)
      throws IOException {
    Highlighting marks = q.highlighting().orElse(Highlighting.defaults());
    JsonGenerator g = new JsonMapper().getFactory().createGenerator(out);
    g.writeStartObject();
    g.writeNumberField("totalHits", r.totalHits());
    if (r.totalArticles().isPresent()) {
      g.writeNumberField("totalArticles", r.totalArticles().getAsLong());
    }
    g.writeArrayFieldStart("hits");
    for (Hit h : r.hits()) {
      hit(g, h, marks);
    }
    g.writeEndArray();
    if (r.totalArticles().isPresent()) {
      g.writeArrayFieldStart("articles");
      for (ArticleHit a : r.articles()) {
        g.writeStartObject();
        g.writeStringField("article", a.articleId());
        g.writeStringField("headline", a.headline());
        g.writeNumberField("matchingParagraphs", a.matchingParagraphs());
        g.writeArrayFieldStart("hits");
        for (Hit h : a.paragraphs()) {
          hit(g, h, marks);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeObjectFieldStart("facets");
    for (FacetResult f : r.facets()) {
      g.writeArrayFieldStart(f.dimension().fieldName());
      for (FacetValue v : f.values()) {
        g.writeStartObject();
        g.writeStringField("value", v.key());
        g.writeStringField("label", v.label());
        g.writeNumberField("count", v.count());
        if (v.selected()) {
          g.writeBooleanField("selected", true);
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    for (DateInterval width : dates) {
      g.writeArrayFieldStart(name(width));
      for (DateBucket b : DateRollup.rollUp(r.dates().orElse(List.of()), width)) {
        g.writeStartObject();
        g.writeStringField("value", b.key());
        g.writeStringField("from", b.from().toString());
        g.writeStringField("to", b.to().toString());
        g.writeNumberField("count", b.count());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    if (r.next().isPresent()) {
      g.writeStringField("next", r.next().get());
    }
    g.writeEndObject();
    g.flush();
    out.println();
  }

  private static void hit(JsonGenerator g, Hit h, Highlighting marks) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", h.id());
    g.writeStringField("article", h.articleId());
    g.writeNumberField("paragraph", h.paragraph());
    g.writeStringField("headline", h.headline());
    if (h.published().isPresent()) {
      g.writeStringField("published", h.published().get().toString());
    } else {
      g.writeNullField("published");
    }
    g.writeStringField("source", h.source());
    g.writeStringField("language", h.language());
    g.writeStringField("text", h.text());
    if (Float.isNaN(h.score())) {
      g.writeNullField("score");
    } else {
      g.writeNumberField("score", h.score());
    }
    g.writeObjectFieldStart("fields");
    for (Map.Entry<String, FieldValue> f : h.fields().entrySet()) {
      if (f.getValue() instanceof FieldValue.Numeric n) {
        g.writeNumberField(f.getKey(), n.value());
      } else {
        g.writeStringField(f.getKey(), text(f.getValue()));
      }
    }
    g.writeEndObject();
    g.writeArrayFieldStart("countries");
    for (String c : h.countries()) {
      g.writeString(c);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("actors");
    for (String a : h.actors()) {
      g.writeStartObject();
      g.writeStringField("value", actorKey(h, a));
      g.writeStringField("label", a);
      g.writeEndObject();
    }
    g.writeEndArray();
    if (!h.highlights().isEmpty()) {
      g.writeArrayFieldStart("highlights");
      for (Highlight hl : h.highlights()) {
        g.writeStartObject();
        g.writeStringField("text", hl.text());
        g.writeStringField("marked", hl.render(marks));
        g.writeNumberField("offset", hl.offset());
        g.writeArrayFieldStart("spans");
        for (Highlight.Span s : hl.spans()) {
          g.writeStartObject();
          g.writeNumberField("start", s.start());
          g.writeNumberField("end", s.end());
          g.writeStringField("type", s.type().name().toLowerCase(Locale.ROOT));
          g.writeStringField("value", s.value());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}
