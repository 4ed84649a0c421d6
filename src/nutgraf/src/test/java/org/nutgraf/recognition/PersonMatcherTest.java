package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.text.TextScanner;
import org.nutgraf.text.TokenSequence;

/**
 * The person matcher on its own: which spans it proposes as names, before the recogniser accepts or
 * drops them.
 */
class PersonMatcherTest {
  private static final Gazetteer GAZETTEER = Gazetteer.defaults();
  private static final Lexicons LEXICONS = Lexicons.defaults();

  private record Found(TokenSequence text, List<PersonCandidate> candidates) {
    String surface(PersonCandidate c) {
      return text.text(c.from, c.to);
    }

    List<String> surfaces() {
      return candidates.stream().map(this::surface).toList();
    }
  }

  private static Found find(String text) {
    TokenSequence t = TokenSequence.pooled(0);
    TextScanner.scan(text, t);
    Work work = new Work();
    work.startText(t);
    TokenClasses words = new TokenClasses(WordTable.of(LEXICONS, GAZETTEER)).of(t);
    List<PlaceCandidate> places =
        new PlaceMatcher(GAZETTEER, Lexicons.defaults()).find(t, words, work);
    PersonMatcher m = new PersonMatcher(LEXICONS, KnownNames.NONE, true, false, work);
    return new Found(t, m.find(t, words, places));
  }

  @Test
  void aTitleOpensTheNameAfterItAndStaysOutsideTheSpan() {
    Found f = find("Inspector Orla Marwick questioned the driver for an hour.");
    assertEquals(List.of("Orla Marwick"), f.surfaces());
    PersonCandidate c = f.candidates().get(0);
    assertNotNull(c.titleSpan, "the title is kept as evidence");
    assertEquals(0, c.titleSpan.from());
  }

  @Test
  void lowerCaseWordsProposeNothing() {
    assertTrue(
        find("the driver was questioned for an hour and then sent home.").surfaces().isEmpty());
  }

  @Test
  void aRunOfCapitalisedWordsLongerThanANameIsNeverOneSpan() {
    StringJoiner menu = new StringJoiner(" ");
    for (int i = 0; i < 3 * PersonMatcher.MAX_NAME_TOKENS; i++) {
      menu.add("Zorvek" + (char) ('a' + i % 26) + "lun");
    }
    Found f = find(menu + " opened today.");
    for (PersonCandidate c : f.candidates()) {
      assertTrue(
          c.to - c.from <= PersonMatcher.MAX_NAME_TOKENS,
          "a span of " + (c.to - c.from) + " tokens: " + f.surface(c));
    }
  }

  @Test
  void aCountryNameIsNoCandidateButTheNameBesideItIs() {
    Found f = find("Officials in Honduras said Dervla Quenby had left the port.");
    assertFalse(f.surfaces().contains("Honduras"), f.surfaces().toString());
    assertTrue(f.surfaces().contains("Dervla Quenby"), f.surfaces().toString());
  }
}
