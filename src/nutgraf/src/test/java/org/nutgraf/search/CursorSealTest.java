package org.nutgraf.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The seal and time rules both cursor formats share. */
class CursorSealTest {
  private static final Instant NOW = Instant.parse("2026-04-10T08:30:00Z");
  private static final byte[] KEY = "a newsroom's cursor secret".getBytes(StandardCharsets.UTF_8);
  private static final byte[] BODY = "page 3 of the ferry query".getBytes(StandardCharsets.UTF_8);

  private final CursorSeal seal = new CursorSeal(KEY);

  @Test
  void aSealIsTheFirstSixteenBytesOfTheHmacSha256OfTheBody() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
    byte[] expected = Arrays.copyOf(mac.doFinal(BODY), 16);
    assertArrayEquals(expected, seal.sign(BODY));
    assertEquals(16, CursorSeal.SEAL_BYTES);
  }

  @Test
  void theSameKeyAndBodyGiveTheSameSealInAnotherInstance() {
    assertArrayEquals(seal.sign(BODY), new CursorSeal(KEY).sign(BODY));
  }

  @Test
  void changingTheKeyArrayAfterwardsDoesNotChangeTheSeal() {
    byte[] key = KEY.clone();
    CursorSeal s = new CursorSeal(key);
    key[0] ^= 1;
    assertArrayEquals(seal.sign(BODY), s.sign(BODY));
  }

  @Test
  void aSealVerifiesItsOwnBodyOnly() {
    byte[] sig = seal.sign(BODY);
    assertTrue(seal.verify(BODY, sig));
    byte[] changed = BODY.clone();
    changed[changed.length - 1] ^= 1;
    assertFalse(seal.verify(changed, sig), "one changed bit in the body");
    byte[] flipped = sig.clone();
    flipped[0] ^= 1;
    assertFalse(seal.verify(BODY, flipped), "one changed bit in the seal");
  }

  @Test
  void aSealOfAnotherKeyOrAnotherLengthDoesNotVerify() {
    CursorSeal other = new CursorSeal("another secret".getBytes(StandardCharsets.UTF_8));
    assertFalse(seal.verify(BODY, other.sign(BODY)));
    byte[] sig = seal.sign(BODY);
    assertFalse(seal.verify(BODY, Arrays.copyOf(sig, 15)), "a shortened seal");
    assertFalse(seal.verify(BODY, Arrays.copyOf(sig, 17)), "a lengthened seal");
    assertFalse(seal.verify(BODY, new byte[0]), "no seal at all");
  }

  @Test
  void anEmptyKeyIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new CursorSeal(new byte[0]));
  }

  @Test
  void theDefaultsAreADayOfLifeAndFiveMinutesOfClockSkew() {
    assertEquals(Duration.ofHours(24), CursorSeal.TIME_TO_LIVE);
    assertEquals(Duration.ofMinutes(5), CursorSeal.CLOCK_SKEW);
  }

  @Test
  void aCursorIsValidFromItsIssueUntilExactlyADayLater() {
    long issued = NOW.getEpochSecond();
    assertEquals(NOW, CursorSeal.checkIssued(issued, NOW));
    assertEquals(NOW, CursorSeal.checkIssued(issued, NOW.plus(Duration.ofHours(24))));
    InvalidCursorException e =
        assertThrows(
            InvalidCursorException.class,
            () -> CursorSeal.checkIssued(issued, NOW.plus(Duration.ofHours(24)).plusSeconds(1)));
    assertTrue(e.getMessage().startsWith("expired cursor: issued " + NOW), e.getMessage());
    assertTrue(e.getMessage().contains("24 hours"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void anIssueTimeWithinTheClockSkewIsAcceptedAndOneBeyondItIsRefused() {
    Instant edge = NOW.plus(Duration.ofMinutes(5));
    assertEquals(edge, CursorSeal.checkIssued(edge.getEpochSecond(), NOW));
    InvalidCursorException e =
        assertThrows(
            InvalidCursorException.class,
            () -> CursorSeal.checkIssued(edge.getEpochSecond() + 1, NOW));
    assertTrue(e.getMessage().startsWith("invalid cursor: issued in the future"), e.getMessage());
    assertTrue(e.getMessage().endsWith("run the query again"), e.getMessage());
  }

  @Test
  void anIssueTimeOutOfRangeIsAnInvalidCursorNotAnotherError() {
    for (long t : new long[] {-1, Long.MIN_VALUE, Long.MAX_VALUE}) {
      assertThrows(InvalidCursorException.class, () -> CursorSeal.checkIssued(t, NOW), "t=" + t);
    }
  }
}
