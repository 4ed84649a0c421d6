package org.nutgraf.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Base64;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.search.Cursors;
import org.nutgraf.search.InvalidCursorException;

/**
 * Paging cursors for a cluster: the {@code sort} values of a page's last hit (OpenSearch's {@code
 * search_after}) and a hash of the query they belong to, base64url JSON. Unlike the embedded
 * index's cursors they are not signed: the cluster holds no secret of Nutgraf's, and a forged
 * cursor only moves the page.
 */
final class ClusterCursor {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int VERSION = 1;

  private ClusterCursor() {}

  static String encode(NewsQuery q, JsonNode sortValues) {
    ObjectNode c = JSON.createObjectNode();
    c.put("v", VERSION).put("q", Cursors.queryHash(q)).set("after", sortValues);
    return write(c);
  }

  /** The cursor of the page of a grouped query that starts at article {@code offset}. */
  static String encodeOffset(NewsQuery q, int offset) {
    ObjectNode c = JSON.createObjectNode();
    c.put("v", VERSION).put("q", Cursors.queryHash(q)).put("from", offset);
    return write(c);
  }

  private static String write(ObjectNode c) {
    try {
      return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(c));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The {@code search_after} values of a cursor.
   *
   * @throws InvalidCursorException if it is malformed or belongs to another query
   */
  static ArrayNode decode(NewsQuery q, String cursor) {
    if (!(read(q, cursor).get("after") instanceof ArrayNode a)) {
      throw new InvalidCursorException("malformed cursor: not a Nutgraf cluster cursor");
    }
    return a;
  }

  /**
   * The article offset of a grouped query's cursor.
   *
   * @throws InvalidCursorException if it is malformed or belongs to another query
   */
  static int decodeOffset(NewsQuery q, String cursor) {
    JsonNode from = read(q, cursor).get("from");
    if (from == null || !from.canConvertToInt() || from.asInt() < 0) {
      throw new InvalidCursorException("malformed cursor: not a Nutgraf cluster cursor");
    }
    return from.asInt();
  }

  private static JsonNode read(NewsQuery q, String cursor) {
    JsonNode c;
    try {
      c = JSON.readTree(Base64.getUrlDecoder().decode(cursor.strip()));
    } catch (IllegalArgumentException | IOException e) {
      throw new InvalidCursorException("malformed cursor: not a Nutgraf cluster cursor");
    }
    if (c == null || c.path("v").asInt() != VERSION) {
      throw new InvalidCursorException("malformed cursor: not a Nutgraf cluster cursor");
    }
    JsonNode hash = c.path("q");
    if (!hash.isIntegralNumber() || hash.asLong() != Cursors.queryHash(q)) {
      throw new InvalidCursorException("invalid cursor: it belongs to another query");
    }
    return c;
  }
}
