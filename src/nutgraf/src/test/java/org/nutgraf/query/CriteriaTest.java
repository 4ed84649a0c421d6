package org.nutgraf.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.FieldValue;

/** The factory methods of {@link Criteria}: what each builds and what each refuses. */
class CriteriaTest {

  @Test
  void valuesAreStrippedAndDeduplicatedInTheOrderGiven() {
    Criterion c = Criteria.anyCountry(" Chile ", "PE", "Chile");

    assertEquals(List.of("Chile", "PE"), List.copyOf(((Criterion.Countries) c).values()));
  }

  @Test
  void noValuesIsRefusedNamingWhatIsMissing() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Criteria.anyActor());

    assertEquals("actors: give at least one value", e.getMessage());
  }

  @Test
  void aBlankValueAmongGoodOnesIsRefusedNamingItsKind() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Criteria.source("Valley Times", "  "));

    assertEquals("sources: values must not be blank", e.getMessage());
  }

  @Test
  void setModesFollowTheMethodName() {
    assertEquals(
        Criterion.SetMode.ANY_OF, ((Criterion.Countries) Criteria.anyCountry("PE")).mode());
    assertEquals(
        Criterion.SetMode.ALL_OF, ((Criterion.Countries) Criteria.allCountries("PE")).mode());
    assertEquals(
        Criterion.SetMode.NONE_OF, ((Criterion.Countries) Criteria.noCountry("PE")).mode());
    assertEquals(
        Criterion.SetMode.ANY_OF, ((Criterion.Actors) Criteria.anyActor("Ana Ruiz")).mode());
    assertEquals(
        Criterion.SetMode.ALL_OF, ((Criterion.Actors) Criteria.allActors("Ana Ruiz")).mode());
    assertEquals(
        Criterion.SetMode.NONE_OF, ((Criterion.Actors) Criteria.noActor("Ana Ruiz")).mode());
    assertEquals(Criterion.SetMode.ANY_OF, ((Criterion.Sources) Criteria.source("X")).mode());
    assertEquals(Criterion.SetMode.NONE_OF, ((Criterion.Sources) Criteria.notSource("X")).mode());
    assertEquals(
        Criterion.SetMode.ANY_OF, ((Criterion.Places) Criteria.anyPlace("PE/Cusco")).mode());
  }

  @Test
  void wordCriteriaCarryTheirModeAndField() {
    assertEquals(
        new Criterion.Words("llama wool", Criterion.WordMode.ANY, Criterion.TextField.TEXT),
        Criteria.text("llama wool"));
    assertEquals(
        new Criterion.Words("llama wool", Criterion.WordMode.ALL, Criterion.TextField.TEXT),
        Criteria.allWords("llama wool"));
    assertEquals(
        new Criterion.Words("llama wool", Criterion.WordMode.PHRASE, Criterion.TextField.TEXT),
        Criteria.phrase("llama wool"));
    assertEquals(
        new Criterion.Words("llama wool", Criterion.WordMode.NONE, Criterion.TextField.TEXT),
        Criteria.without("llama wool"));
    assertEquals(
        new Criterion.Words("llama wool", Criterion.WordMode.ALL, Criterion.TextField.HEADLINE),
        Criteria.headline("llama wool"));
  }

  @Test
  void languagesAreNormalisedToTheirTwoLetterCode() {
    Criterion.Languages c = (Criterion.Languages) Criteria.language("ES", "es-CL", "en_GB");

    assertEquals(List.of("es", "en"), List.copyOf(c.values()));
    assertEquals(
        Criterion.SetMode.NONE_OF, ((Criterion.Languages) Criteria.notLanguage("pt")).mode());
  }

  @Test
  void aMalformedLanguageIsRefusedQuotingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Criteria.language("spanish!"));

    assertTrue(e.getMessage().contains("\"spanish!\""), e.getMessage());
  }

  @Test
  void publishedDaysIncludeTheWholeLastDay() {
    Criterion.Published p =
        (Criterion.Published)
            Criteria.published(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31));

    assertEquals(Optional.of(Instant.parse("2021-03-01T00:00:00Z")), p.from());
    assertEquals(Optional.of(Instant.parse("2021-04-01T00:00:00Z")), p.to());
  }

  @Test
  void aNullEndOfADateRangeIsOpen() {
    Criterion.Published since =
        (Criterion.Published) Criteria.published(LocalDate.of(2021, 3, 1), null);
    Criterion.Published until =
        (Criterion.Published)
            Criteria.published((Instant) null, Instant.parse("2022-01-01T00:00:00Z"));

    assertTrue(since.to().isEmpty());
    assertTrue(until.from().isEmpty());
    assertEquals(Optional.of(Instant.parse("2022-01-01T00:00:00Z")), until.to());
  }

  @Test
  void instantsAreKeptExactly() {
    Instant from = Instant.parse("2021-03-01T10:15:00Z");
    Instant to = Instant.parse("2021-03-01T11:00:00Z");

    assertEquals(
        new Criterion.Published(Optional.of(from), Optional.of(to)), Criteria.published(from, to));
  }

  @Test
  void booleanCombinatorsNestTheirArguments() {
    Criterion a = Criteria.anyCountry("PE");
    Criterion b = Criteria.text("quinoa");

    assertEquals(new Criterion.And(List.of(a, b)), Criteria.and(a, b));
    assertEquals(new Criterion.Or(List.of(a, b)), Criteria.or(a, b));
    assertEquals(new Criterion.Not(a), Criteria.not(a));
  }

  @Test
  void ownFieldNamesAreChecked() {
    IllegalArgumentException reserved =
        assertThrows(
            IllegalArgumentException.class,
            () -> Criteria.field("country", FieldValue.keyword("PE")));
    IllegalArgumentException malformed =
        assertThrows(
            IllegalArgumentException.class,
            () -> Criteria.field("Desk Name", FieldValue.keyword("metro")));

    assertTrue(reserved.getMessage().contains("\"country\""), reserved.getMessage());
    assertTrue(malformed.getMessage().contains("\"Desk Name\""), malformed.getMessage());
    assertEquals(
        new Criterion.OwnField("desk", FieldValue.keyword("metro")),
        Criteria.field("desk", FieldValue.keyword("metro")));
  }

  @Test
  void articleIdsAreASet() {
    assertEquals(
        List.of("story-7", "story-9"),
        List.copyOf(
            ((Criterion.Articles) Criteria.article("story-7", "story-9", "story-7")).ids()));
  }

  @Test
  void allMatchesEveryParagraph() {
    assertEquals(new Criterion.All(), Criteria.all());
  }
}
