package org.nutgraf.opensearch;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.nutgraf.index.DocumentBuilder;
import org.nutgraf.query.Criterion;
import org.nutgraf.query.Dimension;
import org.nutgraf.search.DetachedEntityResolver;
import org.nutgraf.search.IndexValues;

/**
 * Turns {@link Criterion} trees and facet selections into OpenSearch query DSL, clause for clause
 * as {@link org.nutgraf.search.QueryCompiler} builds Lucene queries, resolving entity names.
 */
final class CriterionTranslator {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final DetachedEntityResolver resolver;

  CriterionTranslator(DetachedEntityResolver resolver) {
    this.resolver = resolver;
  }

  ObjectNode query(Criterion c) {
    return switch (c) {
      case Criterion.All a -> matchAll();
      case Criterion.Words w -> words(w);
      case Criterion.Countries x ->
          set(
              OpenSearchFields.COUNTRIES,
              IndexValues.resolveAll(x.values(), resolver::country),
              x.mode());
      case Criterion.Actors x ->
          set(
              OpenSearchFields.ACTORS,
              IndexValues.resolveAll(x.values(), resolver::actor),
              x.mode());
      case Criterion.Sources x ->
          set(
              OpenSearchFields.SOURCE,
              IndexValues.resolveAll(x.values(), DocumentBuilder::sourceKey),
              x.mode());
      case Criterion.Places x ->
          set(
              OpenSearchFields.PLACES,
              IndexValues.resolveAll(x.values(), resolver::place),
              x.mode());
      case Criterion.Articles x -> set(OpenSearchFields.ARTICLE, x.ids(), Criterion.SetMode.ANY_OF);
      case Criterion.Published p -> {
        ObjectNode range = JSON.createObjectNode();
        ObjectNode r = range.putObject("range").putObject(OpenSearchFields.PUBLISHED);
        p.from().ifPresent(t -> r.put("gte", t.toEpochMilli()));
        p.to().ifPresent(t -> r.put("lt", t.toEpochMilli()));
        r.put("format", "epoch_millis");
        yield range;
      }
      case Criterion.And a -> and(a.all());
      case Criterion.Or o -> or(o.any());
      case Criterion.Not n -> not(query(n.criterion()));
    };
  }

  /** The filter of one dimension's selected values: any of them. */
  ObjectNode selection(Dimension d, Set<String> values) {
    return switch (d) {
      case COUNTRY ->
          set(
              OpenSearchFields.COUNTRIES,
              IndexValues.resolveAll(values, resolver::country),
              Criterion.SetMode.ANY_OF);
      case ACTOR ->
          set(
              OpenSearchFields.ACTORS,
              IndexValues.resolveAll(values, resolver::actor),
              Criterion.SetMode.ANY_OF);
      case SOURCE ->
          set(
              OpenSearchFields.SOURCE,
              IndexValues.resolveAll(values, DocumentBuilder::sourceKey),
              Criterion.SetMode.ANY_OF);
      case PLACE -> {
        // a country code alone selects every place in it, as in the embedded index
        ObjectNode bool = JSON.createObjectNode();
        ObjectNode b = bool.putObject("bool");
        ArrayNode should = b.putArray("should");
        for (String v : values) {
          should.add(
              IndexValues.isCountryCode(v)
                  ? term(OpenSearchFields.COUNTRIES, resolver.country(v))
                  : term(OpenSearchFields.PLACES, resolver.place(v)));
        }
        b.put("minimum_should_match", 1);
        yield bool;
      }
    };
  }

  /**
   * The facet value a selected value stands for, as the embedded index marks it: a resolved
   * country, actor or place, a country code alone for places, a source as given.
   */
  String facetKey(Dimension d, String value) {
    return IndexValues.facetKey(d, value, resolver::country, resolver::actor, resolver::place);
  }

  private ObjectNode words(Criterion.Words w) {
    String field =
        w.field() == Criterion.TextField.HEADLINE
            ? OpenSearchFields.HEADLINE
            : OpenSearchFields.TEXT;
    ObjectNode q = JSON.createObjectNode();
    if (w.mode() == Criterion.WordMode.PHRASE) {
      q.putObject("match_phrase").putObject(field).put("query", w.text());
    } else {
      q.putObject("match")
          .putObject(field)
          .put("query", w.text())
          .put("operator", w.mode() == Criterion.WordMode.ALL ? "and" : "or");
    }
    if (w.mode() == Criterion.WordMode.NONE) {
      return not(q);
    }
    if (w.field() == Criterion.TextField.HEADLINE) {
      // the headline is on every paragraph: one hit per article, its first paragraph
      ObjectNode bool = JSON.createObjectNode();
      ObjectNode b = bool.putObject("bool");
      b.putArray("must").add(q);
      b.putArray("filter").add(term(OpenSearchFields.ORDINAL, "0"));
      return bool;
    }
    return q;
  }

  private ObjectNode and(List<Criterion> all) {
    if (all.isEmpty()) {
      return matchAll();
    }
    ObjectNode bool = JSON.createObjectNode();
    ObjectNode b = bool.putObject("bool");
    ArrayNode must = b.putArray("must");
    ArrayNode filter = b.putArray("filter");
    for (Criterion c : all) {
      boolean scores =
          c instanceof Criterion.Words w && w.mode() != Criterion.WordMode.NONE
              || c instanceof Criterion.Or
              || c instanceof Criterion.And;
      (scores ? must : filter).add(query(c));
    }
    return bool;
  }

  private ObjectNode or(List<Criterion> any) {
    ObjectNode bool = JSON.createObjectNode();
    ObjectNode b = bool.putObject("bool");
    ArrayNode should = b.putArray("should");
    any.forEach(c -> should.add(query(c)));
    b.put("minimum_should_match", 1);
    return bool;
  }

  private static ObjectNode set(String field, Set<String> values, Criterion.SetMode mode) {
    return switch (mode) {
      case ANY_OF -> {
        ObjectNode q = JSON.createObjectNode();
        ArrayNode terms = q.putObject("terms").putArray(field);
        values.forEach(terms::add);
        yield q;
      }
      case ALL_OF -> {
        ObjectNode bool = JSON.createObjectNode();
        ArrayNode filter = bool.putObject("bool").putArray("filter");
        values.forEach(v -> filter.add(term(field, v)));
        yield bool;
      }
      case NONE_OF -> not(set(field, values, Criterion.SetMode.ANY_OF));
    };
  }

  static ObjectNode term(String field, String value) {
    ObjectNode q = JSON.createObjectNode();
    q.putObject("term").put(field, value);
    return q;
  }

  static ObjectNode matchAll() {
    ObjectNode q = JSON.createObjectNode();
    q.putObject("match_all");
    return q;
  }

  static ObjectNode not(ObjectNode q) {
    ObjectNode bool = JSON.createObjectNode();
    bool.putObject("bool").putArray("must_not").add(q);
    return bool;
  }
}
