package org.nutgraf.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dictionary's row reader: CSV quoting and header, TSV as written, and line numbers. */
class DictionaryRowsTest {
  private static List<DictionaryRows.Row> read(String text, boolean csv) throws IOException {
    return DictionaryRows.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "actors", csv);
  }

  @Test
  void csvSkipsItsHeaderAndUnquotesFieldsWithCommasAndQuotes() throws IOException {
    List<DictionaryRows.Row> rows =
        read(
            "key,name,aliases\n"
                + "ferrer,\"Ferrer, Tomas\",Tom\n"
                + "laval,\"Ines \"\"the Judge\"\" Laval\",\n",
            true);
    assertEquals(2, rows.size());
    assertArrayEquals(new String[] {"ferrer", "Ferrer, Tomas", "Tom"}, rows.get(0).fields());
    assertArrayEquals(new String[] {"laval", "Ines \"the Judge\" Laval", ""}, rows.get(1).fields());
  }

  @Test
  void rowsKeepTheLineTheyAreOnPastCommentsAndBlankLines() throws IOException {
    List<DictionaryRows.Row> rows =
        read(
            "# actors of the desk\nkey,name\n\nkasko,Oren Kask\n   \n# more\nmoor,Lise Moor\n",
            true);
    assertEquals(List.of(4, 7), rows.stream().map(DictionaryRows.Row::line).toList());
  }

  @Test
  void tsvHasNoHeaderAndTakesQuotesAndCommasLiterally() throws IOException {
    List<DictionaryRows.Row> rows = read("brill\t\"Ada\" Brill, Jr.\tAda\n", false);
    assertEquals(1, rows.size());
    assertEquals(1, rows.get(0).line());
    assertArrayEquals(new String[] {"brill", "\"Ada\" Brill, Jr.", "Ada"}, rows.get(0).fields());
  }

  @Test
  void anUnclosedQuoteIsNamedWithItsFileAndLine() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> read("key,name\nok,Fine Name\nbad,\"Never Closed\n", true));
    assertTrue(e.getMessage().startsWith("actors:3: "), e.getMessage());
    assertEquals(1, e.getMessage().lines().count(), "one line: " + e.getMessage());
  }

  @Test
  void anEmptyFileOrAHeaderAloneHasNoRows() throws IOException {
    assertEquals(List.of(), read("", true));
    assertEquals(List.of(), read("key,name\n", true));
    assertEquals(List.of(), read("# nothing yet\n", false));
  }
}
