package org.nutgraf.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import org.nutgraf.index.TextLanguages;
import org.nutgraf.query.Highlighting;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.query.SortOrder;
import org.nutgraf.search.EntityResolver;
import org.nutgraf.search.Resolution;
import org.nutgraf.search.SearchResult;

/**
 * Translates a {@link NewsQuery} into the body of an OpenSearch {@code _search} request on an index
 * laid out by {@link OpenSearchSchema}: conditions become the {@code query}, facet selections the
 * {@code post_filter}, facets filtered terms aggregations (multi-select), the sort order a sort
 * ending with the paragraph id, a cursor {@code search_after}, highlighting a unified highlighter
 * on the text. Read the response with {@link OpenSearchResponseReader}.
 *
 * <pre>{@code
 * OpenSearchQueryTranslator translator = new OpenSearchQueryTranslator(resolver);
 * String body = translator.toJson(NewsQuery.parse("caravan country:Honduras"));
 * }</pre>
 *
 * <p>Grouping by article ({@link NewsQuery#paragraphsPerArticle()}) becomes a {@code collapse} on
 * the article with its best paragraphs as inner hits, paged by offset (at most {@code
 * index.max_result_window} articles deep, 10,000 by default), and a cardinality aggregation counts
 * the articles: exact up to 40,000 articles, approximate above.
 */
public final class OpenSearchQueryTranslator {
  /** The inner hits of a grouped query and the aggregation counting its articles. */
  static final String PARAGRAPHS = "nutgraf_paragraphs";

  static final String ARTICLES = "nutgraf_articles";

  /**
   * Marks a query term in highlight fragments; the reader turns marks into spans. Private-use
   * characters, not control characters: OpenSearch trims each fragment ({@code String.trim()} drops
   * every character up to U+0020 at both ends), which would drop the mark of a fragment that starts
   * or ends with a match.
   */
  static final String MARK_OPEN = "\uE000";

  static final String MARK_CLOSE = "\uE001";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final EntityResolver resolver;
  private final boolean exactTotals;
  private final CriterionTranslator criteria = new CriterionTranslator();
  private final FacetAggregations facets = new FacetAggregations(criteria);

  /**
   * A translator resolving country, actor and place names with {@code resolver}. Its requests count
   * matching paragraphs exactly up to 10,000 (OpenSearch's default): above that {@link
   * SearchResult#totalHits()} is 10,000, a lower bound. Use {@link #withExactTotals()} when the
   * caller shows a total.
   */
  public OpenSearchQueryTranslator(EntityResolver resolver) {
    this(resolver, false);
  }

  private OpenSearchQueryTranslator(EntityResolver resolver, boolean exactTotals) {
    this.resolver = resolver;
    this.exactTotals = exactTotals;
  }

  /**
   * A translator like this one whose requests count every matching paragraph ({@code
   * track_total_hits: true}), which costs the cluster a visit of every match.
   */
  public OpenSearchQueryTranslator withExactTotals() {
    return new OpenSearchQueryTranslator(resolver, true);
  }

