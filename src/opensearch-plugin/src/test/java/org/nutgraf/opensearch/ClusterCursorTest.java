package org.nutgraf.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.search.CursorSeal;
import org.nutgraf.search.Cursors;
import org.nutgraf.search.InvalidCursorException;

class ClusterCursorTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  private static final byte[] KEY = "the desk's own cursor secret".getBytes(StandardCharsets.UTF_8);
  private final ClusterCursor cursors = new ClusterCursor(KEY);
  private final NewsQuery q = NewsQuery.builder().text("harbour strike").pageSize(20).build();

  private String cursor() throws Exception {
    return cursors.encode(q, Optional.of("pit-7"), JSON.readTree("[3.5, 12, \"b#2\"]"), NOW);
  }

  @Test
  void aCursorGivesBackItsPointInTimeAndPosition() throws Exception {
    ClusterCursor.Position p = cursors.decode(q, cursor(), NOW.plusSeconds(60));
    assertEquals(Optional.of("pit-7"), p.pit());
    assertEquals("b#2", p.after().orElseThrow().path(2).asText());
  }

  @Test
  void aCursorWhoseContentIsChangedIsRefusedByItsSignature() throws Exception {
    String c = cursor();
    String body = new String(Base64.getUrlDecoder().decode(c.substring(0, c.indexOf('.'))));
    String moved = body.replace("b#2", "b#9");
    String forged =
        Base64.getUrlEncoder().withoutPadding().encodeToString(moved.getBytes())
            + c.substring(c.indexOf('.'));
    InvalidCursorException e =
        assertThrows(InvalidCursorException.class, () -> cursors.decode(q, forged, NOW));
    assertTrue(e.getMessage().contains("signature"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void aCursorOfAnotherKeyOrQueryOrNotOursIsRefused() throws Exception {
    String c = cursor();
    ClusterCursor other = new ClusterCursor(new byte[16]);
    assertThrows(InvalidCursorException.class, () -> other.decode(q, c, NOW));
    NewsQuery another = NewsQuery.builder().text("harbour strike").pageSize(10).build();
    InvalidCursorException e =
        assertThrows(InvalidCursorException.class, () -> cursors.decode(another, c, NOW));
    assertTrue(e.getMessage().contains("another query"), e.getMessage());
    // the embedded index's cursors are base64url bytes with no dot
    assertThrows(InvalidCursorException.class, () -> cursors.decode(q, "AQIDBAUGBwgJ", NOW));
    assertThrows(InvalidCursorException.class, () -> cursors.decode(q, "a.b.c", NOW));
  }

  @Test
  void aCursorExpiresADayAfterItWasIssuedAndMayNotComeFromTheFuture() throws Exception {
    String c = cursor();
    Instant later = NOW.plus(ClusterCursor.TIME_TO_LIVE).plus(Duration.ofMinutes(1));
    InvalidCursorException e =
        assertThrows(InvalidCursorException.class, () -> cursors.decode(q, c, later));
    assertTrue(e.getMessage().startsWith("expired cursor"), e.getMessage());
    Instant before = NOW.minus(ClusterCursor.CLOCK_SKEW).minusSeconds(1);
    assertThrows(InvalidCursorException.class, () -> cursors.decode(q, c, before));
  }

  @Test
  void anIssueTimeOutOfRangeIsAnInvalidCursorEvenWhenSignedWithTheKey() {
    // whoever holds the key can sign anything: the issue time is still checked
    CursorSeal seal = new CursorSeal(KEY);
    long hash = Cursors.queryHash(q);
    for (String t : new String[] {"-9223372036854775808", "-1", "1.5", "\"soon\""}) {
      byte[] body =
          ("{\"v\":2,\"q\":" + hash + ",\"t\":" + t + ",\"from\":0}")
              .getBytes(StandardCharsets.UTF_8);
      Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
      String c = b64.encodeToString(body) + "." + b64.encodeToString(seal.sign(body));
      InvalidCursorException e =
          assertThrows(InvalidCursorException.class, () -> cursors.decode(q, c, NOW), "t=" + t);
      assertTrue(e.getMessage().startsWith("invalid cursor"), e.getMessage());
    }
  }

  @Test
  void aKeyShorterThanSixteenBytesIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ClusterCursor(new byte[15]));
  }
}
