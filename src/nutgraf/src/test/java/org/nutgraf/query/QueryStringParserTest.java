package org.nutgraf.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QueryStringParserTest {

  @Test
  void parsingGivesTheSameQueryTheBuilderMakes() {
    NewsQuery built =
        NewsQuery.builder()
            .text("caravan")
            .anyCountry("Honduras")
            .anyActor("Mike Pence")
            .publishedBetween(LocalDate.of(2018, 10, 1), LocalDate.of(2018, 10, 31))
            .notSource("Reuters")
            .build();
    NewsQuery parsed =
        NewsQuery.parse(
            "caravan AND country:Honduras actor:\"Mike Pence\""
                + " published:[2018-10-01 TO 2018-10-31] -source:Reuters");
    assertEquals(built, parsed);
  }

  @Test
  void bareWordsFormOneRankedClause() {
    assertEquals(
        NewsQuery.builder().text("border wall funding").build(),
        NewsQuery.parse("border wall funding"));
  }

  @Test
  void plusRequiresMinusExcludesQuotesMakePhrases() {
    assertEquals(
        NewsQuery.builder().allWords("asylum").without("football").phrase("border wall").build(),
        NewsQuery.parse("+asylum -football \"border wall\""));
  }

  @Test
  void orAndParenthesesNest() {
    NewsQuery built =
        NewsQuery.builder()
            .where(Criteria.or(Criteria.anyCountry("HN"), Criteria.anyActor("Pence")))
            .build();
    assertEquals(built, NewsQuery.parse("(country:HN OR actor:Pence)"));
    assertEquals(
        NewsQuery.builder().where(Criteria.not(Criteria.article("a1"))).build(),
        NewsQuery.parse("NOT article:a1"));
  }

  @Test
  void headlineOnlyAndOpenDateRanges() {
    assertEquals(
        NewsQuery.builder().headline("caravan").build(), NewsQuery.parse("headline:caravan"));
    assertEquals(
        NewsQuery.builder().publishedBetween(LocalDate.of(2019, 1, 1), null).build(),
        NewsQuery.parse("published:[2019-01-01 TO *]"));
    assertEquals(
        NewsQuery.builder()
            .publishedBetween(LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 4))
            .build(),
        NewsQuery.parse("published:2019-03-04"));
  }

  @Test
  void emptyQueryMatchesEverything() {
    assertEquals(NewsQuery.all(), NewsQuery.parse("   "));
  }

  @Test
  void syntaxErrorsSayWhere() {
    QuerySyntaxException e =
        assertThrows(QuerySyntaxException.class, () -> NewsQuery.parse("caravan AND (country:HN"));
    assertTrue(e.getMessage().contains("at position"), e.getMessage());
    assertTrue(e.position() >= 12, "position " + e.position());
    QuerySyntaxException field =
        assertThrows(QuerySyntaxException.class, () -> NewsQuery.parse("caravan colour:red"));
    assertEquals(8, field.position());
    assertTrue(field.getMessage().contains("unknown field \"colour\""), field.getMessage());
    QuerySyntaxException date =
        assertThrows(QuerySyntaxException.class, () -> NewsQuery.parse("published:yesterday"));
    assertEquals(0, date.position());
  }

  @Test
  void aRangeWithFromAfterToIsRefused() {
    QuerySyntaxException e =
        assertThrows(
            QuerySyntaxException.class,
            () -> NewsQuery.parse("published:[2019-02-01 TO 2019-01-01]"));
    assertTrue(e.getMessage().contains("is after"), e.getMessage());
  }
}
