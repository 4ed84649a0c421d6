package org.nutgraf.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.nutgraf.article.Language;
import org.nutgraf.index.Fields;
import org.nutgraf.index.NewsSearcher;
import org.nutgraf.index.OwnFields;
import org.nutgraf.index.StoredMentions;
import org.nutgraf.index.TextLanguages;
import org.nutgraf.query.Highlighting;

/** Loads hits' stored fields and highlights their text with Lucene's unified highlighter. */
final class HitLoader {
  /** Larger than any text: the highlighter never truncates one. */
  private static final int MAX_LENGTH = Integer.MAX_VALUE - 1;

  private final StoredFields stored;
  private final Optional<Highlighting> highlighting;
  private final UnifiedHighlighter highlighter;

  /** A loader highlighting hits as {@code highlighting} says, or not at all when it is empty. */
  HitLoader(NewsSearcher searcher, Analyzer analyzer, Optional<Highlighting> highlighting)
      throws IOException {
    this.stored = searcher.storedFields();
    this.highlighting = highlighting;
    this.highlighter = highlighting.map(h -> highlighter(analyzer, h)).orElse(null);
  }

  /** Passages of about {@code h.maxChars()}: the query terms as spans, one passage at most. */
  private static UnifiedHighlighter highlighter(Analyzer analyzer, Highlighting h) {
    return UnifiedHighlighter.builderWithoutSearcher(analyzer)
        .withFormatter(new SpanFormatter())
        .withMaxNoHighlightPassages(1)
        .withBreakIterator(
            () ->
                LengthGoalBreakIterator.createClosestToLength(
                    BreakIterator.getSentenceInstance(Locale.ROOT), h.maxChars(), 0.5f))
        .withMaxLength(MAX_LENGTH)
        .build();
  }

  Hit load(int doc, float score, Query query) throws IOException {
    Document d = stored.document(doc);
    String text = d.get(Fields.TEXT);
    List<StoredMentions.Entry> entries = StoredMentions.decode(d.get(Fields.MENTIONS));
    List<String> countries = storedOr(d, Fields.COUNTRY);
    if (countries == null) {
      countries = StoredMentions.countries(entries);
    }
    List<String> actors = storedOr(d, Fields.ACTOR_NAME);
    if (actors == null) {
      actors = StoredMentions.actorNames(entries);
    }
    List<EntityMention> mentions = new ArrayList<>();
    for (StoredMentions.Entry e : entries) {
      mentions.add(
          new EntityMention(
              e.type() == 'P' ? EntityMention.Type.PLACE : EntityMention.Type.PERSON,
              e.start(),
              e.end(),
              e.kind(),
              e.value(),
              e.label()));
    }
    IndexableField published = d.getField(Fields.PUBLISHED);
    List<Highlight> highlights = new ArrayList<>();
    String language = d.get(Fields.LANGUAGE);
    if (highlighting.isPresent()) {
      String field = TextLanguages.fieldOf(language == null ? Language.UNDETERMINED : language);
      highlight(field, text, query, highlighting.get(), mentions).ifPresent(highlights::add);
    }
    String source = d.get(Fields.SOURCE_NAME);
    return new Hit(
        d.get(Fields.ID),
        d.get(Fields.ARTICLE),
        ordinalOf(d.get(Fields.ID)),
        d.get(Fields.HEADLINE),
        published == null
            ? Optional.empty()
            : Optional.of(Instant.ofEpochMilli(published.numericValue().longValue())),
        source == null ? "" : source,
        Optional.ofNullable(d.get(Fields.URL)),
        language == null ? Language.UNDETERMINED : language,
        text,
        score,
        countries,
        actors,
        mentions,
        highlights,
        OwnFields.decode(d.get(Fields.OWN_FIELDS)));
  }

  /**
   * The values stored in {@code field} (an empty one marks an empty list), or null when none is:
   * then they follow from the stored mentions (indexes written before December 2026 store them
   * all).
   */
  private static List<String> storedOr(Document d, String field) {
    IndexableField[] fields = d.getFields(field);
    if (fields.length == 0) {
      return null;
    }
    List<String> out = new ArrayList<>(fields.length);
    for (IndexableField f : fields) {
      if (!f.stringValue().isEmpty()) {
        out.add(f.stringValue());
      }
    }
    return out;
  }

  private static int ordinalOf(String id) {
    return Integer.parseInt(id.substring(id.lastIndexOf('#') + 1));
  }

  /**
   * The best passage of about {@code maxChars} with query terms and mentions as spans; the terms
   * are those of the query on {@code field}, the text field of the hit's language, analysed as it
   * is.
   */
  private Optional<Highlight> highlight(
      String field, String text, Query query, Highlighting h, List<EntityMention> mentions)
      throws IOException {
    Object result = highlighter.highlightWithoutSearcher(field, query, text, 1);
    int start = 0;
    int end = text.length();
    List<Highlight.Span> spans = new ArrayList<>();
    if (result instanceof int[][] passage && passage.length > 0) {
      start = passage[0][0];
      end = passage[0][1];
      for (int k = 1; k < passage.length; k++) {
        spans.add(
            new Highlight.Span(
                passage[k][0] - start,
                passage[k][1] - start,
                Highlight.Type.TERM,
                text.substring(passage[k][0], passage[k][1])));
      }
    }
    if (end - start > h.maxChars() * 2) {
      end = start + h.maxChars() * 2;
    }
    return Optional.of(Highlight.of(text, start, end, spans, mentions));
  }

  /** Returns the first passage as {start, end} followed by {matchStart, matchEnd} pairs. */
  private static final class SpanFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      if (passages.length == 0) {
        return new int[0][];
      }
      Passage p = passages[0];
      int[][] out = new int[p.getNumMatches() + 1][];
      out[0] = new int[] {p.getStartOffset(), p.getEndOffset()};
      for (int i = 0; i < p.getNumMatches(); i++) {
        out[i + 1] = new int[] {p.getMatchStarts()[i], p.getMatchEnds()[i]};
      }
      return out;
    }
  }
}