  /**
   * The search request body of {@code q}.
   *
   * @throws org.nutgraf.query.UnknownValueException for an unknown country, actor or place
   * @throws org.nutgraf.search.InvalidCursorException for a cursor of another query or backend
   */
  public ObjectNode translate(NewsQuery q) {
    Resolution resolved = Resolution.of(q, resolver);
    ObjectNode body = JSON.createObjectNode();
    body.put("size", q.pageSize() == 0 ? 0 : q.pageSize() + 1);
    if (exactTotals) {
      body.put("track_total_hits", true);
    }
    body.set("query", criteria.query(resolved.where()));
    if (!resolved.selections().isEmpty()) {
      ObjectNode bool = JSON.createObjectNode();
      ArrayNode filter = bool.putObject("bool").putArray("filter");
      resolved.selections().forEach((d, keys) -> filter.add(criteria.selection(d, keys)));
      body.set("post_filter", bool);
    }
    body.set("sort", sort(q.sort()));
    q.highlighting().ifPresent(h -> body.set("highlight", highlight(h)));
    ObjectNode aggs = facets.build(q, resolved);
    if (q.paragraphsPerArticle().isPresent()) {
      q.after().ifPresent(c -> body.put("from", ClusterCursor.decodeOffset(q, c)));
      ObjectNode inner =
          body.putObject("collapse")
              .put("field", OpenSearchFields.ARTICLE)
              .putObject("inner_hits")
              .put("name", PARAGRAPHS)
              .put("size", q.paragraphsPerArticle().getAsInt());
      inner.set("sort", sort(q.sort()));
      q.highlighting().ifPresent(h -> inner.set("highlight", highlight(h)));
      aggs.putObject(ARTICLES)
          .putObject("cardinality")
          .put("field", OpenSearchFields.ARTICLE)
          .put("precision_threshold", 40_000);
    } else {
      q.after().ifPresent(c -> body.set("search_after", ClusterCursor.decode(q, c)));
    }
    if (!aggs.isEmpty()) {
      body.set("aggs", aggs);
    }
    return body;
  }

  /** {@link #translate} as a JSON string. */
  public String toJson(NewsQuery q) {
    try {
      return JSON.writeValueAsString(translate(q));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The body of a search request that finds the index's actors the actor names of {@code q} can
   * resolve to, for {@link OpenSearchResponseReader#actorLabels}: a terms query on the actor keys
   * for the names as given and a wildcard query for actors whose key ends with one of them (a
   * surname), fetching only those actors' labels (at most 1,000), however many actors the index
   * holds. Make the resolver of {@code q} from them; a query naming no actor needs no request.
   */
  public static ObjectNode actorLabelsRequest(NewsQuery q) {
    return ActorLookup.request(ActorLookup.keys(q), true);
  }

  /**
   * The body of a search request that fetches the labels of the actors {@code keys}, for {@link
   * OpenSearchResponseReader#actorLabels}: the actors a response counts ({@link
   * OpenSearchResponseReader#actorKeys}), to be named as the embedded index names them (its
   * preferred form across the index) when the response is read.
   */
  public static ObjectNode actorKeyLabelsRequest(Collection<String> keys) {
    return ActorLookup.request(keys, false);
  }

  /** Whether {@code q} names any actor, so that {@link #actorLabelsRequest} is needed. */
  public static boolean namesActors(NewsQuery q) {
    return !ActorLookup.keys(q).isEmpty();
  }

  /** Every order ends with the paragraph id, so pages are stable and cursors exact. */
  static ArrayNode sort(SortOrder order) {
    ArrayNode sort = JSON.createArrayNode();
    switch (order) {
      case RELEVANCE -> {
        sort.addObject().put("_score", "desc");
        sort.addObject()
            .putObject(OpenSearchFields.PUBLISHED)
            .put("order", "desc")
            .put("missing", "_last");
      }
      case NEWEST ->
          sort.addObject()
              .putObject(OpenSearchFields.PUBLISHED)
              .put("order", "desc")
              .put("missing", "_last");
      case OLDEST ->
          sort.addObject()
              .putObject(OpenSearchFields.PUBLISHED)
              .put("order", "asc")
              .put("missing", "_last");
    }
    sort.addObject().put(OpenSearchFields.ID, "asc");
    return sort;
  }

  /** Highlights of every text field: a hit's reader takes its language's field. */
  private static ObjectNode highlight(Highlighting h) {
    ObjectNode hl = JSON.createObjectNode();
    ObjectNode fields = hl.putObject("fields");
    for (String field : TextLanguages.textFields()) {
      ObjectNode text = fields.putObject(field);
      text.put("type", "unified")
          .put("number_of_fragments", 1)
          .put("fragment_size", h.maxChars())
          .put("no_match_size", h.maxChars());
      text.putArray("pre_tags").add(MARK_OPEN);
      text.putArray("post_tags").add(MARK_CLOSE);
    }
    return hl;
  }
}
