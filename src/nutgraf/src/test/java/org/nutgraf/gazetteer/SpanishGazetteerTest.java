package org.nutgraf.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpanishGazetteerTest {
  @Test
  void theShippedSpanishGazetteerIsPrebuiltFromTheShippedNames() {
    assertTrue(
        SpanishGazetteer.prebuilt().isPresent(),
        "gazetteer-es.bin is missing or stale: run SpanishGazetteerFile (tools) on"
            + " src/nutgraf/src/main/resources");
  }

  @Test
  void thePrebuiltGazetteerHoldsWhatBuildingItAtRuntimeGives() {
    Gazetteer built = Gazetteer.defaults().withSpanishNames();

    assertEquals(built.groups(), Gazetteer.spanish().groups());
  }

  @Test
  void aPrebuiltCopyIsWrittenBesideTheBaseAndReadsBackWithTheSpanishNames(@TempDir Path dir)
      throws IOException {
    Gazetteer base =
        new Gazetteer.Builder()
            .country(new Country("US", "United States", "Washington", 330_000_000L))
            .addPlace("Springfield", PlaceKind.CITY, "US")
            .build();
    try (OutputStream out = Files.newOutputStream(dir.resolve(SpanishGazetteer.BASE))) {
      base.save(out);
    }
    try (InputStream names = SpanishGazetteer.class.getResourceAsStream(SpanishNames.RESOURCE)) {
      Files.copy(names, dir.resolve(SpanishNames.RESOURCE));
    }

    Gazetteer.writeSpanish(dir);

    Gazetteer es = Gazetteer.load(dir.resolve(SpanishGazetteer.PREBUILT));
    assertFalse(es.lookup("Springfield").isEmpty());
    assertEquals("US", es.lookup("Estados Unidos").get(0).country());
    assertTrue(Files.readString(dir.resolve(SpanishGazetteer.SUMS)).startsWith("gazetteer.bin "));
  }
}
