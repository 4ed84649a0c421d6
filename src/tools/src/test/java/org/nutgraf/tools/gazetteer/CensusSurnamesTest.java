package org.nutgraf.tools.gazetteer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The census surname list: read from the package's JavaScript array, written in rank order. */
class CensusSurnamesTest {
  @TempDir Path dir;

  private Path namesJs(String... last) throws IOException {
    String[] lines = new String[last.length + 6];
    lines[0] = "// names";
    lines[1] = "module.exports.first_male = [";
    lines[2] = "  'Olwen',";
    lines[3] = "];";
    lines[4] = "module.exports.last = [";
    System.arraycopy(last, 0, lines, 5, last.length);
    lines[lines.length - 1] = "];";
    return SmallTables.write(dir, "lib/names.js", lines);
  }

  @Test
  void readsTheLastNamesInTheirOrderFoldedAndOnce() throws IOException {
    List<String> names =
        CensusSurnames.read(namesJs("  'Thornquist',", "  'Abel',", "  'MÜLLER',", "  'abel',"));
    assertEquals(List.of("thornquist", "abel", "muller"), names);
  }

  @Test
  void writesAGzippedListUnderACommentAndTheSameBytesTwice() throws IOException {
    List<String> names = List.of("thornquist", "abel");
    Path file = CensusSurnames.write(names, dir.resolve("resources"));
    byte[] first = Files.readAllBytes(file);
    CensusSurnames.write(names, dir.resolve("resources"));
    assertArrayEquals(first, Files.readAllBytes(file));
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      assertTrue(
          lines.get(0).startsWith("# The 2 most frequent surnames of the 1990 US census"),
          lines.get(0));
      assertEquals(names, lines.subList(1, lines.size()));
    }
  }

  @Test
  void aLineThatIsNoQuotedNameIsReportedWithItsFileAndLine() throws IOException {
    Path js = namesJs("  'Abel',", "  'O Neil',");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CensusSurnames.read(js));
    assertEquals(js + ":7: expected a quoted surname, found ''O Neil','", e.getMessage());
  }

  @Test
  void aMissingOrUnclosedListIsReported() throws IOException {
    Path js = SmallTables.write(dir, "other.js", "module.exports.first_male = [", "];");
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> CensusSurnames.read(js))
            .getMessage()
            .contains("no line 'module.exports.last = ['"));
    Path open = SmallTables.write(dir, "open.js", "module.exports.last = [", "  'Abel',");
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> CensusSurnames.read(open))
            .getMessage()
            .endsWith("is never closed"));
  }
}
