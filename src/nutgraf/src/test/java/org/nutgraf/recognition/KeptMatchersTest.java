package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nutgraf.gazetteer.Gazetteer;

/**
 * A thread keeps its matchers from call to call (and from text to text of one call): what one text
 * leaves in them must not change what the next one gives.
 */
class KeptMatchersTest {
  /** A band's name is the last span weighed: the matcher marks it a thing as a whole. */
  private static final String BAND = "Tickets sold out when the Rolling Stones announced a tour.";

  /**
   * A run of capitalised words longer than any name, then a name: the run is too long to weigh, so
   * the search goes on word by word inside it.
   */
  private static final String RUN =
      "Zorvak Quelm Brintho Vasque Torrel Mendax Plovic Survane Dreth Kalvo Pemrith Ostvel Frandu"
          + " Nadia Okafor said the drill went well.";

  private static List<String> persons(EntityRecognizer r, String text) {
    return r.recognize(text).persons().stream().map(PersonMention::name).toList();
  }

  private static EntityRecognizer fresh() {
    return new EntityRecognizer(Gazetteer.defaults(), Lexicons.defaults(), KnownNames.NONE);
  }

  @Test
  void aTextAfterAThingGivesWhatItGivesAlone() {
    List<String> alone = persons(fresh(), RUN);
    assertTrue(alone.stream().anyMatch(p -> p.endsWith("Nadia Okafor")), alone.toString());

    EntityRecognizer r = fresh();
    persons(r, BAND);
    assertEquals(alone, persons(r, RUN));
    assertEquals(List.of(alone, alone), List.of(persons(r, RUN), persons(r, RUN)));
  }

  @Test
  void theTextsOfOneArticleDoNotLeakIntoEachOther() {
    List<String> alone = persons(fresh(), RUN);
    List<Recognized> both = fresh().recognizeAll(List.of(BAND, RUN));
    assertEquals(alone, both.get(1).persons().stream().map(PersonMention::name).toList());
  }
}
