package org.nutgraf.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.query.SortOrder;

/** Signed paging cursors: what they carry back, and what they refuse. */
class CursorsTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private final Cursors cursors = new Cursors("index secret".getBytes(StandardCharsets.UTF_8));

  @Test
  void aCursorCarriesItsPositionAndSortValuesBack() {
    FieldDoc after = new FieldDoc(42, 1.5f, new Object[] {7L, new BytesRef("a1#0"), null});
    Cursors.Position p = cursors.decode(cursors.encode(99L, after, 0, NOW), 99L, NOW);
    assertEquals(42, p.after().doc);
    assertEquals(1.5f, p.after().score);
    assertArrayEquals(new Object[] {7L, new BytesRef("a1#0"), null}, p.after().fields);
  }

  @Test
  void anArticleCursorCarriesOnlyItsGroupOffset() {
    Cursors.Position p = cursors.decode(cursors.encode(5L, null, 20, NOW), 5L, NOW);
    assertNull(p.after());
    assertEquals(20, p.groupOffset());
  }

  @Test
  void aCursorOfAnotherQueryIsRefused() {
    String c = cursors.encode(1L, null, 10, NOW);
    InvalidCursorException e =
        assertThrows(InvalidCursorException.class, () -> cursors.decode(c, 2L, NOW));
    assertTrue(e.getMessage().contains("another query"), e.getMessage());
  }

  @Test
  void aCursorSignedByAnotherIndexIsRefused() {
    Cursors other = new Cursors("other secret".getBytes(StandardCharsets.UTF_8));
    String c = other.encode(1L, null, 10, NOW);
    InvalidCursorException e =
        assertThrows(InvalidCursorException.class, () -> cursors.decode(c, 1L, NOW));
    assertTrue(e.getMessage().contains("signature"), e.getMessage());
  }

  @Test
  void aCursorLastsADay() {
    String c = cursors.encode(1L, null, 10, NOW);
    assertEquals(10, cursors.decode(c, 1L, NOW.plus(Cursors.TIME_TO_LIVE)).groupOffset());
    InvalidCursorException e =
        assertThrows(
            InvalidCursorException.class,
            () -> cursors.decode(c, 1L, NOW.plus(Cursors.TIME_TO_LIVE).plusSeconds(1)));
    assertTrue(e.getMessage().startsWith("expired cursor"), e.getMessage());
  }

  @Test
  void malformedCursorsAreRefusedWithWhatIsWrong() {
    assertTrue(
        assertThrows(InvalidCursorException.class, () -> cursors.decode("not base64!", 1L, NOW))
            .getMessage()
            .contains("not base64url"));
    assertTrue(
        assertThrows(InvalidCursorException.class, () -> cursors.decode("AAAA", 1L, NOW))
            .getMessage()
            .contains("too short"));
  }

  @Test
  void theQueryHashFollowsWhatOrdersHitsOnly() {
    NewsQuery q = NewsQuery.builder().text("caravan").pageSize(10).build();
    assertEquals(
        Cursors.queryHash(q),
        Cursors.queryHash(NewsQuery.builder().text("caravan").pageSize(10).highlight().build()));
    assertTrue(
        Cursors.queryHash(q)
            != Cursors.queryHash(
                NewsQuery.builder().text("caravan").pageSize(10).sort(SortOrder.NEWEST).build()));
    assertTrue(
        Cursors.queryHash(q)
            != Cursors.queryHash(NewsQuery.builder().text("caravan").pageSize(20).build()));
  }

  @Test
  void aCursorSignedWithAStolenKeyButOutOfRangeIsRefused() {
    // whoever holds the key can sign anything: each field is still checked after the signature
    String future = cursors.encode(1L, null, 10, NOW.plus(Cursors.CLOCK_SKEW).plusSeconds(1));
    String farFuture = cursors.encode(1L, null, 10, Instant.MAX);
    String negativeOffset = cursors.encode(1L, null, -5, NOW);
    String negativeCount = cursors.encode(1L, new FieldDoc(3, 1f, new Object[200]), 0, NOW);
    String negativeDoc = cursors.encode(1L, new FieldDoc(-7, 1f, new Object[0]), 0, NOW);

    for (String c : new String[] {future, farFuture}) {
      InvalidCursorException e =
          assertThrows(InvalidCursorException.class, () -> cursors.decode(c, 1L, NOW));
      assertTrue(e.getMessage().contains("issued in the future"), e.getMessage());
    }
    for (String c : new String[] {negativeOffset, negativeCount, negativeDoc}) {
      InvalidCursorException e =
          assertThrows(InvalidCursorException.class, () -> cursors.decode(c, 1L, NOW));
      assertTrue(e.getMessage().contains("out of range"), e.getMessage());
    }
    assertEquals(
        10,
        cursors.decode(cursors.encode(1L, null, 10, NOW.plusSeconds(60)), 1L, NOW).groupOffset());
  }
}
