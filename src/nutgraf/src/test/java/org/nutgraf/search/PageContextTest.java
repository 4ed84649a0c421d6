package org.nutgraf.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nutgraf.NewsIndex;
import org.nutgraf.index.Fields;
import org.nutgraf.index.NewsSearcher;
import org.nutgraf.index.TextLanguages;

/** A page's way of loading its hits and writing the next cursor. */
class PageContextTest {
  private static final Cursors CURSORS =
      new Cursors("page-context-test-key-0123456789".getBytes(StandardCharsets.UTF_8));
  private static final Instant NOW = Instant.parse("2024-01-01T12:00:00Z");

  private static NewsIndex index;

  @BeforeAll
  static void open() throws IOException {
    index = SearchCorpus.open();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static Hit load(ScoreDoc sd) throws IOException {
    return index.withSearcher(
        s -> {
          NewsSearcher searcher = (NewsSearcher) s;
          PageContext page =
              new PageContext(
                  new HitLoader(searcher, TextLanguages.analyzer(), Optional.empty()),
                  new TermQuery(new Term(Fields.TEXT, "wool")),
                  CURSORS,
                  42L,
                  NOW);
          return page.load(sd);
        });
  }

  @Test
  void aHitFoundInRelevanceOrderKeepsItsScore() throws IOException {
    Hit hit = load(new ScoreDoc(0, 0.25f));

    assertEquals(0.25f, hit.score());
    assertEquals("w#0", hit.id());
  }

  @Test
  void aHitSortedByScoreTakesItsScoreFromTheSortValue() throws IOException {
    assertEquals(3.0f, load(new FieldDoc(1, Float.NaN, new Object[] {3.0f})).score());
  }

  @Test
  void theCursorCarriesThePositionForThisQueryOnly() {
    FieldDoc after = new FieldDoc(3, Float.NaN, new Object[] {7L, new BytesRef("x#0")});
    PageContext page = new PageContext(null, null, CURSORS, 42L, NOW);

    String cursor = page.cursor(after, 0);
    Cursors.Position p = CURSORS.decode(cursor, 42L, NOW);

    assertEquals(3, p.after().doc);
    assertEquals(7L, p.after().fields[0]);
    assertEquals(new BytesRef("x#0"), p.after().fields[1]);
    assertThrows(InvalidCursorException.class, () -> CURSORS.decode(cursor, 43L, NOW));
  }

  @Test
  void aGroupedPageCursorCarriesTheArticleOffset() {
    PageContext page = new PageContext(null, null, CURSORS, 9L, NOW);

    assertEquals(20, CURSORS.decode(page.cursor(null, 20), 9L, NOW).groupOffset());
  }
}
