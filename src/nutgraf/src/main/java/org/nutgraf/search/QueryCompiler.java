package org.nutgraf.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.nutgraf.article.FieldValue;
import org.nutgraf.index.Fields;
import org.nutgraf.index.TextLanguages;
import org.nutgraf.query.Criterion;
import org.nutgraf.query.Dimension;

/**
 * Compiles the {@link Criterion} trees and selections of a {@link Resolution} (names already
 * resolved to index keys) into Lucene queries.
 */
final class QueryCompiler {
  private final Analyzer analyzer;
  private final List<String> textFields;
  private final Function<Query, Set<String>> headlineArticles;

  /**
   * A compiler analysing words with {@code analyzer}; {@code headlineArticles} gives the ids of the
   * articles whose headline (indexed on their first paragraph only) matches a query, to exclude
   * every paragraph of them ("-headline:football").
   */
  QueryCompiler(Analyzer analyzer, Function<Query, Set<String>> headlineArticles) {
    this(analyzer, List.of(Fields.TEXT), headlineArticles);
  }

  /**
   * A compiler whose text words search each of {@code textFields} ({@link
   * TextLanguages#textFields()}), each analysed as {@code analyzer} analyses that field.
   */
  QueryCompiler(
      Analyzer analyzer, List<String> textFields, Function<Query, Set<String>> headlineArticles) {
    this.analyzer = analyzer;
    this.textFields = List.copyOf(textFields);
    this.headlineArticles = headlineArticles;
  }

  /** The Lucene query of a resolved criterion ({@link Resolution#where()}). */
  Query compile(Criterion c) {
    return switch (c) {
      case Criterion.All a -> new MatchAllDocsQuery();
      case Criterion.Words w -> words(w);
      case Criterion.Countries x -> set(Fields.COUNTRY, x.values(), x.mode());
      case Criterion.Actors x -> set(Fields.ACTOR, x.values(), x.mode());
      case Criterion.Sources x -> set(Fields.SOURCE, x.values(), x.mode());
      case Criterion.Languages x -> set(Fields.LANGUAGE, x.values(), x.mode());
      case Criterion.Places x -> set(Fields.PLACE, x.values(), x.mode());
      case Criterion.Articles x -> set(Fields.ARTICLE, x.ids(), Criterion.SetMode.ANY_OF);
      case Criterion.Published p ->
          LongPoint.newRangeQuery(
              Fields.PUBLISHED,
              p.from().map(Instant::toEpochMilli).orElse(Long.MIN_VALUE),
              p.to().map(t -> t.toEpochMilli() - 1).orElse(Long.MAX_VALUE));
      case Criterion.OwnField f -> ownField(f);
      case Criterion.External e -> external(e);
      case Criterion.And a -> and(a.all());
      case Criterion.Or o -> or(o.any());
      case Criterion.Not n ->
          n.criterion() instanceof Criterion.Words w
                  && w.field() == Criterion.TextField.HEADLINE
                  && w.mode() != Criterion.WordMode.NONE
              ? withoutArticles(compile(w))
              : not(compile(n.criterion()));
    };
  }

  private static Query ownField(Criterion.OwnField f) {
    return switch (f.value()) {
      case FieldValue.Keyword k -> new TermQuery(new Term(f.name(), k.value()));
      case FieldValue.Numeric n -> LongPoint.newExactQuery(f.name(), n.value());
      case FieldValue.Timestamp t -> LongPoint.newExactQuery(f.name(), t.value().toEpochMilli());
    };
  }

  private static Query external(Criterion.External e) {
    if (e instanceof LuceneCriterion l) {
      return l.query();
    }
    throw new IllegalArgumentException(
        "condition " + e.getClass().getSimpleName() + ": not one the embedded index can run");
  }

  /** The query selecting resolved facet keys of one dimension: any of them. */
  Query selection(Dimension d, Set<String> keys) {
    return switch (d) {
      case COUNTRY -> set(Fields.COUNTRY, keys, Criterion.SetMode.ANY_OF);
      case ACTOR -> set(Fields.ACTOR, keys, Criterion.SetMode.ANY_OF);
      case SOURCE -> set(Fields.SOURCE, keys, Criterion.SetMode.ANY_OF);
      case PLACE -> placeSelection(keys);
      case LANGUAGE -> set(Fields.LANGUAGE, keys, Criterion.SetMode.ANY_OF);
    };
  }

