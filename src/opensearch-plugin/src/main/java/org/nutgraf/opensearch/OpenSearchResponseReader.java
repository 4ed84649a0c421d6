package org.nutgraf.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.FacetRequest;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.search.ArticleHit;
import org.nutgraf.search.CooccurrenceTable;
import org.nutgraf.search.DateBucket;
import org.nutgraf.search.EntityResolver;
import org.nutgraf.search.FacetResult;
import org.nutgraf.search.Hit;
import org.nutgraf.search.Resolution;
import org.nutgraf.search.SearchResult;

/**
 * Reads the response to a request of {@link OpenSearchQueryTranslator} into a {@link SearchResult},
 * as the embedded index would have answered: the page's hits, the cursor of the next page, facets
 * ranked by count then label, dates and co-occurrence.
 *
 * <pre>{@code
 * SearchResult r = new OpenSearchResponseReader(resolver).read(query, responseJson);
 * }</pre>
 */
public final class OpenSearchResponseReader {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final EntityResolver resolver;
  private final FacetReader facets;
  private final EntityFields fields;
  private final ClusterCursor cursors;
  private final byte[] cursorKey;

  /**
   * A reader resolving the query's selected names and labelling countries and actors with {@code
   * resolver}, the one its request was translated with; it reads the entity fields at the top level
   * ({@link #withEntityFields}) and signs cursors with this process's own key ({@link
   * #withCursorKey}).
   */
  public OpenSearchResponseReader(EntityResolver resolver) {
    this(resolver, EntityFields.topLevel(), ClusterCursor.PROCESS_KEY);
  }

  private OpenSearchResponseReader(EntityResolver resolver, EntityFields fields, byte[] key) {
    this.resolver = resolver;
    this.facets = new FacetReader(resolver);
    this.fields = fields;
    this.cursors = new ClusterCursor(key);
    this.cursorKey = key;
  }

  /**
   * A reader like this one reading the entity fields of hits where {@code fields} puts them, as the
   * translator of the request ({@link OpenSearchQueryTranslator#withEntityFields}).
   */
  public OpenSearchResponseReader withEntityFields(EntityFields fields) {
    return new OpenSearchResponseReader(resolver, fields, cursorKey);
  }

  /**
   * A reader like this one signing the cursors of next pages with {@code key}, the key of the
   * translator that will read them ({@link OpenSearchQueryTranslator#withCursorKey}).
   *
   * @throws IllegalArgumentException if the key is shorter than 16 bytes
   */
  public OpenSearchResponseReader withCursorKey(byte[] key) {
    return new OpenSearchResponseReader(resolver, fields, key.clone());
  }

  /**
   * The result of {@code q} from the response body {@code json}.
   *
   * @throws IllegalArgumentException if {@code json} is not JSON
   */
  public SearchResult read(NewsQuery q, String json) {
    return read(q, parse(json));
  }

  /** The result of {@code q} from a parsed response body. */
  public SearchResult read(NewsQuery q, JsonNode response) {
    JsonNode page = response.path("hits").path("hits");
    JsonNode aggs = response.path("aggregations");
    List<Hit> hits = new ArrayList<>();
    List<ArticleHit> articles = new ArrayList<>();
    OptionalLong totalArticles = OptionalLong.empty();
    Optional<String> next = Optional.empty();
    boolean more = q.pageSize() > 0 && page.size() > q.pageSize();
    Instant now = Instant.now();
    if (q.paragraphsPerArticle().isPresent()) {
      for (int i = 0; i < page.size() && i < q.pageSize(); i++) {
        articles.add(article(q, page.get(i)));
      }
      totalArticles =
          OptionalLong.of(aggs.path(OpenSearchQueryTranslator.ARTICLES).path("value").asLong());
      if (more) {
        int from = q.after().map(c -> cursors.decode(q, c, now).from()).orElse(0);
        next = Optional.of(cursors.encodeOffset(q, from + q.pageSize(), now));
      }
    } else {
      for (int i = 0; i < page.size() && i < q.pageSize(); i++) {
        hits.add(HitReader.read(page.get(i), q, fields));
      }
      if (more) {
        // the newest id of the point in time the page was read from, for the next page
        JsonNode pit = response.path("pit_id");
        next =
            Optional.of(
                cursors.encode(
                    q,
                    pit.isTextual() ? Optional.of(pit.asText()) : Optional.empty(),
                    page.get(q.pageSize() - 1).path("sort"),
                    now));
      }
    }
    List<FacetResult> results = new ArrayList<>();
    if (!q.facets().isEmpty()) {
      Resolution resolved = Resolution.of(q, resolver);
      for (FacetRequest req : q.facets()) {
        JsonNode agg = aggs.path(FacetAggregations.FACET + req.dimension().fieldName());
        results.add(facets.facet(req, agg, resolved.facetKeys(req.dimension())));
      }
    }
    Optional<List<DateBucket>> dates =
        q.dateFacet().map(df -> FacetReader.dates(df, aggs.path(FacetAggregations.DATES)));
    Optional<CooccurrenceTable> cooccurrence =
        q.cooccurrence()
            ? Optional.of(facets.cooccurrence(aggs.path(FacetAggregations.COOCCURRENCE)))
            : Optional.empty();
    long total = response.path("hits").path("total").path("value").asLong();
    return new SearchResult(
        total, totalArticles, hits, articles, next, results, dates, cooccurrence);
  }

  /** One collapsed hit: an article with its best paragraphs (the inner hits). */
  private ArticleHit article(NewsQuery q, JsonNode hit) {
    JsonNode inner = hit.path("inner_hits").path(OpenSearchQueryTranslator.PARAGRAPHS).path("hits");
    List<Hit> paragraphs = new ArrayList<>();
    for (JsonNode p : inner.path("hits")) {
      paragraphs.add(HitReader.read(p, q, fields));
    }
    String headline = paragraphs.isEmpty() ? "" : paragraphs.get(0).headline();
    return new ArticleHit(
        hit.path("_source").path(OpenSearchFields.ARTICLE).asText(),
        headline,
        inner.path("total").path("value").asLong(),
        paragraphs);
  }

  /**
   * The actors of an index a query's names can resolve to, key → display name, from the response to
   * {@link OpenSearchQueryTranslator#actorLabelsRequest}; of several name forms of one key, the
   * longer wins, then the one with more accents, as in the embedded index.
   */
  public static Map<String, String> actorLabels(String json) {
    return ActorLookup.labels(parse(json).path("aggregations"));
  }

  /**
   * The actor keys a response counts (the actor facet and the co-occurrence table; the actors the
   * query selects are among those its names resolved to), whose labels {@link
   * OpenSearchQueryTranslator#actorKeyLabelsRequest} fetches before the response is read.
   *
   * @throws IllegalArgumentException if {@code json} is not JSON
   */
  public static Set<String> actorKeys(String json) {
    JsonNode aggs = parse(json).path("aggregations");
    Set<String> keys = new TreeSet<>();
    List<JsonNode> terms =
        List.of(
            aggs.path(FacetAggregations.FACET + Dimension.ACTOR.fieldName()).path("values"),
            aggs.path(FacetAggregations.COOCCURRENCE).path("actors"));
    for (JsonNode t : terms) {
      for (JsonNode b : t.path("buckets")) {
        keys.add(b.path("key").asText());
      }
    }
    return keys;
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON search response: " + e.getOriginalMessage());
    }
  }
}
