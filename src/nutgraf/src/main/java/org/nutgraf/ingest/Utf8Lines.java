package org.nutgraf.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a file line by line as strict UTF-8: a byte-order mark is dropped, CRLF and LF both end
 * lines, and invalid UTF-8 or a NUL byte is reported with its line rather than guessed at. A line
 * longer than the limit (its line end not counted) is reported as soon as it passes it, and skipped
 * without being held.
 */
final class Utf8Lines implements Closeable {
  /**
   * One line, or the reason it could not be decoded; {@code binary} when a NUL byte came within the
   * first {@link #BINARY_PREFIX} bytes of the file, so the whole file is not text.
   */
  record Line(int number, String text, String error, boolean lastWithoutNewline, boolean binary) {
    Line(int number, String text, String error, boolean lastWithoutNewline) {
      this(number, text, error, lastWithoutNewline, false);
    }
  }

  /** A NUL byte this early means a binary file, as git and grep decide. */
  static final int BINARY_PREFIX = 8000;

  private final InputStream in;
  private final int maxLineBytes;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] chunk = new byte[1 << 16];
  private int chunkPos;
  private int chunkEnd;
  private byte[] buf = new byte[256];
  private int number;
  private long lineStart;
  private boolean eof;

  Utf8Lines(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the input. */
  Line next() throws IOException {
    if (eof) {
      return null;
    }
    int len = 0;
    long skipped = 0; // bytes past the limit, counted but not kept
    int nul = -1;
    boolean newline = false;
    while (!newline) {
      if (chunkPos == chunkEnd) {
        chunkEnd = in.read(chunk);
        chunkPos = 0;
        if (chunkEnd <= 0) {
          chunkEnd = 0;
          eof = true;
          break;
        }
      }
      int stop = chunkPos;
      while (stop < chunkEnd && chunk[stop] != '\n') {
        if (chunk[stop] == 0 && nul < 0) {
          nul = len + stop - chunkPos;
        }
        stop++;
      }
      int n = stop - chunkPos;
      // one byte more than the limit is held: it may be the CR of a CRLF line end
      if (skipped > 0 || len + (long) n > maxLineBytes + 1L) {
        skipped += n;
      } else {
        if (len + n > buf.length) {
          buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
        System.arraycopy(chunk, chunkPos, buf, len, n);
        len += n;
      }
      chunkPos = stop;
      if (stop < chunkEnd) {
        newline = true;
        chunkPos++;
      }
    }
    if (eof && len == 0 && skipped == 0) {
      return null;
    }
    if (skipped == 0 && len > maxLineBytes && buf[len - 1] != '\r') {
      skipped = len; // over the limit by its last byte, which is no line end
      len = 0;
    }
    number++;
    long offset = lineStart;
    lineStart += len + skipped + (newline ? 1 : 0);
    if (skipped > 0) {
      return new Line(
          number,
          null,
          "line longer than the limit of "
              + maxLineBytes
              + " bytes (maxLineBytes, --max-line-bytes)",
          !newline);
    }
    int start = 0;
    if (number == 1
        && len >= 3
        && buf[0] == (byte) 0xEF
        && buf[1] == (byte) 0xBB
        && buf[2] == (byte) 0xBF) {
      start = 3;
    }
    if (len > start && buf[len - 1] == '\r') {
      len--;
    }
    if (nul >= 0 && offset + nul < BINARY_PREFIX) {
      return new Line(
          number,
          null,
          "binary file: a NUL byte at byte " + (offset + nul + 1) + "; is this a text file?",
          !newline,
          true);
    }
    if (nul >= 0) {
      return new Line(
          number,
          null,
          "binary data: a NUL byte at byte " + (nul + 1) + "; is this a text file?",
          !newline);
    }
    ByteBuffer bytes = ByteBuffer.wrap(buf, start, len - start);
    CharBuffer chars = CharBuffer.allocate(len - start);
    CoderResult result = decoder.reset().decode(bytes, chars, true);
    if (!result.isError()) {
      result = decoder.flush(chars);
    }
    if (result.isError()) {
      return new Line(
          number,
          null,
          "invalid UTF-8 at byte " + (bytes.position() - start + 1) + " of the line",
          !newline);
    }
    return new Line(number, chars.flip().toString(), null, !newline);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
