package org.nutgraf.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.nutgraf.entity.Actor;
import org.nutgraf.index.NewsSearcher;
import org.nutgraf.query.Criterion;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.NewsQuery;

/**
 * The request that finds, for the actor names a query uses, the index's actors those names can
 * resolve to: an actor whose key is the name's key, or ends with it ("Hernandez" → "juan orlando
 * hernandez"). Only the labels of those actors come back, however many actors the index holds.
 */
final class ActorLookup {
  /** The aggregation of the labels found. */
  static final String LABELS = "actor_labels";

  /**
   * Label forms fetched per aggregation; a name matching more actors than this is ambiguous anyway.
   */
  static final int MAX_LABELS = 1000;

  /** Characters of alternatives per include expression, below the cluster's limit of 1,000. */
  static final int MAX_REGEX = 900;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ActorLookup() {}

  /**
   * The keys ({@link Actor#keyOf}) of every actor name in {@code q}'s conditions and selections.
   */
  static Set<String> keys(NewsQuery q) {
    Set<String> keys = new TreeSet<>();
    collect(q.where(), keys);
    for (String name : q.selections().getOrDefault(Dimension.ACTOR, Set.of())) {
      keys.add(Actor.keyOf(name));
    }
    keys.remove("");
    return keys;
  }

  private static void collect(Criterion c, Set<String> keys) {
    switch (c) {
      case Criterion.Actors a -> a.values().forEach(v -> keys.add(Actor.keyOf(v)));
      case Criterion.And a -> a.all().forEach(x -> collect(x, keys));
      case Criterion.Or o -> o.any().forEach(x -> collect(x, keys));
      case Criterion.Not n -> collect(n.criterion(), keys);
      default -> {}
    }
  }

  /**
   * The search body finding the labels of the actors whose key is one of {@code keys} or, with
   * {@code endings}, ends with one of them, in the actor fields where {@code fields} puts them.
   */
  static ObjectNode request(Collection<String> keys, boolean endings, EntityFields fields) {
    ObjectNode body = JSON.createObjectNode();
    body.put("size", 0);
    ObjectNode bool = body.putObject("query").putObject("bool");
    ArrayNode should = bool.putArray("should");
    bool.put("minimum_should_match", 1);
    ObjectNode aggs = body.putObject("aggs");
    if (keys.isEmpty()) {
      return body;
    }
    ArrayNode exact = should.addObject().putObject("terms").putArray(fields.actors());
    keys.forEach(exact::add);
    List<String> alternatives = new ArrayList<>();
    for (String k : keys) {
      if (endings) {
        should
            .addObject()
            .putObject("wildcard")
            .putObject(fields.actors())
            .put("value", "* " + wildcardLiteral(k));
      }
      alternatives.add((endings ? "(.* )?" : "") + regexLiteral(k));
    }
    // one aggregation per group of keys: a cluster refuses longer expressions
    // (index.max_regex_length, 1,000 characters by default)
    StringBuilder include = new StringBuilder();
    int n = 0;
    for (int i = 0; i < alternatives.size(); i++) {
      include.append(include.isEmpty() ? "" : "|").append(alternatives.get(i));
      boolean last = i == alternatives.size() - 1;
      if (last || include.length() + alternatives.get(i + 1).length() > MAX_REGEX) {
        aggs.putObject(n++ == 0 ? LABELS : LABELS + "_" + n)
            .putObject("terms")
            .put("field", fields.actorLabels())
            .put("size", MAX_LABELS)
            .put("include", "(" + include + ")" + OpenSearchFields.LABEL_SEPARATOR + ".*");
        include.setLength(0);
      }
    }
    return body;
  }

  /**
   * The labels of the aggregations of a lookup response, key → display name; of several name forms
   * of one key, the longer wins, then the one with more accents, as in the embedded index.
   */
  static Map<String, String> labels(JsonNode aggregations) {
    Set<String> forms = new TreeSet<>();
    for (Map.Entry<String, JsonNode> agg : aggregations.properties()) {
      if (agg.getKey().startsWith(LABELS)) {
        for (JsonNode b : agg.getValue().path("buckets")) {
          forms.add(b.path("key").asText());
        }
      }
    }
    Map<String, String> labels = new TreeMap<>();
    for (String v : forms) {
      int sep = v.indexOf(OpenSearchFields.LABEL_SEPARATOR);
      if (sep > 0) {
        labels.merge(v.substring(0, sep), v.substring(sep + 1), NewsSearcher::preferLabel);
      }
    }
    return labels;
  }

  /** {@code s} matched literally by a Lucene regular expression. */
  static String regexLiteral(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != ' ') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static String wildcardLiteral(String s) {
    return s.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
  }
}
