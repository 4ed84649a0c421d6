package org.nutgraf.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Paragraph;
import org.nutgraf.entity.Actor;
import org.nutgraf.entity.TaggedParagraph;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.recognition.PersonMention;
import org.nutgraf.recognition.PlaceMention;

/** The stored form of a paragraph's mentions, written at indexing and read for hits. */
class StoredMentionsTest {
  private static final String TEXT = "Lucia Mamani spoke in Puno, near Bolivia.";

  private static TaggedParagraph tagged(String actorName) {
    Paragraph p = new Paragraph("story", 0, TEXT);
    Actor lucia = new Actor(actorName, "lucia mamani", Optional.empty());
    return new TaggedParagraph(
        p,
        List.of("BO", "PE"),
        List.of(lucia),
        List.of(
            new PlaceMention(22, 26, "Puno", PlaceKind.CITY, "PE", "Puno", "city in Peru"),
            new PlaceMention(33, 40, "Bolivia", PlaceKind.COUNTRY, "BO", "Bolivia", "name")),
        List.of(
            new PersonMention(
                0,
                12,
                "Lucia Mamani",
                "Lucia Mamani",
                Optional.empty(),
                Optional.empty(),
                "two names")),
        List.of(lucia));
  }

  @Test
  void placesThenPersonsComeBackWithOffsetsKindsAndLabels() {
    List<StoredMentions.Entry> back =
        StoredMentions.decode(StoredMentions.encode(tagged("Lucía Mamani")));

    assertEquals(
        List.of(
            new StoredMentions.Entry('P', 22, 26, "city", "PE", "Puno"),
            new StoredMentions.Entry('P', 33, 40, "country", "BO", "Bolivia"),
            new StoredMentions.Entry('A', 0, 12, "person", "lucia mamani", "Lucía Mamani")),
        back);
  }

  @Test
  void tabsAndLineBreaksInsideANameCannotBreakTheRecord() {
    List<StoredMentions.Entry> back =
        StoredMentions.decode(StoredMentions.encode(tagged("Lucia\tMamani\nQuispe")));

    assertEquals(3, back.size());
    assertEquals("Lucia Mamani Quispe", back.get(2).label());
  }

  @Test
  void aParagraphWithoutMentionsStoresNothing() {
    TaggedParagraph none =
        new TaggedParagraph(
            new Paragraph("quiet", 0, "No names here."),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());

    assertEquals("", StoredMentions.encode(none));
    assertEquals(List.of(), StoredMentions.decode(""));
  }

  @Test
  void aMissingValueDecodesToNoMentions() {
    assertEquals(List.of(), StoredMentions.decode(null));
  }

  @Test
  void linesOfTheWrongShapeAreSkipped() {
    assertEquals(
        List.of(new StoredMentions.Entry('A', 1, 4, "person", "ana", "Ana")),
        StoredMentions.decode("P\t0\t3\tcity\n" + "A\t1\t4\tperson\tana\tAna\n"));
  }
}
