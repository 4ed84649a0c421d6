package org.nutgraf.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nutgraf.index.TextLanguages;
import org.nutgraf.query.Highlighting;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.query.SortOrder;
import org.nutgraf.search.EntityResolver;
import org.nutgraf.search.InvalidCursorException;
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

  /** How long a point in time is kept between two pages unless the caller says otherwise. */
  public static final String DEFAULT_KEEP_ALIVE = "5m";

  private static final Pattern KEEP_ALIVE = Pattern.compile("[1-9][0-9]{0,6}(ms|s|m|h|d)");

  private final EntityResolver resolver;
  private final boolean exactTotals;
  private final CriterionTranslator criteria;
  private final FacetAggregations facets;
  private final ClusterCursor cursors;
  private final byte[] cursorKey;
  private final Optional<String> pit;
  private final String keepAlive;

  /**
   * A translator resolving country, actor and place names with {@code resolver}. Its requests count
   * matching paragraphs exactly up to 10,000 (OpenSearch's default): above that {@link
   * SearchResult#totalHits()} is 10,000, a lower bound. Use {@link #withExactTotals()} when the
   * caller shows a total. It searches the entity fields at the top level ({@link
   * #withEntityFields}), reads no point in time ({@link #withPointInTime}) and checks cursors with
   * this process's own key ({@link #withCursorKey}).
   */
  public OpenSearchQueryTranslator(EntityResolver resolver) {
    this(
        resolver,
        false,
        EntityFields.topLevel(),
        ClusterCursor.PROCESS_KEY,
        Optional.empty(),
        DEFAULT_KEEP_ALIVE);
  }

  private OpenSearchQueryTranslator(
      EntityResolver resolver,
      boolean exactTotals,
      EntityFields fields,
      byte[] cursorKey,
      Optional<String> pit,
      String keepAlive) {
    this.resolver = resolver;
    this.exactTotals = exactTotals;
    this.criteria = new CriterionTranslator(fields);
    this.facets = new FacetAggregations(criteria);
    this.cursors = new ClusterCursor(cursorKey);
    this.cursorKey = cursorKey;
    this.pit = pit;
    this.keepAlive = keepAlive;
  }

  /**
   * A translator like this one whose requests count every matching paragraph ({@code
   * track_total_hits: true}), which costs the cluster a visit of every match.
   */
  public OpenSearchQueryTranslator withExactTotals() {
    return new OpenSearchQueryTranslator(
        resolver, true, criteria.fields(), cursorKey, pit, keepAlive);
  }

  /**
   * A translator like this one searching the entity fields where {@code fields} puts them: under
   * the {@code target_field} the index's pipeline gives the {@code nutgraf} processor. Read the
   * responses with a reader given the same fields.
   */
  public OpenSearchQueryTranslator withEntityFields(EntityFields fields) {
    return new OpenSearchQueryTranslator(resolver, exactTotals, fields, cursorKey, pit, keepAlive);
  }

  /**
   * A translator like this one that checks cursors with {@code key}, a secret the application
   * keeps; give its reader the same key. By default cursors are signed with a key made when the
   * process starts, so a cursor is refused by every other process; several processes serving one
   * user's pages need one shared key.
   *
   * @throws IllegalArgumentException if the key is shorter than 16 bytes
   */
  public OpenSearchQueryTranslator withCursorKey(byte[] key) {
    new ClusterCursor(key);
    return new OpenSearchQueryTranslator(
        resolver, exactTotals, criteria.fields(), key.clone(), pit, keepAlive);
  }

  /**
   * A translator like this one whose first page reads the point in time {@code pitId} (the {@code
   * pit_id} of {@code POST /<index>/_search/point_in_time?keep_alive=5m}), each request keeping it
   * {@code keepAlive} longer; send its requests to {@link #searchPath}, without the index. The
   * cursors of its pages carry the point in time, so every page of one query reads the index as it
   * was when the point in time was opened: documents indexed or deleted meanwhile neither shift nor
   * repeat hits. Later pages keep it for this translator's {@code keepAlive} ({@value
   * #DEFAULT_KEEP_ALIVE} by default). Grouped queries are paged by offset and read no point in
   * time. Close the point in time ({@code DELETE /_search/point_in_time}) when the reader is done.
   *
   * @throws IllegalArgumentException if {@code pitId} is blank or {@code keepAlive} is not a time
   *     such as 30s, 5m or 1h
   */
  public OpenSearchQueryTranslator withPointInTime(String pitId, String keepAlive) {
    if (pitId.isBlank()) {
      throw new IllegalArgumentException("point in time: the pit_id is blank");
    }
    if (!KEEP_ALIVE.matcher(keepAlive).matches()) {
      throw new IllegalArgumentException(
          "point in time: keep_alive \"" + keepAlive + "\" is not a time such as 30s, 5m or 1h");
    }
    return new OpenSearchQueryTranslator(
        resolver, exactTotals, criteria.fields(), cursorKey, Optional.of(pitId), keepAlive);
  }

  /**
   * The path to send the request of {@code q} to: {@code /_search} when it reads a point in time
   * (given to {@link #withPointInTime}, or carried by {@code q}'s cursor), else {@code
   * /<index>/_search}.
   *
   * @throws InvalidCursorException for a cursor of another query or key
   */
  public String searchPath(NewsQuery q, String index) {
    return pointInTime(q).isPresent() ? "/_search" : "/" + index + "/_search";
  }

  /** The point in time {@code q} reads: its cursor's, else this translator's. */
  private Optional<String> pointInTime(NewsQuery q) {
    if (q.paragraphsPerArticle().isPresent()) {
      return Optional.empty();
    }
    Optional<String> carried = q.after().flatMap(c -> cursors.decode(q, c, Instant.now()).pit());
    return carried.isPresent() ? carried : pit;
  }

  /**
   * The search request body of {@code q}.
   *
   * @throws org.nutgraf.query.UnknownValueException for an unknown country, actor or place
   * @throws InvalidCursorException for a cursor that is malformed, forged, expired, signed with
   *     another key or of another query
   */
  public ObjectNode translate(NewsQuery q) {
    Resolution resolved = Resolution.of(q, resolver);
    Optional<ClusterCursor.Position> at = q.after().map(c -> cursors.decode(q, c, Instant.now()));
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
      at.ifPresent(p -> body.put("from", p.from()));
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
      Optional<String> read = at.flatMap(ClusterCursor.Position::pit).or(() -> pit);
      read.ifPresent(id -> body.putObject("pit").put("id", id).put("keep_alive", keepAlive));
      if (at.isPresent()) {
        body.set(
            "search_after",
            at.get()
                .after()
                .orElseThrow(
                    () -> new InvalidCursorException("invalid cursor: not a cursor of hits")));
      }
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
    return actorLabelsRequest(q, EntityFields.topLevel());
  }

  /** {@link #actorLabelsRequest(NewsQuery)} on the actor fields where {@code fields} puts them. */
  public static ObjectNode actorLabelsRequest(NewsQuery q, EntityFields fields) {
    return ActorLookup.request(ActorLookup.keys(q), true, fields);
  }

  /**
   * The body of a search request that fetches the labels of the actors {@code keys}, for {@link
   * OpenSearchResponseReader#actorLabels}: the actors a response counts ({@link
   * OpenSearchResponseReader#actorKeys}), to be named as the embedded index names them (its
   * preferred form across the index) when the response is read.
   */
  public static ObjectNode actorKeyLabelsRequest(Collection<String> keys) {
    return actorKeyLabelsRequest(keys, EntityFields.topLevel());
  }

  /**
   * {@link #actorKeyLabelsRequest(Collection)} on the actor fields where {@code fields} puts them.
   */
  public static ObjectNode actorKeyLabelsRequest(Collection<String> keys, EntityFields fields) {
    return ActorLookup.request(keys, false, fields);
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
