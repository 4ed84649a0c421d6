package org.nutgraf.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.search.CursorSeal;
import org.nutgraf.search.Cursors;
import org.nutgraf.search.InvalidCursorException;

/**
 * Paging cursors for a cluster, signed as the embedded index signs its own: the position (the
 * {@code sort} values of a page's last hit for {@code search_after}, or the next article offset of
 * a grouped query), the point in time the pages are read from when there is one, a hash of the
 * query they belong to and their issue time, as base64url JSON, a dot, and an HMAC-SHA256 of that
 * JSON (its first 16 bytes, base64url) with the caller's key, sealed and timed by the library's
 * {@link CursorSeal}. A cursor is refused when its signature does not match (forged, or signed with
 * another key), when it belongs to another query, 24 hours after it was issued, and when it is
 * dated more than 5 minutes into the future.
 */
final class ClusterCursor {
  /** How long a cursor stays valid, as the embedded index's: {@link CursorSeal#TIME_TO_LIVE}. */
  static final Duration TIME_TO_LIVE = CursorSeal.TIME_TO_LIVE;

  /** How far into the future a cursor's issue time may lie: {@link CursorSeal#CLOCK_SKEW}. */
  static final Duration CLOCK_SKEW = CursorSeal.CLOCK_SKEW;

  /** The shortest key accepted, in bytes. */
  static final int MIN_KEY_BYTES = 16;

  /** A key made when this process starts: cursors of one process, refused by every other. */
  static final byte[] PROCESS_KEY = randomKey();

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int VERSION = 2;
  private static final String NOT_OURS = "malformed cursor: not a Nutgraf cluster cursor";

  /** What a cursor holds: a point in time, and {@code search_after} values or an offset. */
  record Position(Optional<String> pit, Optional<ArrayNode> after, int from) {}

  private final CursorSeal seal;

  /**
   * Cursors signed with {@code key}.
   *
   * @throws IllegalArgumentException if the key is shorter than 16 bytes
   */
  ClusterCursor(byte[] key) {
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "cursor key: " + key.length + " bytes, at least " + MIN_KEY_BYTES + " wanted");
    }
    this.seal = new CursorSeal(key);
  }

  /** The cursor of the page after the hit with {@code sortValues}, read from {@code pit}. */
  String encode(NewsQuery q, Optional<String> pit, JsonNode sortValues, Instant now) {
    ObjectNode c = head(q, now);
    pit.ifPresent(p -> c.put("pit", p));
    c.set("after", sortValues);
    return sign(c);
  }

  /** The cursor of the page of a grouped query that starts at article {@code offset}. */
  String encodeOffset(NewsQuery q, int offset, Instant now) {
    return sign(head(q, now).put("from", offset));
  }

  private static byte[] randomKey() {
    byte[] k = new byte[32];
    new SecureRandom().nextBytes(k);
    return k;
  }

  private static ObjectNode head(NewsQuery q, Instant now) {
    ObjectNode c = JSON.createObjectNode();
    c.put("v", VERSION).put("q", Cursors.queryHash(q)).put("t", now.getEpochSecond());
    return c;
  }

  private String sign(ObjectNode c) {
    try {
      byte[] body = JSON.writeValueAsBytes(c);
      Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
      return b64.encodeToString(body) + "." + b64.encodeToString(seal.sign(body));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The position in a cursor of {@code q}.
   *
   * @throws InvalidCursorException if it is malformed, forged, expired or of another query
   */
  Position decode(NewsQuery q, String cursor, Instant now) {
    JsonNode c = verify(cursor.strip());
    if (c.path("v").asInt() != VERSION) {
      throw new InvalidCursorException("invalid cursor: written by another Nutgraf version");
    }
    JsonNode hash = c.path("q");
    if (!hash.isIntegralNumber() || hash.asLong() != Cursors.queryHash(q)) {
      throw new InvalidCursorException("invalid cursor: it belongs to another query");
    }
    JsonNode t = c.path("t");
    if (!t.canConvertToLong() || !t.isIntegralNumber()) {
      throw new InvalidCursorException("invalid cursor: its issue time is not a number");
    }
    CursorSeal.checkIssued(t.asLong(), now);
    JsonNode pit = c.path("pit");
    JsonNode from = c.path("from");
    if (!pit.isMissingNode() && !pit.isTextual()
        || !from.isMissingNode() && (!from.canConvertToInt() || from.asInt() < 0)) {
      throw new InvalidCursorException("invalid cursor: a position out of range");
    }
    return new Position(
        pit.isTextual() ? Optional.of(pit.asText()) : Optional.empty(),
        c.get("after") instanceof ArrayNode a ? Optional.of(a) : Optional.empty(),
        from.asInt(0));
  }

  /** The JSON of a cursor whose signature matches; refused before anything in it is read. */
  private JsonNode verify(String cursor) {
    int dot = cursor.indexOf('.');
    if (dot <= 0 || dot != cursor.lastIndexOf('.')) {
      throw new InvalidCursorException(NOT_OURS);
    }
    byte[] body;
    byte[] sig;
    try {
      body = Base64.getUrlDecoder().decode(cursor.substring(0, dot));
      sig = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      throw new InvalidCursorException(NOT_OURS);
    }
    if (!seal.verify(body, sig)) {
      throw new InvalidCursorException(
          "invalid cursor: its signature does not match (forged, or signed with another key)");
    }
    try {
      JsonNode c = JSON.readTree(body);
      if (c == null || !c.isObject()) {
        throw new InvalidCursorException(NOT_OURS);
      }
      return c;
    } catch (IOException e) {
      throw new InvalidCursorException(NOT_OURS);
    }
  }
}
