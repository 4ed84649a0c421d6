package org.nutgraf.search;

import java.io.IOException;
import java.time.Instant;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * What a page of results needs besides its documents: how to load a hit and how to write the cursor
 * of the next page.
 *
 * @param loader loads stored fields, entities and highlights
 * @param highlightQuery the query whose terms are highlighted (the conditions, not the selections)
 * @param cursors signs cursors
 * @param queryHash the query's hash, carried in its cursors
 * @param now the time cursors are stamped with
 */
record PageContext(
    HitLoader loader, Query highlightQuery, Cursors cursors, long queryHash, Instant now) {

  /** The hit of a found document. */
  Hit load(ScoreDoc sd) throws IOException {
    return loader.load(sd.doc, SearchSort.score(sd), highlightQuery);
  }

  /** The cursor of the page after {@code after} (paragraphs) or {@code groupOffset} (articles). */
  String cursor(FieldDoc after, int groupOffset) {
    return cursors.encode(queryHash, after, groupOffset, now);
  }
}
