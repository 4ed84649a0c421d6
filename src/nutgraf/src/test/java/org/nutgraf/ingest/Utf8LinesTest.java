package org.nutgraf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strict UTF-8 line reading: line ends, byte-order mark, bad bytes, NULs and the line limit. */
class Utf8LinesTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object p : parts) {
      out.writeBytes(p instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) p);
    }
    return out.toByteArray();
  }

  private static List<Utf8Lines.Line> read(byte[] input, int limit) throws IOException {
    List<Utf8Lines.Line> lines = new ArrayList<>();
    try (Utf8Lines in = new Utf8Lines(new ByteArrayInputStream(input), limit)) {
      for (Utf8Lines.Line l = in.next(); l != null; l = in.next()) {
        lines.add(l);
      }
      assertNull(in.next(), "stays at the end");
    }
    return lines;
  }

  private static List<Utf8Lines.Line> read(byte[] input) throws IOException {
    return read(input, 1 << 20);
  }

  @Test
  void lfAndCrlfBothEndLinesAndTheLastLineMayLackOne() throws IOException {
    List<Utf8Lines.Line> lines = read(bytes("maize\r\nbarley\noats"));

    assertEquals(List.of("maize", "barley", "oats"), lines.stream().map(l -> l.text()).toList());
    assertEquals(List.of(1, 2, 3), lines.stream().map(l -> l.number()).toList());
    assertFalse(lines.get(1).lastWithoutNewline());
    assertTrue(lines.get(2).lastWithoutNewline());
  }

  @Test
  void aFinalNewlineAddsNoEmptyLineButABlankLineInsideCounts() throws IOException {
    List<Utf8Lines.Line> lines = read(bytes("rye\n\nwheat\n"));

    assertEquals(List.of("rye", "", "wheat"), lines.stream().map(l -> l.text()).toList());
    assertFalse(lines.get(2).lastWithoutNewline());
  }

  @Test
  void emptyInputHasNoLines() throws IOException {
    assertEquals(List.of(), read(new byte[0]));
  }

  @Test
  void theByteOrderMarkOfTheFirstLineIsDropped() throws IOException {
    List<Utf8Lines.Line> lines = read(bytes(BOM, "{\"id\":\"k1\"}\n", "second"));

    assertEquals("{\"id\":\"k1\"}", lines.get(0).text());
    assertEquals("second", lines.get(1).text());
  }

  @Test
  void multiByteCharactersAreDecoded() throws IOException {
    assertEquals("Año nuevo en Perú", read(bytes("Año nuevo en Perú\n")).get(0).text());
  }

  @Test
  void aCharacterSplitAcrossReadChunksIsDecodedWhole() throws IOException {
    String line = "a".repeat((1 << 16) - 1) + "é" + "b";

    Utf8Lines.Line l = read(bytes(line, "\nnext")).get(0);

    assertEquals(line, l.text());
  }

  @Test
  void invalidUtf8IsReportedWithItsLineAndByte() throws IOException {
    List<Utf8Lines.Line> lines =
        read(bytes("fine\n", new byte[] {'a', (byte) 0xC3, '(', '\n'}, "after"));

    assertEquals(2, lines.get(1).number());
    assertNull(lines.get(1).text());
    assertEquals("invalid UTF-8 at byte 2 of the line", lines.get(1).error());
    assertEquals("after", lines.get(2).text());
  }

  @Test
  void invalidBytesAreCountedAfterTheByteOrderMark() throws IOException {
    Utf8Lines.Line l = read(bytes(BOM, new byte[] {'z', (byte) 0xFF})).get(0);

    assertEquals("invalid UTF-8 at byte 2 of the line", l.error());
  }

  @Test
  void aNulByteNearTheStartMarksTheFileBinary() throws IOException {
    Utf8Lines.Line l = read(bytes(new byte[] {'P', 'K', 0, 3})).get(0);

    assertTrue(l.binary());
    assertEquals("binary file: a NUL byte at byte 3; is this a text file?", l.error());
  }

  @Test
  void aNulByteLaterIsReportedOnItsLineOnly() throws IOException {
    List<Utf8Lines.Line> lines =
        read(bytes("x".repeat(Utf8Lines.BINARY_PREFIX + 10), "\n", new byte[] {'o', 'k', 0}));

    assertFalse(lines.get(1).binary());
    assertEquals("binary data: a NUL byte at byte 3; is this a text file?", lines.get(1).error());
    assertEquals(2, lines.get(1).number());
  }

  @Test
  void aLineOverTheLimitIsRefusedAndTheNextLineStillRead() throws IOException {
    List<Utf8Lines.Line> lines = read(bytes("0123456789A\nshort\n0123456789"), 10);

    assertEquals(
        "line longer than the limit of 10 bytes (maxLineBytes, --max-line-bytes)",
        lines.get(0).error());
    assertNull(lines.get(0).text());
    assertEquals("short", lines.get(1).text());
    assertEquals("0123456789", lines.get(2).text());
  }

  @Test
  void theLimitCountsTheLineNotItsLineEnd() throws IOException {
    List<Utf8Lines.Line> lines =
        read(bytes("0123456789\r\n0123456789A\r\n0123456789\r\nabcdefghij\r"), 10);

    assertEquals("0123456789", lines.get(0).text(), "ten bytes and CRLF fit a limit of ten");
    assertEquals(
        "line longer than the limit of 10 bytes (maxLineBytes, --max-line-bytes)",
        lines.get(1).error());
    assertEquals("0123456789", lines.get(2).text(), "the line after a refused one");
    assertEquals(3, lines.get(2).number());
    assertEquals("abcdefghij", lines.get(3).text(), "a last line ending in CR");
  }

  @Test
  void aLongLineSpanningManyChunksIsSkippedAsOneLine() throws IOException {
    List<Utf8Lines.Line> lines = read(bytes("y".repeat(300_000), "\nlast"), 1000);

    assertEquals(2, lines.size());
    assertEquals(1, lines.get(0).number());
    assertEquals("last", lines.get(1).text());
    assertEquals(2, lines.get(1).number());
  }

  @Test
  void closingClosesTheStream() throws IOException {
    boolean[] closed = {false};
    ByteArrayInputStream in =
        new ByteArrayInputStream(new byte[0]) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    new Utf8Lines(in, 10).close();

    assertTrue(closed[0]);
  }
}
