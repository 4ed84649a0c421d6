package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.text.TextScanner;
import org.nutgraf.text.TokenSequence;

/** A person's name cut in two between texts by a sentence splitter is joined in both. */
class SplitNamesTest {
  private static final Gazetteer GAZETTEER = Gazetteer.defaults();
  private static final SplitNames SPLIT =
      new SplitNames(Lexicons.defaults(), KnownNames.NONE, true);

  private record Joined(List<TokenSequence> texts, List<List<PersonCandidate>> persons) {}

  private static Joined join(String first, String second) {
    List<TokenSequence> texts = new ArrayList<>();
    List<List<PlaceCandidate>> places = new ArrayList<>();
    List<List<PersonCandidate>> persons = new ArrayList<>();
    WordTable words = WordTable.of(Lexicons.defaults(), GAZETTEER);
    for (String text : List.of(first, second)) {
      TokenSequence t = new TokenSequence();
      TextScanner.scan(text, t);
      Work work = new Work();
      work.startText(t);
      texts.add(t);
      places.add(
          new PlaceMatcher(GAZETTEER, Lexicons.defaults())
              .find(t, new TokenClasses(words).of(t), work));
      persons.add(new ArrayList<>());
    }
    SPLIT.join(texts, places, persons);
    return new Joined(texts, persons);
  }

  @Test
  void aGivenNameAndInitialEndingOneTextAndASurnameOpeningTheNextAreOneName() {
    Joined j = join("The case went to the presiding judge, Rosemary M.", "Collyer said no.");

    PersonCandidate head = j.persons().get(0).get(0);
    PersonCandidate tail = j.persons().get(1).get(0);
    assertEquals("Rosemary M.", j.texts().get(0).text(head.from, head.to));
    assertEquals("Collyer", j.texts().get(1).text(tail.from, tail.to));
    assertEquals("Rosemary M. Collyer", head.joined);
    assertEquals("Rosemary M. Collyer", tail.joined);
    assertTrue(head.score >= EntityRecognizer.ACCEPT, "a split name is evidence enough");
  }

  @Test
  void aTextEndingInNoInitialJoinsNothing() {
    Joined j = join("The case went to the presiding judge, Rosemary.", "Collyer said no.");

    assertTrue(j.persons().get(0).isEmpty());
    assertTrue(j.persons().get(1).isEmpty());
  }

  @Test
  void aCommonWordOpeningTheNextTextIsNoSurname() {
    Joined j = join("The case went to the presiding judge, Rosemary M.", "The court said no.");

    assertTrue(j.persons().get(0).isEmpty());
  }

  @Test
  void namesAreWrittenWithSingleSpaces() {
    assertEquals("Ana  Ruiz".replace("  ", " "), SplitNames.singleSpaced("Ana \n Ruiz"));
    assertEquals("Ana Ruiz", SplitNames.singleSpaced("Ana Ruiz"));
  }
}
