package org.nutgraf.tools.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.recognition.EntityRecognizer;

/** Labelling candidate spans of articles from the project's person annotation. */
class FixtureExamplesTest {
  private static final String ARTICLES =
      "{\"id\": \"t-1\", \"headline\": \"Ferry terminal opens in Tromsø\", \"published\":"
          + " \"2026-01-05T10:00:00Z\", \"source\": \"Test Wire\", \"paragraphs\": [\"Mayor Ilse"
          + " Brandvold opened the ferry terminal on Monday, and Odd Varnes of the harbour board"
          + " said the crossing would be faster.\", \"Brandvold thanked the Varnes Foundation,"
          + " which paid for the benches, and Sunniva Berg Holm said she would ride it every"
          + " day.\"]}\n"
          + "{\"id\": \"t-2\", \"headline\": \"Not annotated\", \"published\":"
          + " \"2026-01-05T10:00:00Z\", \"source\": \"Test Wire\", \"paragraphs\": [\"Nothing to"
          + " see here, said Per Olav Lunde.\"]}\n";

  private static final String HEADLINE = "{\"article\": \"t-1\", \"paragraph\": \"headline\"";
  private static final String FIRST =
      "{\"article\": \"t-1\", \"paragraph\": 0, \"persons\": [{\"start\": 6, \"end\": 20,"
          + " \"text\": \"Ilse Brandvold\", \"name\": \"Ilse Brandvold\"}, {\"start\": 62,"
          + " \"end\": 72, \"text\": \"Odd Varnes\", \"name\": \"Odd Varnes\"}]}";
  private static final String SECOND =
      "{\"article\": \"t-1\", \"paragraph\": 1, \"persons\": [{\"start\": 0, \"end\": 9,"
          + " \"text\": \"Brandvold\", \"name\": \"Ilse Brandvold\"}, {\"start\": 73, \"end\": 90,"
          + " \"text\": \"Sunniva Berg Holm\", \"name\": \"Sunniva Berg Holm\"}]}";

  @TempDir Path dir;
  private Path articles;

  @BeforeEach
  void writeArticles() throws IOException {
    articles = dir.resolve("articles");
    Files.createDirectories(articles);
    Files.writeString(articles.resolve("news.jsonl"), ARTICLES);
  }

  private List<Example> read(String... lines) throws IOException {
    Path annotation = dir.resolve("persons.jsonl");
    Files.writeString(annotation, String.join("\n", lines) + "\n");
    return FixtureExamples.read(annotation, List.of(articles), EntityRecognizer.defaults());
  }

  @Test
  void labelsTheCandidatesOfTheAnnotatedArticlesOnly() throws IOException {
    List<Example> ex = read(HEADLINE + ", \"persons\": []}", FIRST, SECOND);
    assertTrue(ex.stream().allMatch(e -> e.document().equals("fixture:t-1")), ex.toString());
    Map<String, Boolean> person =
        ex.stream().collect(Collectors.toMap(Example::surface, Example::person, (a, b) -> a));
    assertEquals(true, person.get("Ilse Brandvold"), person.toString());
    assertEquals(true, person.get("Sunniva Berg Holm"), person.toString());
    assertEquals(
        true, person.get("Varnes"), "a span the rules turn down is still the annotated person");
    assertEquals(false, person.get("Ferry"), "the headline's capitals are read too");
    assertFalse(person.containsKey("Olav Lunde"));
  }

  @Test
  void refusesAMentionWhoseOffsetsDoNotHoldItsText() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                read(
                    HEADLINE + ", \"persons\": []}",
                    FIRST.replace("\"end\": 72", "\"end\": 71"),
                    SECOND));
    assertTrue(
        e.getMessage()
            .endsWith(
                "persons.jsonl:2: mention {\"start\":62,\"end\":71,"
                    + "\"text\":\"Odd Varnes\",\"name\":\"Odd Varnes\"} does not match the paragraph's text"),
        e.getMessage());
  }

  @Test
  void refusesAnArticleWithATextLeftOutOrUnknown() {
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> read(FIRST, SECOND));
    assertTrue(missing.getMessage().endsWith("article t-1 has no line for paragraph headline"));
    IllegalArgumentException extra =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                read(
                    HEADLINE + ", \"persons\": []}",
                    FIRST,
                    SECOND,
                    "{\"article\": \"t-1\", \"paragraph\": 2, \"persons\": []}"));
    assertTrue(extra.getMessage().endsWith(":4: the article has no paragraph 2"));
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () -> read("{\"article\": \"t-9\", \"paragraph\": 0, \"persons\": []}"));
    assertTrue(unknown.getMessage().contains("article t-9 is not among"), unknown.getMessage());
  }
}
