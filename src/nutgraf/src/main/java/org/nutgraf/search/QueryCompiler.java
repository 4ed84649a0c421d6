package org.nutgraf.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.nutgraf.index.DocumentBuilder;
import org.nutgraf.index.Fields;
import org.nutgraf.query.Criterion;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.UnknownValueException;

/** Compiles {@link Criterion} trees into Lucene queries, resolving entity names on the way. */
public final class QueryCompiler {
  private final Analyzer analyzer;
  private final EntityResolver resolver;
  private final java.util.function.Function<Query, Set<String>> headlineArticles;

  /**
   * A compiler resolving names with {@code resolver}; {@code headlineArticles} gives the ids of the
   * articles whose headline (indexed on their first paragraph only) matches a query, to exclude
   * every paragraph of them ("-headline:football").
   */
  public QueryCompiler(
      Analyzer analyzer,
      EntityResolver resolver,
      java.util.function.Function<Query, Set<String>> headlineArticles) {
    this.analyzer = analyzer;
    this.resolver = resolver;
    this.headlineArticles = headlineArticles;
  }

  /**
   * The Lucene query of a criterion.
   *
   * @throws UnknownValueException if a country, actor or place name is unknown
   */
  public Query compile(Criterion c) {
    return switch (c) {
      case Criterion.All a -> new MatchAllDocsQuery();
      case Criterion.Words w -> words(w);
      case Criterion.Countries x ->
          set(Fields.COUNTRY, IndexValues.resolveAll(x.values(), resolver::country), x.mode());
      case Criterion.Actors x ->
          set(Fields.ACTOR, IndexValues.resolveAll(x.values(), resolver::actor), x.mode());
      case Criterion.Sources x ->
          set(
              Fields.SOURCE,
              IndexValues.resolveAll(x.values(), DocumentBuilder::sourceKey),
              x.mode());
      case Criterion.Places x ->
          set(Fields.PLACE, IndexValues.resolveAll(x.values(), resolver::place), x.mode());
      case Criterion.Articles x -> set(Fields.ARTICLE, x.ids(), Criterion.SetMode.ANY_OF);
      case Criterion.Published p ->
          LongPoint.newRangeQuery(
              Fields.PUBLISHED,
              p.from().map(java.time.Instant::toEpochMilli).orElse(Long.MIN_VALUE),
              p.to().map(t -> t.toEpochMilli() - 1).orElse(Long.MAX_VALUE));
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

  /** The query selecting facet values of one dimension: any of them. */
  public Query selection(Dimension d, Set<String> values) {
    return switch (d) {
      case COUNTRY ->
          set(
              Fields.COUNTRY,
              IndexValues.resolveAll(values, resolver::country),
              Criterion.SetMode.ANY_OF);
      case ACTOR ->
          set(
              Fields.ACTOR,
              IndexValues.resolveAll(values, resolver::actor),
              Criterion.SetMode.ANY_OF);
      case SOURCE ->
          set(
              Fields.SOURCE,
              IndexValues.resolveAll(values, DocumentBuilder::sourceKey),
              Criterion.SetMode.ANY_OF);
      case PLACE -> placeSelection(values);
    };
  }

  /**
   * The facet key a selected value stands for ("Honduras" → "HN", "Pence" → "mike pence"), so the
   * facet can mark it; sources are matched by their facet label.
   */
  public String facetKey(Dimension d, String value) {
    return IndexValues.facetKey(d, value, resolver::country, resolver::actor, resolver::place);
  }

  /** A country code alone selects every place in it. */
  private Query placeSelection(Set<String> values) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String v : values) {
      if (IndexValues.isCountryCode(v)) {
        b.add(new TermQuery(new Term(Fields.COUNTRY, resolver.country(v))), Occur.SHOULD);
      } else {
        b.add(new TermQuery(new Term(Fields.PLACE, resolver.place(v))), Occur.SHOULD);
      }
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
    String field = w.field() == Criterion.TextField.HEADLINE ? Fields.HEADLINE_TEXT : Fields.TEXT;
    List<String> terms = analyze(field, w.text());
    if (w.mode() == Criterion.WordMode.NONE) {
      if (terms.isEmpty()) {
        return new MatchAllDocsQuery(); // no word to exclude
      }
      Query any = termsQuery(field, terms, Occur.SHOULD);
      return w.field() == Criterion.TextField.HEADLINE ? withoutArticles(any) : not(any);
    }
    Query q;
    if (terms.isEmpty()) {
      q = new MatchNoDocsQuery();
    } else if (w.mode() == Criterion.WordMode.PHRASE) {
      PhraseQuery.Builder b = new PhraseQuery.Builder();
      terms.forEach(t -> b.add(new Term(field, t)));
      q = b.build();
    } else {
      q = termsQuery(field, terms, w.mode() == Criterion.WordMode.ALL ? Occur.MUST : Occur.SHOULD);
    }
    if (w.field() == Criterion.TextField.HEADLINE) {
      // indexed on the first paragraph only: one hit per article
      return new BooleanQuery.Builder()
          .add(q, Occur.MUST)
          .add(IntPoint.newExactQuery(Fields.ORDINAL, 0), Occur.FILTER)
          .build();
    }
    return q;
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

  private List<String> analyze(String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
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
