package org.nutgraf.tools.gazetteer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.tools.gazetteer.GeoNamesFiles.City;

/** Reading the GeoNames dumps: rows, comments, gzip, bad bytes, and city rows. */
class GeoNamesFilesTest {
  @TempDir Path dir;

  private List<String[]> rows(Path file, boolean strict) throws IOException {
    List<String[]> out = new ArrayList<>();
    GeoNamesFiles.rows(file, strict, out::add);
    return out;
  }

  @Test
  void rowsAreTabSplitKeepingEmptyFieldsAndSkippingCommentsAndBlankLines() throws IOException {
    Path f = Files.writeString(dir.resolve("t.txt"), "# header\na\tb\t\n\n   \nc\t\td\r\n#x\tno\n");
    List<String[]> r = rows(f, false);
    assertEquals(2, r.size());
    assertArrayEquals(new String[] {"a", "b", ""}, r.get(0));
    assertArrayEquals(new String[] {"c", "", "d"}, r.get(1), "a CR of a CRLF line is dropped");
  }

  @Test
  void aGzippedFileIsReadAsThePlainOneAndFoundByEitherName() throws IOException {
    Path gz = dir.resolve("admin1CodesASCII.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("ZV.01\tNorth Reach\tNorth Reach\t1\n".getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(gz, GeoNamesFiles.find(dir, "admin1CodesASCII.txt"));
    assertEquals("North Reach", rows(gz, false).get(0)[1]);
    Path plain = Files.writeString(dir.resolve("admin1CodesASCII.txt"), "x\ty\n");
    assertEquals(plain, GeoNamesFiles.find(dir, "admin1CodesASCII.txt"), "the plain file first");
  }

  @Test
  void aMissingFileIsAnErrorNamingIt() {
    IOException e = assertThrows(IOException.class, () -> GeoNamesFiles.find(dir, "cities500.txt"));
    assertTrue(e.getMessage().contains("cities500.txt"), e.getMessage());
    assertTrue(e.getMessage().startsWith("missing source file: "), e.getMessage());
  }

  @Test
  void aBadByteIsAReplacementCharacterUnlessStrict() throws IOException {
    Path f = dir.resolve("bad.txt");
    Files.write(f, new byte[] {'a', '\t', (byte) 0xff, 'b', '\n'});
    assertEquals("\uFFFDb", rows(f, false).get(0)[1]);
    assertThrows(MalformedInputException.class, () -> rows(f, true));
  }

  @Test
  void aRowTheReaderRefusesIsAnErrorNamingFileAndLine() throws IOException {
    Path f = Files.writeString(dir.resolve("t.tsv"), "# comment\nok\nbad\n");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                GeoNamesFiles.rows(
                    f,
                    row -> {
                      if (row[0].equals("bad")) {
                        throw new IllegalStateException("no such code");
                      }
                    }));
    assertEquals(f + ":3: no such code", e.getMessage());
  }

  @Test
  void aCityRowGivesItsNamesFeatureCountryRegionAndPopulation() throws IOException {
    Path f =
        SmallTables.write(
            dir,
            "cities.txt",
            SmallTables.city(
                7, "Pórt Ilse", "Port Ilse", "Ilse, Old Port ,", "PPLC", "ZV", "01", 250_000),
            SmallTables.city(8, "Osk", "Osk", "", "PPL", "RM", "", 0).replace("\t0\t", "\t\t"));
    List<City> cities = new ArrayList<>();
    GeoNamesFiles.cities(f, cities::add);
    assertEquals(
        new City(
            7,
            "Pórt Ilse",
            "Port Ilse",
            List.of("Ilse", "Old Port"),
            "PPLC",
            "ZV",
            "ZV.01",
            250_000),
        cities.get(0));
    City osk = cities.get(1);
    assertEquals(List.of(), osk.alternateNames());
    assertEquals("", osk.admin1(), "no region code, no region");
    assertEquals(0, osk.population(), "an empty population is 0");
  }
}