  /** A country code alone selects every place in it. */
  private static Query placeSelection(Set<String> keys) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String k : keys) {
      String field = Resolution.isCountryCode(k) ? Fields.COUNTRY : Fields.PLACE;
      b.add(new TermQuery(new Term(field, k)), Occur.SHOULD);
    }
    return b.build();
  }

  private static Query set(String field, Set<String> values, Criterion.SetMode mode) {
    return switch (mode) {
      case ANY_OF -> {
        if (values.size() == 1) {
          yield new TermQuery(new Term(field, values.iterator().next()));
        }
        List<BytesRef> terms = new ArrayList<>();
        values.forEach(v -> terms.add(new BytesRef(v)));
        yield new TermInSetQuery(field, terms);
      }
      case ALL_OF -> {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        values.forEach(v -> b.add(new TermQuery(new Term(field, v)), Occur.FILTER));
        yield b.build();
      }
      case NONE_OF -> not(set(field, values, Criterion.SetMode.ANY_OF));
    };
  }

  private Query words(Criterion.Words w) {
    boolean headline = w.field() == Criterion.TextField.HEADLINE;
    List<String> fields = headline ? List.of(Fields.HEADLINE_TEXT) : textFields;
    List<Query> perField = new ArrayList<>(fields.size());
    for (String field : fields) {
      List<Token> tokens = analyze(field, w.text());
      if (!tokens.isEmpty()) { // a field's analyzer may drop every word ("de la" in Spanish)
        perField.add(fieldQuery(field, tokens, w.mode()));
      }
    }
    if (w.mode() == Criterion.WordMode.NONE) {
      if (perField.isEmpty()) {
        return new MatchAllDocsQuery(); // no word to exclude
      }
      Query any = anyField(perField);
      return headline ? withoutArticles(any) : not(any);
    }
    Query q = perField.isEmpty() ? new MatchNoDocsQuery() : anyField(perField);
    if (headline) {
      // indexed on the first paragraph only: one hit per article
      return new BooleanQuery.Builder()
          .add(q, Occur.MUST)
          .add(IntPoint.newExactQuery(Fields.ORDINAL, 0), Occur.FILTER)
          .build();
    }
    return q;
  }

  /** The words' query on one field: a phrase keeps the analyzer's positions (stop-word gaps). */
  private static Query fieldQuery(String field, List<Token> tokens, Criterion.WordMode mode) {
    if (mode == Criterion.WordMode.PHRASE) {
      PhraseQuery.Builder b = new PhraseQuery.Builder();
      tokens.forEach(t -> b.add(new Term(field, t.term()), t.position()));
      return b.build();
    }
    Set<String> distinct = new LinkedHashSet<>(); // a repeated word is one clause
    tokens.forEach(t -> distinct.add(t.term()));
    return termsQuery(
        field, List.copyOf(distinct), mode == Criterion.WordMode.ALL ? Occur.MUST : Occur.SHOULD);
  }

  /**
   * The query alone, or the best-scoring of the fields' queries (a text matched in two counts
   * once).
   */
  private static Query anyField(List<Query> perField) {
    return perField.size() == 1 ? perField.get(0) : new DisjunctionMaxQuery(perField, 0f);
  }

  /** One term alone, or a boolean query of every term with {@code occur}. */
  private static Query termsQuery(String field, List<String> terms, Occur occur) {
    if (terms.size() == 1) {
      return new TermQuery(new Term(field, terms.get(0)));
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    terms.forEach(t -> b.add(new TermQuery(new Term(field, t)), occur));
    return b.build();
  }

  /**
   * Every paragraph but those of the articles whose headline matches {@code headline}: the headline
   * is indexed on first paragraphs only, so whole articles are excluded by id.
   */
  private Query withoutArticles(Query headline) {
    Set<String> ids = headlineArticles.apply(headline);
    return ids.isEmpty()
        ? new MatchAllDocsQuery()
        : set(Fields.ARTICLE, ids, Criterion.SetMode.NONE_OF);
  }

  /** A term of the analysed query text and its position. */
  private record Token(String term, int position) {}

  private List<Token> analyze(String field, String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += increment.getPositionIncrement();
        out.add(new Token(term.toString(), position));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private Query and(List<Criterion> all) {
    if (all.isEmpty()) {
      return new MatchAllDocsQuery();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Criterion c : all) {
      Query q = compile(c);
      boolean scores =
          c instanceof Criterion.Words w && w.mode() != Criterion.WordMode.NONE
              || c instanceof Criterion.Or
              || c instanceof Criterion.And;
      b.add(q, scores ? Occur.MUST : Occur.FILTER);
    }
    return b.build();
  }

  private Query or(List<Criterion> any) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Criterion c : any) {
      b.add(compile(c), Occur.SHOULD);
    }
    return b.setMinimumNumberShouldMatch(1).build();
  }

  private static Query not(Query q) {
    return new BooleanQuery.Builder()
        .add(new MatchAllDocsQuery(), Occur.MUST)
        .add(q, Occur.MUST_NOT)
        .build();
  }
}
