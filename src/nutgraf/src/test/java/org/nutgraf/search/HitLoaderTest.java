package org.nutgraf.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nutgraf.NewsIndex;
import org.nutgraf.article.Article;
import org.nutgraf.article.FieldValue;
import org.nutgraf.article.Paragraph;
import org.nutgraf.entity.Actor;
import org.nutgraf.entity.EntityTagger;
import org.nutgraf.entity.TaggedArticle;
import org.nutgraf.entity.TaggedParagraph;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.index.Fields;
import org.nutgraf.index.NewsSearcher;
import org.nutgraf.index.TextLanguages;
import org.nutgraf.query.Highlighting;
import org.nutgraf.recognition.PersonMention;
import org.nutgraf.recognition.PlaceMention;

/** What a hit carries once loaded: stored fields, entity mentions and its highlight. */
class HitLoaderTest {
  private static final String FIRST = "Ana Ruiz arrived in Cusco on Tuesday.";
  private static final String LONG =
      "The train left early. It climbed for hours. The river ran beside it. Llamas grazed on"
          + " the slopes. A guard sold tea. The sun came out at noon. Snow showed on the peaks."
          + " Then the line curved east toward Cusco and the valley. Nobody got off before the"
          + " end. The station was quiet. Porters waited by the gate. Night came fast.";

  private static NewsIndex index;

  /** Tags "Cusco" as a city of Peru and "Ana Ruiz" as a person. */
  private static final class MentionTagger implements EntityTagger {
    @Override
    public TaggedArticle tag(Article article) {
      List<TaggedParagraph> out = new ArrayList<>();
      for (Paragraph p : article.paragraphs()) {
        String t = p.text();
        List<PlaceMention> places = new ArrayList<>();
        int c = t.indexOf("Cusco");
        if (c >= 0) {
          places.add(
              new PlaceMention(c, c + 5, "Cusco", PlaceKind.CITY, "PE", "Cusco", "test tagger"));
        }
        List<PersonMention> persons = new ArrayList<>();
        List<Actor> actors = new ArrayList<>();
        int a = t.indexOf("Ana Ruiz");
        if (a >= 0) {
          persons.add(
              new PersonMention(
                  a, a + 8, "Ana Ruiz", "Ana Ruiz", Optional.empty(), Optional.empty(), "test"));
          actors.add(new Actor("Ana Ruiz", "ana ruiz", Optional.empty()));
        }
        if (t.contains("Titicaca")) {
          // a lake both countries share: named as countries, with no mention, and an actor the
          // tagger knows from elsewhere
          Actor guide = new Actor("Ruth Mamani", "ruth mamani", Optional.empty());
          out.add(
              new TaggedParagraph(p, List.of("BO", "PE"), List.of(guide), places, persons, actors));
          continue;
        }
        out.add(
            new TaggedParagraph(
                p, places.isEmpty() ? List.of() : List.of("PE"), actors, places, persons, actors));
      }
      return new TaggedArticle(article, out);
    }
  }

  @BeforeAll
  static void open() throws IOException {
    index = NewsIndex.builder().tagger(new MentionTagger()).open();
    index.upsert(
        List.of(
            Article.of(
                    "trip",
                    "A week in the Andes",
                    Optional.of(Instant.parse("2023-02-02T10:00:00Z")),
                    "Highland Wire",
                    Optional.of("https://example.org/trip"),
                    List.of(FIRST, LONG))
                .withField("desk", "travel"),
            Article.of(
                "note",
                "Short note",
                Optional.empty(),
                "",
                Optional.empty(),
                List.of("Nothing dated here.")),
            Article.of(
                "lake",
                "On the lake",
                Optional.empty(),
                "",
                Optional.empty(),
                List.of("Boats crossed Lake Titicaca at dawn."))));
    index.commit();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static Hit load(String id, Optional<Highlighting> h, Query q) throws IOException {
    return index.withSearcher(
        s -> {
          NewsSearcher searcher = (NewsSearcher) s;
          int doc = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1).scoreDocs[0].doc;
          return new HitLoader(searcher, TextLanguages.analyzer(), h).load(doc, 1.5f, q);
        });
  }

  private static Query text(String word) {
    return new TermQuery(new Term(Fields.TEXT, word));
  }

