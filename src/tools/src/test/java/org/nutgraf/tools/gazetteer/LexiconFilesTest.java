package org.nutgraf.tools.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The word lists written for the recogniser: a comment line, then one entry a line. */
class LexiconFilesTest {
  @TempDir Path dir;
  private Path out;

  @BeforeEach
  void write() throws IOException {
    SmallTables.write(
        dir,
        "data/lexicons/surname-particles.txt",
        "# particles",
        "van der",
        "de la",
        "d'",
        "-",
        "");
    NameLexicons lexicons =
        new NameLexicons(new TreeSet<>(List.of("ana", "bo")), new TreeSet<>(List.of("the", "of")));
    LexiconFiles.write(lexicons, dir.resolve("data"), dir.resolve("resources"));
    out = dir.resolve("resources/org/nutgraf/recognition");
  }

  private static List<String> entries(List<String> lines) {
    assertTrue(lines.get(0).startsWith("# "), lines.get(0));
    return lines.subList(1, lines.size());
  }

  @Test
  void givenNamesAreGzippedInOrder() throws IOException {
    try (InputStream in =
        new GZIPInputStream(Files.newInputStream(out.resolve("given-names.txt.gz")))) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(List.of("ana", "bo"), entries(text.lines().toList()));
    }
  }

  @Test
  void commonWordsAreWrittenInOrder() throws IOException {
    assertEquals(
        List.of("of", "the"), entries(Files.readAllLines(out.resolve("common-words.txt"))));
  }

  @Test
  void particlesAreTheSortedWordsWithALetterOfTheTeamsList() throws IOException {
    assertEquals(
        List.of("d'", "de", "der", "la", "van"),
        entries(Files.readAllLines(out.resolve("particles.txt"))));
  }
}
