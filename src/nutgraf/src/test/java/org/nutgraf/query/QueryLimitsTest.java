package org.nutgraf.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile query strings and built queries are refused with the bound they pass, never an Error. */
class QueryLimitsTest {

  @Test
  void deepParenthesesAreRefusedAtTheFirstLevelTooDeepNotWithAStackOverflow() {
    String query = "(".repeat(1000) + "caravan" + ")".repeat(1000);

    QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> parse(query));

    assertEquals(32, e.position());
    assertEquals(
        "query nests parentheses deeper than 32 levels (QueryLimits.maxDepth) at position 32",
        e.getMessage());
  }

  @Test
  void nestingUpToTheLimitParses() {
    String query = "(".repeat(32) + "caravan" + ")".repeat(32);

    assertEquals(Criteria.text("caravan"), QueryStringParser.parse(query));
  }

  @Test
  void parenthesesInsideQuotesDoNotNest() {
    String query = "\"" + "(".repeat(40) + "\" caravan";

    assertEquals(
        new Criterion.And(List.of(Criteria.phrase("(".repeat(40)), Criteria.text("caravan"))),
        QueryStringParser.parse(query));
  }

  @Test
  void aBuiltQueryNestedTooDeepIsRefusedNotAStackOverflow() {
    Criterion c = Criteria.text("caravan");
    for (int i = 0; i < 100_000; i++) {
      c = new Criterion.Not(c);
    }
    Criterion deep = c;

    QuerySyntaxException e =
        assertThrows(QuerySyntaxException.class, () -> NewsQuery.builder().where(deep).build());

    assertEquals(-1, e.position());
    assertTrue(e.getMessage().contains("deeper than 256 levels"), e.getMessage());
  }

  @Test
  void tooLongAQueryIsRefusedBeforeParsing() {
    String query = "caravan ".repeat(2_000);

    QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> parse(query));

    assertEquals(
        "query is 16,000 characters long; the limit is 10,000 (QueryLimits.maxLength)"
            + " at position 10000",
        e.getMessage());
  }

  @Test
  void tooLongAPhraseIsRefusedAtThePhrase() {
    String query = "caravan \"" + "word ".repeat(3_000).strip() + "\"";

    QuerySyntaxException e =
        assertThrows(
            QuerySyntaxException.class,
            () -> QueryStringParser.parse(query, new QueryLimits(100_000, 32, 1_024, 32)));

    assertEquals(8, e.position());
    assertTrue(
        e.getMessage()
            .startsWith(
                "a phrase of 3000 words; the limit is 32 words (QueryLimits.maxPhraseWords)"),
        e.getMessage());
  }

  @Test
  void tooManyClausesAreRefusedNamingTheLimit() {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 1_100; i++) {
      words.add("w" + i);
    }

    QuerySyntaxException e =
        assertThrows(QuerySyntaxException.class, () -> parse(String.join(" ", words)));

    assertEquals(
        "query has more than 1,024 clauses (QueryLimits.maxClauses; repeated words count once)",
        e.getMessage());
  }

  @Test
  void repeatedWordsCountOnceTowardsTheClauseLimit() {
    String query = "caravan Caravan ".repeat(600).strip();

    assertEquals(Criteria.text(query), QueryStringParser.parse(query));
  }

  @Test
  void wildcardPrefixAndFuzzyWordsAreRefusedNotSearchedAsPlainWords() {
    for (String query : List.of("cara*", "*avan", "ca?avan", "border cara*", "country:HN*")) {
      QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> parse(query));
      assertTrue(
          e.getMessage().contains("wildcard and prefix search") && e.getMessage().contains("*")
              || e.getMessage().contains("?"),
          query + ": " + e.getMessage());
      assertEquals(
          query.lastIndexOf(' ') + 1 + (query.startsWith("country") ? 8 : 0), e.position());
    }
    QuerySyntaxException fuzzy = assertThrows(QuerySyntaxException.class, () -> parse("caravan~2"));
    assertEquals(
        "query syntax error: fuzzy search (\"caravan~\") is not supported; search for the word as"
            + " written at position 0",
        fuzzy.getMessage());
  }

  @Test
  void anEscapedWildcardIsAPlainCharacter() {
    assertEquals(Criteria.text("cara*"), QueryStringParser.parse("cara\\*"));
  }

  @Test
  void lexicalErrorsAreReportedWhereTheyStart() {
    QuerySyntaxException quote =
        assertThrows(QuerySyntaxException.class, () -> parse("caravan \"border wall"));
    assertEquals("query syntax error: unterminated quote at position 8", quote.getMessage());

    QuerySyntaxException escape =
        assertThrows(QuerySyntaxException.class, () -> parse("caravan\\"));
    assertEquals(7, escape.position());

    QuerySyntaxException regexp =
        assertThrows(QuerySyntaxException.class, () -> parse("x /car.*/"));
    assertEquals(2, regexp.position());
    assertTrue(regexp.getMessage().contains("regular expression"), regexp.getMessage());
  }

  @Test
  void aSlashOutsideQuotesIsRefusedWhereItStandsAndIsFineQuotedOrEscaped() {
    QuerySyntaxException e =
        assertThrows(QuerySyntaxException.class, () -> parse("place:HN/Tegucigalpa"));
    assertEquals(8, e.position());

    assertEquals(
        Criteria.anyPlace("HN/Tegucigalpa"), QueryStringParser.parse("place:\"HN/Tegucigalpa\""));
    assertEquals(
        Criteria.anyPlace("HN/Tegucigalpa"), QueryStringParser.parse("place:HN\\/Tegucigalpa"));
  }

  @Test
  void boundsBelowOneAreRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new QueryLimits(0, 32, 1_024, 32));

    assertEquals("maxLength: must be >= 1, was 0", e.getMessage());
  }

  private static Criterion parse(String query) {
    return QueryStringParser.parse(query);
  }
}
