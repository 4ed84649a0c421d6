package org.nutgraf.entity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rows of a delimited dictionary file, one row a line, with Jackson's CSV parser: CSV
 * (RFC 4180 quoting, a header row) or TSV (no quoting, no header). Lines starting with '#' and
 * blank lines are skipped; a row cannot span lines, so an error names the line it is on.
 */
final class DictionaryRows {
  private static final CsvMapper MAPPER = new CsvMapper();
  private static final ObjectReader CSV = reader(CsvSchema.emptySchema());
  private static final ObjectReader TSV =
      reader(CsvSchema.emptySchema().withColumnSeparator('\t').withoutQuoteChar());

  /** One row and its line number (1-based). */
  record Row(int line, String[] fields) {}

  private DictionaryRows() {}

  private static ObjectReader reader(CsvSchema schema) {
    return MAPPER.readerFor(String[].class).with(schema);
  }

  /**
   * The rows of {@code in}, after the header when {@code csv}.
   *
   * @throws IllegalArgumentException naming file:line when a line cannot be parsed (an unclosed
   *     quote)
   */
  static List<Row> read(InputStream in, String file, boolean csv) throws IOException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    ObjectReader parser = csv ? CSV : TSV;
    List<Row> rows = new ArrayList<>();
    boolean header = csv;
    String line;
    int n = 0;
    while ((line = lines.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      try {
        rows.add(new Row(n, parser.readValue(line)));
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(
            file + ":" + n + ": " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
      }
    }
    return rows;
  }
}
