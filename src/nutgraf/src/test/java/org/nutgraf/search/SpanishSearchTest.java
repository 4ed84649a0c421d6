package org.nutgraf.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nutgraf.NewsIndex;
import org.nutgraf.article.Article;
import org.nutgraf.article.Language;
import org.nutgraf.query.Highlighting;
import org.nutgraf.query.NewsQuery;

/** Spanish articles are searched with Spanish analysis: plurals, accents and stop words. */
class SpanishSearchTest {
  private NewsIndex index;

  @BeforeEach
  void setUp() throws IOException {
    index = NewsIndex.inMemory();
    index.upsert(
        article(
            "es1",
            Language.SPANISH,
            "Un migrante herido fue atendido por la Policía en la aduana de Agua Caliente.",
            "Las autoridades dijeron que el paso fronterizo seguirá cerrado hasta el lunes."));
    index.upsert(
        article(
            "en1",
            Language.ENGLISH,
            "A migrant family waited at the border crossing for a second night.",
            "Police said the road would reopen on Monday."));
    index.commit();
  }

  @AfterEach
  void tearDown() throws IOException {
    index.close();
  }

  private static Article article(String id, String language, String... paragraphs) {
    return Article.of(
        id,
        "Frontera",
        Optional.of(Instant.parse("2019-01-15T00:00:00Z")),
        "Diario de Prueba",
        Optional.empty(),
        language,
        List.of(paragraphs));
  }

  private List<String> ids(String query) throws IOException {
    return index.search(NewsQuery.parse(query)).hits().stream().map(Hit::id).sorted().toList();
  }

  @Test
  void aPluralFindsTheSingularInSpanishArticles() throws IOException {
    assertEquals(List.of("es1#0"), ids("migrantes"));
    assertEquals(List.of("es1#1"), ids("fronterizos"));
  }

  @Test
  void wordsWithoutAccentsFindAccentedSpanishWords() throws IOException {
    assertEquals(List.of("es1#0"), ids("policia"));
    assertEquals(List.of("es1#1"), ids("seguira"));
  }

  @Test
  void englishArticlesKeepTheirUnstemmedAnalysis() throws IOException {
    assertEquals(List.of(), ids("migrants"));
    assertEquals(List.of("en1#1"), ids("police"));
    // every language's field is searched: a Spanish stem may match an English word
    assertEquals(List.of("en1#0", "es1#0"), ids("migrant"));
    assertEquals(List.of("en1#0"), ids("migrant language:en"));
  }

  @Test
  void phrasesMatchAcrossSpanishStopWords() throws IOException {
    assertEquals(List.of("es1#0"), ids("\"aduanas de agua caliente\""));
    assertEquals(List.of("es1#1"), ids("\"paso fronterizo\""));
  }

  @Test
  void excludedSpanishWordsExcludeTheirOtherForms() throws IOException {
    assertEquals(List.of("en1#0", "es1#1"), ids("-migrantes -police"));
  }

  @Test
  void spanishHitsHighlightTheFormInTheText() throws IOException {
    SearchResult r =
        index.search(NewsQuery.builder().text("migrantes policia").highlight().build());
    Hit hit = r.hits().get(0);
    assertEquals("es1#0", hit.id());
    Highlight h = hit.highlights().get(0);
    List<String> marked =
        h.spans().stream()
            .filter(s -> s.type() == Highlight.Type.TERM)
            .map(s -> h.text().substring(s.start(), s.end()))
            .toList();
    assertEquals(List.of("migrante", "Policía"), marked);
    assertTrue(h.render(Highlighting.defaults()).contains("[migrante]"));
  }

  @Test
  void spanishCountryNamesDemonymsAndActorNamesResolveInQueries() throws IOException {
    index.upsert(
        article(
            "es2",
            Language.SPANISH,
            "El expresidente Juan Orlando Hernández Alvarado viajó a Estados Unidos.",
            "Hernández habló con periodistas hondureños en el aeropuerto."));
    index.commit();
    assertEquals(List.of("es2#0"), ids("article:es2 country:\"Estados Unidos\""));
    assertEquals(List.of("es2#1"), ids("article:es2 country:hondureño"));
    assertEquals(List.of("es2#1"), ids("article:es2 country:hondureñas"));
    assertEquals(
        List.of("es2#0", "es2#1"), ids("article:es2 actor:\"Juan Orlando Hernández Alvarado\""));
    assertEquals(List.of("es2#0", "es2#1"), ids("article:es2 actor:\"Juan Orlando Hernandez\""));
    assertEquals(List.of("es2#0", "es2#1"), ids("article:es2 actor:Hernández"));
  }
}
