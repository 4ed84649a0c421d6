package org.nutgraf.search;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The seal and time rules every Nutgraf paging cursor shares, whatever its wire format (the
 * embedded index's binary {@link Cursors}, the OpenSearch plugin's JSON cursors): a seal is the
 * first {@link #SEAL_BYTES} bytes of an HMAC-SHA256 of the cursor's body with a secret key,
 * compared in constant time; a cursor lives {@link #TIME_TO_LIVE} (24 hours) from its issue time,
 * and one issued more than {@link #CLOCK_SKEW} (5 minutes) in the future is refused. Thread-safe.
 */
public final class CursorSeal {
  /** How long a cursor stays valid after it was issued: 24 hours. */
  public static final Duration TIME_TO_LIVE = Duration.ofHours(24);

  /** How far into the future a cursor's issue time may lie (clocks of two hosts differ): 5 min. */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  /** The length of a seal: 16 bytes, the first of the HMAC-SHA256. */
  public static final int SEAL_BYTES = 16;

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;
  private final ThreadLocal<Mac> macs;

  /**
   * Seals made with {@code key} (copied; later changes to the array do not matter).
   *
   * @throws IllegalArgumentException if the key is empty
   */
  public CursorSeal(byte[] key) {
    if (key.length == 0) {
      throw new IllegalArgumentException("cursor key: empty");
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    this.macs =
        ThreadLocal.withInitial(
            () -> {
              try {
                Mac mac = Mac.getInstance(ALGORITHM);
                mac.init(this.key);
                return mac;
              } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
              }
            });
  }

  /** The seal of {@code body}: {@link #SEAL_BYTES} bytes, the same for the same key and body. */
  public byte[] sign(byte[] body) {
    return Arrays.copyOf(macs.get().doFinal(body), SEAL_BYTES);
  }

  /**
   * Whether {@code seal} is the seal of {@code body} with this key, compared in constant time (a
   * seal of another length never matches). The caller words the refusal, since it knows what a
   * mismatch means for its cursors.
   */
  public boolean verify(byte[] body, byte[] seal) {
    return MessageDigest.isEqual(seal, sign(body));
  }

  /**
   * The issue time of a cursor whose seal matched, checked against {@code now}.
   *
   * @param epochSecond the issue time the cursor carries, in seconds since the epoch
   * @throws InvalidCursorException "invalid cursor: issued in the future …" if it is negative or
   *     later than {@code now} plus {@link #CLOCK_SKEW}; "expired cursor: …" if it is more than
   *     {@link #TIME_TO_LIVE} before {@code now}
   */
  public static Instant checkIssued(long epochSecond, Instant now) {
    Instant latest = now.plus(CLOCK_SKEW);
    if (epochSecond < 0 || epochSecond > latest.getEpochSecond()) {
      throw new InvalidCursorException(
          "invalid cursor: issued in the future (after " + latest + "); run the query again");
    }
    Instant issued = Instant.ofEpochSecond(epochSecond);
    if (issued.plus(TIME_TO_LIVE).isBefore(now)) {
      throw new InvalidCursorException(
          "expired cursor: issued "
              + issued
              + ", cursors last "
              + TIME_TO_LIVE.toHours()
              + " hours; run the query again");
    }
    return issued;
  }
}
