package org.nutgraf.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nutgraf.query.Highlighting;

/**
 * A snippet of a hit's text with the query's terms and the entity mentions in it marked.
 *
 * @param text the snippet, plain
 * @param offset where the snippet starts in the paragraph text
 * @param spans marked spans, offsets relative to the snippet, in order
 */
public record Highlight(String text, int offset, List<Span> spans) {
  public Highlight {
    spans = List.copyOf(spans);
  }

  /**
   * The snippet {@code text[start, end)} with {@code terms} (offsets relative to {@code start}) and
   * a span for each mention that lies wholly inside it; a term span that runs past the end is
   * dropped, and the spans are put in order (by start, the longer first).
   */
  public static Highlight of(
      String text, int start, int end, List<Span> terms, List<EntityMention> mentions) {
    List<Span> spans = new ArrayList<>(terms.size() + mentions.size());
    for (Span t : terms) {
      if (t.end() <= end - start) {
        spans.add(t);
      }
    }
    for (EntityMention m : mentions) {
      if (m.start() >= start && m.end() <= end) {
        spans.add(
            new Span(
                m.start() - start,
                m.end() - start,
                m.type() == EntityMention.Type.PLACE ? Type.PLACE : Type.PERSON,
                m.value()));
      }
    }
    spans.sort(Comparator.comparingInt(Span::start).thenComparing(s -> -s.end()));
    return new Highlight(text.substring(start, end), start, spans);
  }

  /**
   * A marked span.
   *
   * @param start offset in the snippet
   * @param end offset after it
   * @param type a query term, a place or a person
   * @param value the country code or actor key; for terms, the matched text
   */
  public record Span(int start, int end, Type type, String value) {}

  /** What a span marks. */
  public enum Type {
    TERM,
    PLACE,
    PERSON
  }

  /**
   * The snippet with marks around spans: "[caravan] left {Honduras}" with the default marks.
   * Overlapping spans are nested as far as possible; a span that crosses another is dropped.
   */
  public String render(Highlighting marks) {
    StringBuilder sb = new StringBuilder(text.length() + spans.size() * 4);
    int pos = 0;
    int openEnd = -1;
    String close = "";
    for (Span s : spans) {
      if (s.start < pos || s.end > text.length()) {
        continue;
      }
      if (openEnd >= 0 && s.start >= openEnd) {
        sb.append(text, pos, openEnd).append(close);
        pos = openEnd;
        openEnd = -1;
      }
      if (openEnd >= 0) {
        continue;
      }
      boolean term = s.type == Type.TERM;
      sb.append(text, pos, s.start).append(term ? marks.termOpen() : marks.entityOpen());
      pos = s.start;
      openEnd = s.end;
      close = term ? marks.termClose() : marks.entityClose();
    }
    if (openEnd >= 0) {
      sb.append(text, pos, openEnd).append(close);
      pos = openEnd;
    }
    return sb.append(text, pos, text.length()).toString();
  }
}
