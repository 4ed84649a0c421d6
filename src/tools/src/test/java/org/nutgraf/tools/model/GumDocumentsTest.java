package org.nutgraf.tools.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading GUM's entity file a document at a time. */
class GumDocumentsTest {
  private static String paragraph(String doc, String genre, String text) {
    return "{\"doc\":\""
        + doc
        + "\",\"genre\":\""
        + genre
        + "\",\"text\":\""
        + text
        + "\",\"entities\":[]}\n";
  }

  private static List<List<String>> read(Path file, Set<String> genres) throws IOException {
    List<List<String>> out = new ArrayList<>();
    GumDocuments.read(
        file,
        genres,
        doc -> out.add(doc.stream().map(p -> p.get("doc").asText() + ":" + text(p)).toList()));
    return out;
  }

  private static String text(JsonNode p) {
    return p.get("text").asText();
  }

  @Test
  void handsOverEachDocumentOfTheChosenGenresWithItsParagraphsInOrder(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("gum.jsonl");
    Files.writeString(
        file,
        paragraph("a", "news", "one")
            + paragraph("a", "news", "two")
            + "\n"
            + paragraph("b", "bio", "skipped")
            + paragraph("c", "news", "three"));
    assertEquals(
        List.of(List.of("a:one", "a:two"), List.of("c:three")), read(file, Set.of("news")));
  }

  @Test
  void aFileWithoutTheChosenGenresHandsOverNothing(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("gum.jsonl");
    Files.writeString(file, paragraph("a", "bio", "one"));
    assertEquals(List.of(), read(file, Set.of("news")));
  }

  @Test
  void entitiesThatAreNoArrayAreRefusedWithFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("gum.jsonl");
    Files.writeString(
        file,
        paragraph("a", "news", "one")
            + "{\"doc\":\"a\",\"genre\":\"news\",\"text\":\"x\",\"entities\":{}}\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> read(file, Set.of("news")));
    assertEquals(file + ":2: field \"entities\" must be an array", e.getMessage());
  }
}