  @Test
  void loadsTheStoredFieldsOfAParagraph() throws IOException {
    Hit hit = load("trip#0", Optional.empty(), text("cusco"));

    assertEquals("trip#0", hit.id());
    assertEquals("trip", hit.articleId());
    assertEquals(0, hit.paragraph());
    assertEquals("A week in the Andes", hit.headline());
    assertEquals(Optional.of(Instant.parse("2023-02-02T10:00:00Z")), hit.published());
    assertEquals("Highland Wire", hit.source());
    assertEquals(Optional.of("https://example.org/trip"), hit.url());
    assertEquals(FIRST, hit.text());
    assertEquals(1.5f, hit.score());
    assertEquals(List.of("PE"), hit.countries());
    assertEquals(List.of("Ana Ruiz"), hit.actors());
    assertEquals(Map.of("desk", FieldValue.keyword("travel")), hit.fields());
  }

  @Test
  void countriesAndActorsATaggerGivesWithoutMentionsComeBackToo() throws IOException {
    Hit hit = load("lake#0", Optional.empty(), text("boats"));

    assertEquals(List.of("BO", "PE"), hit.countries());
    assertEquals(List.of("Ruth Mamani"), hit.actors());
    assertEquals(List.of(), hit.mentions());
  }

  @Test
  void theParagraphNumberComesFromItsId() throws IOException {
    assertEquals(1, load("trip#1", Optional.empty(), text("cusco")).paragraph());
  }

  @Test
  void mentionsComeBackWithTheirOffsets() throws IOException {
    Hit hit = load("trip#0", Optional.empty(), text("cusco"));

    assertEquals(
        List.of(
            new EntityMention(EntityMention.Type.PLACE, 20, 25, "city", "PE", "Cusco"),
            new EntityMention(EntityMention.Type.PERSON, 0, 8, "person", "ana ruiz", "Ana Ruiz")),
        hit.mentions());
  }

  @Test
  void anUndatedParagraphWithoutSourceOrUrl() throws IOException {
    Hit hit = load("note#0", Optional.empty(), text("nothing"));

    assertEquals(Optional.empty(), hit.published());
    assertEquals("", hit.source());
    assertEquals(Optional.empty(), hit.url());
    assertEquals(Map.of(), hit.fields());
    assertEquals(List.of(), hit.mentions());
  }

  @Test
  void withoutHighlightingThereIsNoSnippet() throws IOException {
    assertEquals(List.of(), load("trip#0", Optional.empty(), text("cusco")).highlights());
  }

  @Test
  void aShortParagraphIsHighlightedWholeWithTermsAndMentionsInOrder() throws IOException {
    Hit hit = load("trip#0", Optional.of(Highlighting.defaults()), text("cusco"));

    assertEquals(
        List.of(
            new Highlight(
                FIRST,
                0,
                List.of(
                    new Highlight.Span(0, 8, Highlight.Type.PERSON, "ana ruiz"),
                    new Highlight.Span(20, 25, Highlight.Type.TERM, "Cusco"),
                    new Highlight.Span(20, 25, Highlight.Type.PLACE, "PE")))),
        hit.highlights());
  }

  @Test
  void aQueryWithoutTextTermsStillGivesASnippetWithItsMentions() throws IOException {
    Hit hit = load("trip#0", Optional.of(Highlighting.defaults()), new MatchNoDocsQuery());

    Highlight h = hit.highlights().get(0);
    assertEquals(0, h.offset());
    assertTrue(h.spans().stream().noneMatch(s -> s.type() == Highlight.Type.TERM), h.toString());
    assertTrue(h.spans().stream().anyMatch(s -> s.type() == Highlight.Type.PLACE), h.toString());
  }

  @Test
  void aLongParagraphGivesASnippetAroundTheTermNoLongerThanTwiceTheGoal() throws IOException {
    Hit hit = load("trip#1", Optional.of(Highlighting.defaults().maxChars(40)), text("cusco"));

    Highlight h = hit.highlights().get(0);
    assertTrue(h.offset() > 0, "snippet starts at " + h.offset());
    assertTrue(h.text().length() <= 80, "snippet of " + h.text().length() + " characters");
    assertEquals(LONG.substring(h.offset(), h.offset() + h.text().length()), h.text());
    Highlight.Span term =
        h.spans().stream().filter(s -> s.type() == Highlight.Type.TERM).findFirst().orElseThrow();
    assertEquals("Cusco", h.text().substring(term.start(), term.end()));
  }
}
