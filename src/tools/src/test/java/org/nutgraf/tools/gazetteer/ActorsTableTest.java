package org.nutgraf.tools.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team's actor dictionary: checked, then copied unchanged. */
class ActorsTableTest {
  @TempDir Path dir;

  private static final String HEAD = "# key\tname\tcountry\trole\tfrom\tto";

  @Test
  void aValidTableIsCopiedAsItIs() throws IOException {
    Path source =
        SmallTables.write(
            dir,
            "data/actors/actors.tsv",
            HEAD,
            "ilse vora\tIlse Vora\tZV\tminister\t2019\t2023",
            "",
            "ilse vora\tIlse Vora\tZV\tpresident\t2023\t");
    ActorsTable.copy(dir.resolve("data"), dir.resolve("resources"));
    assertEquals(
        Files.readAllLines(source),
        Files.readAllLines(dir.resolve("resources/org/nutgraf/entity/actors.tsv")));
  }

  @Test
  void aRowWithoutSixColumnsIsAnErrorNamingFileAndLine() throws IOException {
    Path source =
        SmallTables.write(
            dir, "data/actors/actors.tsv", HEAD, "ilse vora\tIlse Vora\tZV\tminister");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ActorsTable.copy(dir.resolve("data"), dir.resolve("resources")));
    assertEquals(source + ":2: expected 6 columns", e.getMessage());
    assertFalse(Files.exists(dir.resolve("resources/org/nutgraf/entity/actors.tsv")));
  }

  @Test
  void aPersonAffiliatedWithTwoCountriesIsAnError() throws IOException {
    Path source =
        SmallTables.write(
            dir,
            "data/actors/actors.tsv",
            HEAD,
            "ilse vora\tIlse Vora\tZV\tminister\t2019\t2023",
            "ilse vora\tIlse Vora\tQR\tenvoy\t2024\t");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ActorsTable.copy(dir.resolve("data"), dir.resolve("resources")));
    assertEquals(
        source + ":3: ilse vora is affiliated with ZV on an earlier row, QR here", e.getMessage());
  }
}
