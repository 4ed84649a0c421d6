package org.nutgraf.search;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;
import org.nutgraf.query.NewsQuery;

/**
 * Writes and checks paging cursors: the sort values of the last hit of a page (or the next group
 * offset), the query they belong to and when they were issued, signed with the index's own key so
 * that a cursor cannot be forged or used with another query. Cursors expire after {@link
 * #TIME_TO_LIVE}; one dated more than {@link #CLOCK_SKEW} into the future is refused, and every
 * field is range-checked after the signature, so that a cursor signed with a stolen key still fails
 * as an {@link InvalidCursorException}, never as another error.
 */
public final class Cursors {
  /** How long a cursor stays valid: {@link CursorSeal#TIME_TO_LIVE}. */
  static final Duration TIME_TO_LIVE = CursorSeal.TIME_TO_LIVE;

  /** How far into the future a cursor's issue time may lie: {@link CursorSeal#CLOCK_SKEW}. */
  static final Duration CLOCK_SKEW = CursorSeal.CLOCK_SKEW;

  /** More sort values than any sort of a query has. */
  private static final int MAX_SORT_FIELDS = 8;

  private static final byte VERSION = 1;
  private static final int MAC_BYTES = CursorSeal.SEAL_BYTES;

  private final CursorSeal seal;

  /**
   * Cursors signed with {@code key} (the index's own secret).
   *
   * @throws IllegalArgumentException if the key is empty
   */
  public Cursors(byte[] key) {
    this.seal = new CursorSeal(key);
  }

  /**
   * A hash of what determines a query's hit order (its conditions, selections, sort, grouping and
   * page size), the same in every process: a cursor carries it so that it is refused with another
   * query.
   */
  public static long queryHash(NewsQuery q) {
    String s =
        q.where()
            + "|"
            + q.selections()
            + "|"
            + q.sort()
            + "|"
            + q.paragraphsPerArticle()
            + "|"
            + q.pageSize();
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      long h = 0;
      for (int i = 0; i < 8; i++) {
        h = (h << 8) | (d[i] & 0xff);
      }
      return h;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The position a cursor holds. */
  record Position(FieldDoc after, int groupOffset) {}

  String encode(long queryHash, FieldDoc after, int groupOffset, Instant now) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeLong(queryHash);
      out.writeLong(now.getEpochSecond());
      out.writeInt(groupOffset);
      Object[] fields = after == null ? new Object[0] : after.fields;
      out.writeInt(after == null ? -1 : after.doc);
      out.writeFloat(after == null ? 0 : after.score);
      out.writeByte(fields.length);
      for (Object f : fields) {
        if (f instanceof Float x) {
          out.writeByte('f');
          out.writeFloat(x);
        } else if (f instanceof Long x) {
          out.writeByte('l');
          out.writeLong(x);
        } else if (f instanceof BytesRef x) {
          out.writeByte('b');
          out.writeUTF(x.utf8ToString());
        } else if (f == null) {
          out.writeByte('n');
        } else {
          throw new IllegalStateException("unexpected sort value " + f.getClass());
        }
      }
      out.write(seal.sign(bytes.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
  }

  /**
   * The position in a cursor.
   *
   * @throws InvalidCursorException if it is malformed, forged, expired, or of another query
   */
  Position decode(String cursor, long queryHash, Instant now) {
    byte[] all;
    try {
      all = Base64.getUrlDecoder().decode(cursor.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidCursorException("malformed cursor: not base64url");
    }
    if (all.length < MAC_BYTES + 30) {
      throw new InvalidCursorException("malformed cursor: too short");
    }
    byte[] body = Arrays.copyOf(all, all.length - MAC_BYTES);
    byte[] sig = Arrays.copyOfRange(all, all.length - MAC_BYTES, all.length);
    if (!seal.verify(body, sig)) {
      throw new InvalidCursorException(
          "invalid cursor: its signature does not match this index (forged or from another index)");
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(body))) {
      if (in.readByte() != VERSION) {
        throw new InvalidCursorException("invalid cursor: written by another Nutgraf version");
      }
      if (in.readLong() != queryHash) {
        throw new InvalidCursorException("invalid cursor: it belongs to another query");
      }
      CursorSeal.checkIssued(in.readLong(), now);
      int groupOffset = in.readInt();
      int doc = in.readInt();
      float score = in.readFloat();
      int n = in.readByte();
      if (groupOffset < 0 || doc < -1 || n < 0 || n > MAX_SORT_FIELDS) {
        throw new InvalidCursorException("invalid cursor: a position out of range");
      }
      if (doc < 0) {
        requireEnd(in);
        return new Position(null, groupOffset);
      }
      Object[] fields = new Object[n];
      for (int i = 0; i < n; i++) {
        fields[i] =
            switch (in.readByte()) {
              case 'f' -> in.readFloat();
              case 'l' -> in.readLong();
              case 'b' -> new BytesRef(in.readUTF());
              case 'n' -> null;
              default -> throw new InvalidCursorException("malformed cursor: bad sort value");
            };
      }
      requireEnd(in);
      return new Position(new FieldDoc(doc, score, fields), groupOffset);
    } catch (IOException e) {
      throw new InvalidCursorException("malformed cursor: truncated");
    }
  }

  private static void requireEnd(DataInputStream in) throws IOException {
    if (in.available() > 0) {
      throw new InvalidCursorException("malformed cursor: bytes after its last field");
    }
  }
}
