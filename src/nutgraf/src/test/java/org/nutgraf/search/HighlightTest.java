package org.nutgraf.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nutgraf.query.Highlighting;
import org.nutgraf.search.Highlight.Span;
import org.nutgraf.search.Highlight.Type;

/** A snippet's spans and how it renders them as marks. */
class HighlightTest {
  //                                 0         1         2         3         4
  //                                 0123456789012345678901234567890123456789012345
  private static final String TEXT = "Mayor Lucia Mamani opened the Puno ferry pier.";

  private static EntityMention place(int start, int end, String country) {
    return new EntityMention(EntityMention.Type.PLACE, start, end, "city", country, "Puno");
  }

  private static EntityMention person(int start, int end, String key) {
    return new EntityMention(EntityMention.Type.PERSON, start, end, "person", key, "Lucia Mamani");
  }

  @Test
  void ofCutsTheSnippetAndShiftsMentionsIntoIt() {
    Highlight h =
        Highlight.of(
            TEXT,
            6,
            34,
            List.of(new Span(24, 28, Type.TERM, "Puno")),
            List.of(person(6, 18, "lucia mamani"), place(30, 34, "PE")));

    assertEquals("Lucia Mamani opened the Puno", h.text());
    assertEquals(6, h.offset());
    assertEquals(
        List.of(
            new Span(0, 12, Type.PERSON, "lucia mamani"),
            new Span(24, 28, Type.TERM, "Puno"),
            new Span(24, 28, Type.PLACE, "PE")),
        h.spans());
  }

  @Test
  void ofDropsWhatDoesNotFitWhollyInTheSnippet() {
    Highlight h =
        Highlight.of(
            TEXT,
            0,
            32,
            List.of(new Span(30, 34, Type.TERM, "Puno")),
            List.of(place(30, 34, "PE"), person(6, 18, "lucia mamani")));

    assertEquals(List.of(new Span(6, 18, Type.PERSON, "lucia mamani")), h.spans());
  }

  @Test
  void ofOrdersSpansByStartTheLongerFirst() {
    Highlight h =
        Highlight.of(
            TEXT,
            0,
            TEXT.length(),
            List.of(new Span(6, 11, Type.TERM, "Lucia"), new Span(0, 5, Type.TERM, "Mayor")),
            List.of(person(6, 18, "lucia mamani")));

    assertEquals(
        List.of(
            new Span(0, 5, Type.TERM, "Mayor"),
            new Span(6, 18, Type.PERSON, "lucia mamani"),
            new Span(6, 11, Type.TERM, "Lucia")),
        h.spans());
  }

  @Test
  void rendersTermsAndEntitiesWithTheirOwnMarks() {
    Highlight h =
        Highlight.of(
            TEXT,
            0,
            TEXT.length(),
            List.of(new Span(35, 40, Type.TERM, "ferry")),
            List.of(person(6, 18, "lucia mamani"), place(30, 34, "PE")));

    assertEquals(
        "Mayor {Lucia Mamani} opened the {Puno} [ferry] pier.", h.render(Highlighting.defaults()));
    assertEquals(
        "Mayor <p>Lucia Mamani</p> opened the <p>Puno</p> <t>ferry</t> pier.",
        h.render(Highlighting.defaults().terms("<t>", "</t>").entities("<p>", "</p>")));
  }

  @Test
  void aTermInsideANameIsNestedInIt() {
    Highlight h =
        Highlight.of(
            TEXT,
            0,
            TEXT.length(),
            List.of(new Span(12, 18, Type.TERM, "Mamani")),
            List.of(person(6, 18, "lucia mamani")));

    assertEquals(
        "Mayor {Lucia [Mamani]} opened the Puno ferry pier.", h.render(Highlighting.defaults()));
  }

  @Test
  void aTermThatIsAPlaceKeepsBothMarks() {
    Highlight h =
        Highlight.of(
            TEXT,
            0,
            TEXT.length(),
            List.of(new Span(30, 34, Type.TERM, "Puno")),
            List.of(place(30, 34, "PE")));

    assertEquals(
        "Mayor Lucia Mamani opened the [{Puno}] ferry pier.", h.render(Highlighting.defaults()));
  }

  @Test
  void aSpanCrossingAMarkedOneIsDropped() {
    Highlight h =
        new Highlight(
            TEXT,
            0,
            List.of(
                new Span(6, 18, Type.PERSON, "lucia mamani"), new Span(12, 25, Type.TERM, "x")));

    assertEquals(
        "Mayor {Lucia Mamani} opened the Puno ferry pier.", h.render(Highlighting.defaults()));
  }

  @Test
  void spansOutsideTheTextAreIgnored() {
    Highlight h = new Highlight("short", 0, List.of(new Span(2, 40, Type.TERM, "x")));

    assertEquals("short", h.render(Highlighting.defaults()));
  }

  @Test
  void noSpansRenderThePlainText() {
    assertEquals(TEXT, new Highlight(TEXT, 0, List.of()).render(Highlighting.defaults()));
  }
}
