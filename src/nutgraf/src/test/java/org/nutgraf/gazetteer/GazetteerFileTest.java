package org.nutgraf.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The binary gazetteer file: what is written comes back whole, and foreign files are refused. */
class GazetteerFileTest {
  private static Gazetteer small() {
    return new Gazetteer.Builder()
        .country(new Country("PE", "Peru", "Lima", 34_000_000))
        .country(new Country("BO", "Bolivia", "Sucre", 12_000_000))
        .add(new PlaceEntry("Peru", PlaceKind.COUNTRY, "PE", "", 34_000_000, 0, "Peru"))
        .add(
            new PlaceEntry(
                "Cuzco", PlaceKind.CITY, "PE", "PE.08", 430_000, PlaceEntry.ALTERNATE, "Cusco"))
        .add(new PlaceEntry("La Paz", PlaceKind.CITY, "BO", "BO.04", 800_000, 0, "La Paz"))
        .add(
            new PlaceEntry(
                "Tiquina", PlaceKind.PLACE, "BO", "", 0, PlaceEntry.SMALL_TOWN, "Tiquina"))
        .bias("BO", 0.75)
        .build();
  }

  private static Gazetteer roundTrip(Gazetteer g) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GazetteerFile.write(g, out);
    return GazetteerFile.read(new ByteArrayInputStream(out.toByteArray()), "small.bin");
  }

  @Test
  void everyFieldOfEveryEntryComesBack() throws IOException {
    Gazetteer g = small();
    Gazetteer back = roundTrip(g);
    assertEquals(g.groups(), back.groups());
    assertEquals(
        List.of(
            new PlaceEntry(
                "Cuzco", PlaceKind.CITY, "PE", "PE.08", 430_000, PlaceEntry.ALTERNATE, "Cusco")),
        back.lookup("cuzco"));
    assertEquals("Tiquina", back.lookup("TIQUINA").get(0).label());
  }

  @Test
  void countriesBiasesAndNameStartsComeBack() throws IOException {
    Gazetteer back = roundTrip(small());
    assertEquals(List.copyOf(small().countries()), List.copyOf(back.countries()));
    assertEquals("Sucre", back.country("bo").orElseThrow().capital());
    assertEquals(0.75, back.bias("BO"));
    assertEquals(0.0, back.bias("PE"));
    assertEquals(2, back.maxTokens());
    char[] la = "la".toCharArray();
    assertTrue(back.startsAName(la, 0, la.length));
  }

  @Test
  void aFileThatIsNotGzipIsRefusedByName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                GazetteerFile.read(
                    new ByteArrayInputStream("name\tkind\n".getBytes(StandardCharsets.UTF_8)),
                    "places.tsv"));
    assertEquals("places.tsv: not a Nutgraf gazetteer file", e.getMessage());
  }

  @Test
  void aGzipFileOfAnotherFormatOrVersionIsToldToBeRebuilt() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(new byte[] {0x4e, 0x47, 0x5a, 0x00, 1, 2, 3});
    }
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> GazetteerFile.read(new ByteArrayInputStream(bytes.toByteArray()), "old.bin"));
    assertTrue(e.getMessage().startsWith("old.bin: not a Nutgraf gazetteer file of this version"));
    assertTrue(e.getMessage().contains("GazetteerBuilder"), e.getMessage());
  }

  @Test
  void theShippedGazetteerSurvivesARoundTrip() throws IOException {
    Gazetteer g = Gazetteer.defaults();
    Gazetteer back = roundTrip(g);
    assertEquals(g.size(), back.size());
    assertEquals(g.lookup("San Pedro Sula"), back.lookup("San Pedro Sula"));
    assertEquals(g.lookup("Georgia"), back.lookup("Georgia"));
  }
}
