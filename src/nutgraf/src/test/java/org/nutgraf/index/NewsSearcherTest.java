package org.nutgraf.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nutgraf.NewsIndex;
import org.nutgraf.article.Article;
import org.nutgraf.testing.BracketTagger;

/** What a searcher knows of its reader: actor labels and surnames, facet states, date span. */
class NewsSearcherTest {

  private static <T> T with(NewsIndex index, Work<T> work) throws IOException {
    return index.withSearcher(s -> work.on((NewsSearcher) s));
  }

  private interface Work<T> {
    T on(NewsSearcher s) throws IOException;
  }

  private static Article article(String id, String day, String... texts) {
    return Article.of(
        id, "Lake news", Instant.parse(day + "T00:00:00Z"), "Shore Daily", List.of(texts));
  }

  @Test
  void theLongerLabelWins() {
    assertEquals("Maria Elena Pena", NewsSearcher.preferLabel("Maria Pena", "Maria Elena Pena"));
    assertEquals("Maria Elena Pena", NewsSearcher.preferLabel("Maria Elena Pena", "Maria Pena"));
  }

  @Test
  void atEqualLengthTheLabelWithMoreAccentsWins() {
    assertEquals("José Peña", NewsSearcher.preferLabel("Jose Pena", "José Peña"));
    assertEquals("José Peña", NewsSearcher.preferLabel("José Peña", "Jose Peña"));
  }

  @Test
  void aFullTieKeepsTheFirst() {
    assertEquals("Ana Vera", NewsSearcher.preferLabel("Ana Vera", "Ana Vela"));
  }

  @Test
  void keysAreGroupedByTheirLastWordInTheGivenOrder() {
    Map<String, List<String>> bySurname =
        NewsSearcher.keysBySurname(List.of("jose pena", "vera", "maria elena pena"));

    assertEquals(List.of("jose pena", "maria elena pena"), bySurname.get("pena"));
    assertEquals(List.of("vera"), bySurname.get("vera"));
    assertEquals(2, bySurname.size());
  }

  @Test
  void actorLabelsAreTheBestSpellingSeenAcrossArticles() throws IOException {
    try (NewsIndex index = BracketTagger.inMemoryIndex()) {
      index.upsert(article("one", "2023-01-05", "{Jose Pena} opened the dock."));
      index.commit();
      index.upsert(article("two", "2023-01-06", "{José Peña} closed it.", "{Maria Pena} agreed."));
      index.commit();

      with(
          index,
          s -> {
            assertEquals(
                Map.of("jose pena", "José Peña", "maria pena", "Maria Pena"), s.actorLabels());
            assertEquals(List.of("jose pena", "maria pena"), s.actorsBySurname().get("pena"));
            return null;
          });
    }
  }

  @Test
  void theDateSpanCoversEverySegment() throws IOException {
    try (NewsIndex index = BracketTagger.inMemoryIndex()) {
      index.upsert(article("mid", "2023-06-01", "Boats out."));
      index.commit();
      index.upsert(article("early", "2021-03-03", "Ice on the lake."));
      index.upsert(article("late", "2024-12-24", "Lights on the pier."));
      index.commit();

      with(
          index,
          s -> {
            assertEquals(
                Optional.of(Instant.parse("2021-03-03T00:00:00Z").toEpochMilli()),
                s.minPublished());
            assertEquals(
                Optional.of(Instant.parse("2024-12-24T00:00:00Z").toEpochMilli()),
                s.maxPublished());
            return null;
          });
    }
  }

  @Test
  void anIndexWithoutDatesHasNoSpan() throws IOException {
    try (NewsIndex index = BracketTagger.inMemoryIndex()) {
      index.upsert(
          Article.of("n", "Note", Optional.empty(), "", Optional.empty(), List.of("Undated.")));
      index.commit();

      with(
          index,
          s -> {
            assertEquals(Optional.empty(), s.minPublished());
            assertEquals(Optional.empty(), s.maxPublished());
            return null;
          });
    }
  }

  @Test
  void aDimensionHasAFacetStateOnlyWhenSomeParagraphHasAValue() throws IOException {
    try (NewsIndex index = BracketTagger.inMemoryIndex()) {
      index.upsert(article("c", "2023-01-01", "Ferries to [BO] resumed."));
      index.commit();

      with(
          index,
          s -> {
            assertTrue(s.facetState(Fields.DIM_COUNTRY).isPresent());
            assertTrue(s.facetState(Fields.DIM_SOURCE).isPresent());
            assertTrue(s.facetState(Fields.DIM_ACTOR).isEmpty());
            assertTrue(s.facetState(Fields.DIM_PLACE).isEmpty());
            return null;
          });
    }
  }
}
