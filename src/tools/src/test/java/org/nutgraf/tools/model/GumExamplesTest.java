package org.nutgraf.tools.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.recognition.EntityRecognizer;

/** Labelling candidate spans from an annotated paragraph, in the GUM file's shape. */
class GumExamplesTest {
  private static final JsonMapper JSON = new JsonMapper();

  // "Dr. Maren Holt met the Dundee Rovers in Perth."
  private static final String MENTIONS =
      "[{\"start\":0,\"end\":14,\"type\":\"person\",\"proper\":true},"
          + "{\"start\":19,\"end\":37,\"type\":\"organization\",\"proper\":true},"
          + "{\"start\":23,\"end\":29,\"type\":\"place\",\"proper\":true},"
          + "{\"start\":41,\"end\":46,\"type\":\"place\",\"proper\":true}]";

  @Test
  void aSpanTakesTheTypeOfTheMentionItSharesMostWith() throws IOException {
    JsonNode m = JSON.readTree(MENTIONS);
    assertEquals("person", GumExamples.gold(m, 4, 14), "the name after the title");
    assertEquals("place", GumExamples.gold(m, 23, 29), "the shorter mention on a tie");
    assertEquals("organization", GumExamples.gold(m, 23, 36));
    assertEquals("none", GumExamples.gold(m, 15, 18));
  }

  @Test
  void aSpanThatStopsShortOfAPersonsNameIsNoPerson() throws IOException {
    JsonNode m = JSON.readTree(MENTIONS);
    assertEquals("part of a person's name", GumExamples.gold(m, 4, 9));
  }

  @Test
  void readsOnlyTheChosenGenresAndLabelsEveryCandidate(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("gum.jsonl");
    Files.writeString(
        file,
        "{\"doc\":\"a\",\"genre\":\"speech\",\"text\":\"Senator Ilse Brandvold thanked the"
            + " volunteers.\",\"entities\":[{\"start\":8,\"end\":22,\"type\":\"person\","
            + "\"proper\":true}]}\n"
            + "{\"doc\":\"b\",\"genre\":\"bio\",\"text\":\"Senator Odd Varnes spoke.\","
            + "\"entities\":[]}\n");
    List<Example> ex = GumExamples.read(file, Set.of("speech"), EntityRecognizer.defaults());
    assertEquals(1, ex.size(), ex.toString());
    assertEquals("Ilse Brandvold", ex.get(0).surface());
    assertTrue(ex.get(0).person());
    assertTrue(ex.get(0).handSet());
  }
}
