package org.nutgraf.tools.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

/** Labelling the place candidates of annotated paragraphs, in the GUM file's shape. */
class PlaceExamplesTest {
  private static final JsonMapper JSON = new JsonMapper();

  // "We sailed from the Orkney Islands to Stromness with Ina Scott."
  private static final String TEXT =
      "We sailed from the Orkney Islands to Stromness with Ina Scott.";
  private static final String MENTIONS =
      "[{\"start\":15,\"end\":33,\"type\":\"place\",\"proper\":true},"
          + "{\"start\":37,\"end\":46,\"type\":\"place\",\"proper\":true},"
          + "{\"start\":52,\"end\":61,\"type\":\"person\",\"proper\":true},"
          + "{\"start\":0,\"end\":2,\"type\":\"person\",\"proper\":false}]";

  @Test
  void aSpanIsAPlaceWhenAPlaceMentionCoversExactlyItOrTheAndIt() throws IOException {
    JsonNode m = JSON.readTree(MENTIONS);
    assertEquals("place", PlaceExamples.gold(TEXT, m, 37, 46), "Stromness");
    assertEquals("place", PlaceExamples.gold(TEXT, m, 19, 33), "the Orkney Islands");
  }

  @Test
  void aWordInsideALongerPlaceOrAnotherMentionTakesThatMentionsKind() throws IOException {
    JsonNode m = JSON.readTree(MENTIONS);
    assertEquals("part of a longer place name", PlaceExamples.gold(TEXT, m, 19, 25), "Orkney");
    assertEquals("person", PlaceExamples.gold(TEXT, m, 56, 61), "Scott");
  }

  @Test
  void aSpanNoProperMentionTouchesIsNothing() throws IOException {
    JsonNode m = JSON.readTree(MENTIONS);
    assertEquals("none", PlaceExamples.gold(TEXT, m, 3, 9), "sailed");
    assertEquals("none", PlaceExamples.gold(TEXT, m, 0, 2), "a pronoun is no proper mention");
  }

  @Test
  void readsOnlyTheChosenGenresAndLabelsTheCandidatesTheRulesKept(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("gum.jsonl");
    String kept = "Police in Houston said the fire was out.";
    Files.writeString(
        file,
        "{\"doc\":\"a\",\"genre\":\"news\",\"text\":\""
            + kept
            + "\",\"entities\":[{\"start\":10,\"end\":17,\"type\":\"place\",\"proper\":true}]}\n"
            + "{\"doc\":\"b\",\"genre\":\"bio\",\"text\":\"Police in Houston said so.\","
            + "\"entities\":[]}\n");
    List<Example> ex = PlaceExamples.read(file, Set.of("news"), EntityRecognizer.defaults());
    assertTrue(ex.stream().allMatch(e -> e.document().equals("a")), ex.toString());
    assertTrue(
        ex.stream().anyMatch(e -> e.surface().equals("Houston") && e.gold().equals("place")),
        ex.toString());
  }

  @Test
  void aRecordWithoutTextIsRefusedWithItsFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("gum.jsonl");
    Files.writeString(file, "\n{\"doc\":\"a\",\"genre\":\"news\"}\n");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PlaceExamples.read(file, Set.of("news"), EntityRecognizer.defaults()));
    assertEquals(file + ":2: field \"text\" missing", e.getMessage());
  }

  @Test
  void aLineThatIsNoJsonIsRefusedWithItsFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("gum.jsonl");
    Files.writeString(file, "{oops\n");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PlaceExamples.read(file, Set.of("news"), EntityRecognizer.defaults()));
    assertEquals(file + ":1: malformed JSON", e.getMessage());
  }
}
