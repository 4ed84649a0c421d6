package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nutgraf.recognition.PlaceFixture.indexOf;
import static org.nutgraf.recognition.PlaceFixture.scan;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nutgraf.text.TokenSequence;

/** Names in one list ("A, B and C") are of one kind: a well-evidenced person lends a point. */
class NameListsTest {
  /** Candidates over the two-word names given, each with the points given after its name. */
  private static List<PersonCandidate> candidates(TokenSequence t, Object... nameAndPoints) {
    List<PersonCandidate> list = new ArrayList<>();
    for (int k = 0; k < nameAndPoints.length; k += 2) {
      String[] words = ((String) nameAndPoints[k]).split(" ");
      int from = indexOf(t, words[0]);
      PersonCandidate c = new PersonCandidate(from, from + words.length, words.length);
      c.score = (Integer) nameAndPoints[k + 1];
      list.add(c);
    }
    return list;
  }

  private static List<Integer> scores(String text, Object... nameAndPoints) {
    TokenSequence t = scan(text);
    List<PersonCandidate> list = candidates(t, nameAndPoints);
    NameLists.addListEvidence(t, list, new Work());
    return list.stream().map(c -> c.score).toList();
  }

  @Test
  void aWeakNameJoinedByAndToAPersonGainsAPoint() {
    assertEquals(
        List.of(3, 2),
        scores("The aides Tomas Ferrer and Ines Laval left.", "Tomas Ferrer", 3, "Ines Laval", 1));
  }

  @Test
  void theWholeListGainsThroughItsCommasOnceItHasItsAnd() {
    assertEquals(
        List.of(2, 2, 2),
        scores(
            "Painters Ada Brill, Oren Kask and Lise Moor sold out.",
            "Ada Brill",
            1,
            "Oren Kask",
            1,
            "Lise Moor",
            2));
    assertEquals(
        List.of(2, 2, 2),
        scores(
            "Painters Ada Brill, Oren Kask, or Lise Moor won.",
            "Ada Brill",
            2,
            "Oren Kask",
            1,
            "Lise Moor",
            1));
  }

  @Test
  void aTitleBeforeTheNextNameStaysInsideTheList() {
    TokenSequence t = scan("Guests included Brannoch Velt and Mayor Ines Laval.");
    List<PersonCandidate> list = candidates(t, "Brannoch Velt", 1, "Ines Laval", 3);
    int mayor = indexOf(t, "Mayor");
    list.get(1).titleSpan =
        new PersonCandidate.TitleSpan(mayor, mayor + 1, Lexicons.TitleKind.TITLE);
    NameLists.addListEvidence(t, list, new Work());
    assertEquals(List.of(2, 3), list.stream().map(c -> c.score).toList());
    // without its title the word between is no link: "Brannoch Velt and guest Ines Laval"
    assertEquals(
        List.of(1, 3),
        scores(
            "Guests included Brannoch Velt and guest Ines Laval.",
            "Brannoch Velt",
            1,
            "Ines Laval",
            3));
  }

  @Test
  void aCommaAloneJoinsNothing() {
    assertEquals(
        List.of(3, 1),
        scores("Analyst Ada Brill, Goldman Sachs, agreed.", "Ada Brill", 3, "Goldman Sachs", 1));
  }

  @Test
  void withoutAWellEvidencedPersonTheListGainsNothing() {
    assertEquals(
        List.of(1, 1),
        scores("Both Red Hill and Blue Lake flooded.", "Red Hill", 1, "Blue Lake", 1));
  }

  @Test
  void otherWordsOrPunctuationBetweenTheNamesBreakTheList() {
    assertEquals(
        List.of(3, 1),
        scores("Then Tomas Ferrer met Ines Laval there.", "Tomas Ferrer", 3, "Ines Laval", 1));
    assertEquals(
        List.of(3, 1),
        scores(
            "Then Tomas Ferrer left. And Ines Laval stayed.", "Tomas Ferrer", 3, "Ines Laval", 1));
  }

  @Test
  void namesWithNoPointsOrFromATitleCaseLineGainNothing() {
    assertEquals(
        List.of(3, 0),
        scores("The aides Tomas Ferrer and Ines Laval left.", "Tomas Ferrer", 3, "Ines Laval", 0));
    TokenSequence t = scan("The aides Tomas Ferrer and Ines Laval left.");
    List<PersonCandidate> list = candidates(t, "Tomas Ferrer", 3, "Ines Laval", 1);
    list.get(1).titleCase = true;
    NameLists.addListEvidence(t, list, new Work());
    assertEquals(1, list.get(1).score);
  }

  @Test
  void theGainedPointIsNotedAsAFeatureWithItsReason() {
    TokenSequence t = scan("The aides Tomas Ferrer and Ines Laval left.");
    List<PersonCandidate> list = candidates(t, "Tomas Ferrer", 3, "Ines Laval", 1);
    NameLists.addListEvidence(t, list, new Work());
    PersonCandidate laval = list.get(1);
    assertEquals(PersonFeatures.IN_A_LIST, laval.features[laval.featureCount - 1]);
    assertTrue(laval.evidence().contains("in a list of names with a person"));
  }
}
