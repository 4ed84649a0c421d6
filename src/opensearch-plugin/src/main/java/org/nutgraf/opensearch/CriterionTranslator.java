package org.nutgraf.opensearch;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.nutgraf.article.FieldValue;
import org.nutgraf.index.TextLanguages;
import org.nutgraf.query.Criterion;
import org.nutgraf.query.Dimension;
import org.nutgraf.search.Resolution;

/**
 * Turns the {@link Criterion} trees and facet selections of a {@link Resolution} (names already
 * resolved to index keys) into OpenSearch query DSL, clause for clause as the embedded index builds
 * Lucene queries.
 */
final class CriterionTranslator {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final EntityFields fields;

  /** Clauses on the entity fields where {@code fields} puts them. */
  CriterionTranslator(EntityFields fields) {
    this.fields = fields;
  }

  /** Where the entity fields are searched. */
  EntityFields fields() {
    return fields;
  }

  /** The query of a resolved criterion ({@link Resolution#where()}). */
  ObjectNode query(Criterion c) {
    return switch (c) {
      case Criterion.All a -> matchAll();
      case Criterion.Words w -> words(w);
      case Criterion.Countries x -> set(fields.countries(), x.values(), x.mode());
      case Criterion.Actors x -> set(fields.actors(), x.values(), x.mode());
      case Criterion.Sources x -> set(OpenSearchFields.SOURCE, x.values(), x.mode());
      case Criterion.Languages x -> set(OpenSearchFields.LANGUAGE, x.values(), x.mode());
      case Criterion.Places x -> set(fields.places(), x.values(), x.mode());
      case Criterion.Articles x -> set(OpenSearchFields.ARTICLE, x.ids(), Criterion.SetMode.ANY_OF);
      case Criterion.Published p -> {
        ObjectNode range = JSON.createObjectNode();
        ObjectNode r = range.putObject("range").putObject(OpenSearchFields.PUBLISHED);
        p.from().ifPresent(t -> r.put("gte", t.toEpochMilli()));
        p.to().ifPresent(t -> r.put("lt", t.toEpochMilli()));
        r.put("format", "epoch_millis");
        yield range;
      }
      case Criterion.OwnField f -> ownField(f);
      case Criterion.External e ->
          throw new IllegalArgumentException(
              "condition "
                  + e.getClass().getSimpleName()
                  + ": a raw Lucene query runs only in the embedded index; write it with Criteria"
                  + " for OpenSearch");
      case Criterion.And a -> and(a.all());
      case Criterion.Or o -> or(o.any());
      case Criterion.Not n -> not(query(n.criterion()));
    };
  }

  /**
   * An article's own field: a term query on the document field of that name (which the user's
   * mapping holds: a keyword, a long or a date).
   */
  private static ObjectNode ownField(Criterion.OwnField f) {
    ObjectNode q = JSON.createObjectNode();
    ObjectNode term = q.putObject("term");
    switch (f.value()) {
      case FieldValue.Keyword k -> term.put(f.name(), k.value());
      case FieldValue.Numeric n -> term.put(f.name(), n.value());
      case FieldValue.Timestamp t -> term.put(f.name(), t.value().toString());
    }
    return q;
  }

  /** The filter of one dimension's resolved selected keys: any of them. */
  ObjectNode selection(Dimension d, Set<String> keys) {
    return switch (d) {
      case COUNTRY -> set(fields.countries(), keys, Criterion.SetMode.ANY_OF);
      case ACTOR -> set(fields.actors(), keys, Criterion.SetMode.ANY_OF);
      case SOURCE -> set(OpenSearchFields.SOURCE, keys, Criterion.SetMode.ANY_OF);
      case LANGUAGE -> set(OpenSearchFields.LANGUAGE, keys, Criterion.SetMode.ANY_OF);
      case PLACE -> {
        // a country code alone selects every place in it, as in the embedded index
        ObjectNode bool = JSON.createObjectNode();
        ObjectNode b = bool.putObject("bool");
        ArrayNode should = b.putArray("should");
        for (String k : keys) {
          should.add(
              Resolution.isCountryCode(k) ? term(fields.countries(), k) : term(fields.places(), k));
        }
        b.put("minimum_should_match", 1);
        yield bool;
      }
    };
  }

  private ObjectNode words(Criterion.Words w) {
    ObjectNode q = JSON.createObjectNode();
    if (w.field() == Criterion.TextField.HEADLINE) {
      String field = OpenSearchFields.HEADLINE;
      if (w.mode() == Criterion.WordMode.PHRASE) {
        q.putObject("match_phrase").putObject(field).put("query", w.text());
      } else {
        q.putObject("match")
            .putObject(field)
            .put("query", w.text())
            .put("operator", w.mode() == Criterion.WordMode.ALL ? "and" : "or");
      }
    } else {
      // every language's text field, each analysed for its language; the best field scores
      ObjectNode m = q.putObject("multi_match");
      m.put("query", w.text());
      ArrayNode fields = m.putArray("fields");
      TextLanguages.textFields().forEach(fields::add);
      if (w.mode() == Criterion.WordMode.PHRASE) {
        m.put("type", "phrase");
      } else {
        m.put("type", "best_fields");
        m.put("operator", w.mode() == Criterion.WordMode.ALL ? "and" : "or");
      }
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
