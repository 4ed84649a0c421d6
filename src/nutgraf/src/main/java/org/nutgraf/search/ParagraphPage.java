package org.nutgraf.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * One page of paragraph hits, and the cursor of the next page when there is one.
 *
 * @param hits the page's paragraphs, in order
 * @param next the cursor of the next page; empty on the last page
 */
record ParagraphPage(List<Hit> hits, Optional<String> next) {

  /**
   * The page of {@code pageSize} hits from {@code top}, which was searched for one more to know
   * whether a next page exists.
   */
  static ParagraphPage of(TopDocs top, int pageSize, PageContext context) throws IOException {
    List<Hit> hits = new ArrayList<>();
    if (pageSize == 0) {
      return new ParagraphPage(hits, Optional.empty());
    }
    ScoreDoc[] docs = top.scoreDocs;
    for (int i = 0; i < docs.length && i < pageSize; i++) {
      hits.add(context.load(docs[i]));
    }
    Optional<String> next = Optional.empty();
    if (docs.length > pageSize) {
      ScoreDoc last = docs[pageSize - 1];
      FieldDoc position =
          last instanceof FieldDoc fd ? fd : new FieldDoc(last.doc, last.score, new Object[0]);
      next = Optional.of(context.cursor(position, 0));
    }
    return new ParagraphPage(hits, next);
  }
}
