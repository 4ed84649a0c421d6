package org.nutgraf.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
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
   * Overlapping spans are nested as far as possible ("{[Lucia] Mamani}", a term inside a name); a
   * span that crosses another is dropped. Expects the spans in order, as {@link #of} puts them.
   */
  public String render(Highlighting marks) {
    StringBuilder sb = new StringBuilder(text.length() + spans.size() * 4);
    Deque<Span> open = new ArrayDeque<>();
    int pos = 0;
    for (Span s : spans) {
      if (s.start < 0 || s.start > s.end || s.end > text.length()) {
        continue;
      }
      while (!open.isEmpty() && open.peek().end <= s.start) {
        pos = close(sb, open.pop(), pos, marks);
      }
      if (s.start < pos || (!open.isEmpty() && s.end > open.peek().end)) {
        continue; // crosses a span already marked
      }
      sb.append(text, pos, s.start)
          .append(s.type == Type.TERM ? marks.termOpen() : marks.entityOpen());
      pos = s.start;
      open.push(s);
    }
    while (!open.isEmpty()) {
      pos = close(sb, open.pop(), pos, marks);
    }
    return sb.append(text, pos, text.length()).toString();
  }

  /** Writes the text up to the end of {@code s} and its closing mark; returns the new position. */
  private int close(StringBuilder sb, Span s, int pos, Highlighting marks) {
    sb.append(text, pos, s.end)
        .append(s.type == Type.TERM ? marks.termClose() : marks.entityClose());
    return s.end;
  }
}
