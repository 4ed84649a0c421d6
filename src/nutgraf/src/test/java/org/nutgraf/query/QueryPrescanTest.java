package org.nutgraf.query;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The lexical checks made before Lucene's parser sees a query string. */
class QueryPrescanTest {
  private static final QueryLimits SMALL = new QueryLimits(40, 2, 100, 10);

  private static QuerySyntaxException refused(String query) {
    return assertThrows(QuerySyntaxException.class, () -> QueryPrescan.check(query, SMALL));
  }

  @Test
  void aQueryOverTheLengthLimitIsRefusedNamingTheLimit() {
    QuerySyntaxException e = refused("x".repeat(41));

    assertEquals(40, e.position());
    assertTrue(e.getMessage().contains("41 characters"), e.getMessage());
    assertTrue(e.getMessage().contains("QueryLimits.maxLength"), e.getMessage());
  }

  @Test
  void aQueryExactlyAtTheLengthLimitPasses() {
    assertDoesNotThrow(() -> QueryPrescan.check("y".repeat(40), SMALL));
  }

  @Test
  void nestingDeeperThanTheLimitIsRefusedAtTheOpeningParenthesis() {
    QuerySyntaxException e = refused("(a OR (b AND (c)))");

    assertEquals(13, e.position());
    assertTrue(e.getMessage().contains("QueryLimits.maxDepth"), e.getMessage());
  }

  @Test
  void siblingGroupsDoNotAddUpToDepth() {
    assertDoesNotThrow(() -> QueryPrescan.check("(a (b)) (c (d)) (e)", SMALL));
  }

  @Test
  void parenthesesInsideQuotesOrRangesOrEscapedDoNotCount() {
    assertDoesNotThrow(() -> QueryPrescan.check("\"(((\" \\(\\(\\(", SMALL));
  }

  @Test
  void anUnterminatedQuoteIsReportedWhereItOpens() {
    QuerySyntaxException e = refused("rain \"heavy flood");

    assertEquals(5, e.position());
    assertTrue(e.getMessage().contains("unterminated quote"), e.getMessage());
  }

  @Test
  void aTrailingEscapeIsReportedAtItsPosition() {
    QuerySyntaxException e = refused("storm\\");

    assertEquals(5, e.position());
    assertTrue(e.getMessage().contains("escape character at the end"), e.getMessage());
  }

  @Test
  void anEscapedBackslashAtTheEndIsFine() {
    assertDoesNotThrow(() -> QueryPrescan.check("storm\\\\", SMALL));
  }

  @Test
  void aBareSlashIsRefusedWithTheWayOut() {
    QuerySyntaxException e = refused("place:PE/Cusco");

    assertEquals(8, e.position());
    assertTrue(e.getMessage().contains("regular expression"), e.getMessage());
    assertTrue(e.getMessage().contains("\\/"), e.getMessage());
  }

  @Test
  void aSlashInsideQuotesOrEscapedIsAllowed() {
    assertDoesNotThrow(() -> QueryPrescan.check("place:\"PE/Cusco\"", SMALL));
    assertDoesNotThrow(() -> QueryPrescan.check("place:PE\\/Cusco", SMALL));
  }

  @Test
  void aRangeIsSkippedUntilItCloses() {
    assertDoesNotThrow(() -> QueryPrescan.check("date:[2020 TO 2021] (a)", SMALL));
  }
}
