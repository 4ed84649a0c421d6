package org.nutgraf.search;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.nutgraf.index.Fields;

/**
 * The words of a query to mark in a hit's text: every clause on a text field, each enough on its
 * own, and nothing else. The highlighter runs the query it is given on the hit's text alone, so a
 * required clause on another field (a country filter, the headline's paragraph) would match nothing
 * there and leave every word unmarked; negated words are not marked either.
 */
final class HighlightQuery {
  private HighlightQuery() {}

  /**
   * The text clauses of {@code q}, any of which marks; a query matching nothing when it has none.
   */
  static Query of(Query q) {
    Query text = textClauses(q);
    return text == null ? new MatchNoDocsQuery() : text;
  }

  private static Query textClauses(Query q) {
    if (q instanceof BooleanQuery b) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      int n = 0;
      for (BooleanClause c : b.clauses()) {
        Query sub = c.occur() == Occur.MUST_NOT ? null : textClauses(c.query());
        if (sub != null) {
          any.add(sub, Occur.SHOULD);
          n++;
        }
      }
      return n == 0 ? null : any.build();
    }
    if (q instanceof BoostQuery b) {
      return textClauses(b.getQuery());
    }
    if (q instanceof ConstantScoreQuery c) {
      return textClauses(c.getQuery());
    }
    boolean[] onText = {false};
    q.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            onText[0] |= field.startsWith(Fields.TEXT);
            return false;
          }
        });
    return onText[0] ? q : null;
  }
}
