package org.nutgraf.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.nutgraf.index.Fields;

/** Which clauses of a compiled query mark words in a hit's text. */
class HighlightQueryTest {
  private static final Query GLACIER = new TermQuery(new Term(Fields.TEXT, "glacier"));
  private static final Query MELT = new TermQuery(new Term(Fields.TEXT, "melt"));
  private static final Query PERU = new TermQuery(new Term(Fields.COUNTRY, "PE"));

  private static Query anyOf(Query... qs) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : qs) {
      b.add(q, Occur.SHOULD);
    }
    return b.build();
  }

  @Test
  void requiredTextClausesBecomeOptionalSoEachMarksOnItsOwn() {
    Query q = new BooleanQuery.Builder().add(GLACIER, Occur.MUST).add(MELT, Occur.MUST).build();

    assertEquals(anyOf(GLACIER, MELT), HighlightQuery.of(q));
  }

  @Test
  void filtersOnOtherFieldsAreDropped() {
    Query q = new BooleanQuery.Builder().add(GLACIER, Occur.MUST).add(PERU, Occur.FILTER).build();

    assertEquals(anyOf(GLACIER), HighlightQuery.of(q));
  }

  @Test
  void negatedWordsAreNotMarked() {
    Query q = new BooleanQuery.Builder().add(GLACIER, Occur.MUST).add(MELT, Occur.MUST_NOT).build();

    assertEquals(anyOf(GLACIER), HighlightQuery.of(q));
  }

  @Test
  void aQueryWithNoTextClauseMarksNothing() {
    Query q = new BooleanQuery.Builder().add(PERU, Occur.MUST).add(MELT, Occur.MUST_NOT).build();

    assertInstanceOf(MatchNoDocsQuery.class, HighlightQuery.of(q));
    assertInstanceOf(MatchNoDocsQuery.class, HighlightQuery.of(PERU));
  }

  @Test
  void boostsAndConstantScoresAreLookedThrough() {
    assertEquals(GLACIER, HighlightQuery.of(new BoostQuery(GLACIER, 3f)));
    assertEquals(GLACIER, HighlightQuery.of(new ConstantScoreQuery(GLACIER)));
    assertInstanceOf(MatchNoDocsQuery.class, HighlightQuery.of(new ConstantScoreQuery(PERU)));
  }

  @Test
  void aLanguageTextFieldCountsAsText() {
    Query spanish = new PhraseQuery(Fields.TEXT + "_es", "hielo", "glaciar");

    assertEquals(spanish, HighlightQuery.of(spanish));
  }

  @Test
  void theHeadlineFieldIsNotTheParagraphText() {
    Query headline = new TermQuery(new Term(Fields.HEADLINE_TEXT, "glacier"));

    assertInstanceOf(MatchNoDocsQuery.class, HighlightQuery.of(headline));
  }

  @Test
  void nestedGroupsKeepOnlyTheirTextParts() {
    Query inner =
        new BooleanQuery.Builder().add(MELT, Occur.SHOULD).add(PERU, Occur.SHOULD).build();
    Query q = new BooleanQuery.Builder().add(inner, Occur.MUST).add(PERU, Occur.FILTER).build();

    assertEquals(anyOf(anyOf(MELT)), HighlightQuery.of(q));
  }
}
