package org.nutgraf.tools.gazetteer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team's tab-separated tables: stripped fields, comments, strict UTF-8, a column minimum. */
class TeamTablesTest {
  @TempDir Path dir;

  @Test
  void fieldsAreStrippedAndCommentsSkipped() throws IOException {
    SmallTables.write(dir, "t.tsv", "# code\tname", " ZV \t Zavonia ", "QR\tQuarrel\textra");
    List<String[]> rows = new ArrayList<>();
    TeamTables.read(dir, "t.tsv", 2, rows::add);
    assertEquals(2, rows.size());
    assertArrayEquals(new String[] {"ZV", "Zavonia"}, rows.get(0));
    assertArrayEquals(new String[] {"QR", "Quarrel", "extra"}, rows.get(1));
  }

  @Test
  void aRowWithTooFewColumnsIsAnErrorNamingFileAndLine() throws IOException {
    Path file = SmallTables.write(dir, "t.tsv", "ZV\tZavonia", "QR");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> TeamTables.read(dir, "t.tsv", 2, f -> {}));
    assertEquals(file + ":2: expected 2 columns, found 1", e.getMessage());
  }

  @Test
  void aByteThatIsNoUtf8IsAnError() throws IOException {
    Files.write(dir.resolve("t.tsv"), new byte[] {'Z', 'V', '\t', (byte) 0xe9, '\n'});
    assertThrows(MalformedInputException.class, () -> TeamTables.read(dir, "t.tsv", 2, f -> {}));
  }
}
