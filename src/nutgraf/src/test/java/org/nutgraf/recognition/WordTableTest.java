package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.text.TextScanner;
import org.nutgraf.text.TokenSequence;

/** One lookup of a token answers every word list and whether a place name starts with it. */
class WordTableTest {
  private final WordTable table = WordTable.of(Lexicons.defaults(), Gazetteer.defaults());

  private TokenClasses classes(String text) {
    TokenSequence t = new TokenSequence();
    TextScanner.scan(text, t);
    return new TokenClasses(table).of(t);
  }

  @Test
  void aGivenNameThatIsAlsoACountryHasBothClasses() {
    int bits = classes("Jordan").bits(0);

    assertTrue((bits & Lexicons.GIVEN) != 0);
    assertTrue((bits & WordTable.PLACE_START) != 0);
  }

  @Test
  void theFirstWordOfALongerPlaceNameStartsAPlace() {
    TokenClasses c = classes("Flights from Tegucigalpa and San Pedro Sula");

    assertEquals(0, c.bits(1) & WordTable.PLACE_START); // "from"
    assertTrue((c.bits(2) & WordTable.PLACE_START) != 0);
    assertTrue((c.bits(4) & WordTable.PLACE_START) != 0); // "San"
  }

  @Test
  void aTitleWordCarriesItsTitlePhrasesLongestFirst() {
    List<Lexicons.Title> titles = classes("Vice President Alma Reyes").get(0).titles;

    assertTrue(titles.size() >= 2);
    for (int k = 1; k < titles.size(); k++) {
      assertTrue(titles.get(k - 1).words().length >= titles.get(k).words().length);
    }
    assertTrue((classes("Vice").bits(0) & Lexicons.TITLE_START) != 0);
  }

  @Test
  void aWordOnNoListHasNoClassAndNoTitles() {
    WordClass c = classes("Zqxwvy").get(0);

    assertEquals(0, c.bits);
    assertEquals(List.of(), c.titles);
  }

  @Test
  void recognisersOverTheSameListsAndGazetteerShareOneTable() {
    assertSame(table, WordTable.of(Lexicons.defaults(), Gazetteer.defaults()));
  }

  @Test
  void aWordMetAgainGetsTheSameClassFromThisThreadsRecentWords() {
    TokenClasses first = classes("Jordan");
    WordClass jordan = first.get(0);

    assertSame(jordan, classes("Jordan said").get(0));
    assertSame(jordan, table.recentWords().get("jordan".toCharArray(), 0, 6, "jordan".hashCode()));
    assertSame(WordTable.NONE, classes("Zqxwvy").get(0));
  }

  @Test
  void theRecentWordsStartAfreshWhenFullWithoutChangingAnyAnswer() {
    WordClass jordan = classes("Jordan").get(0);
    StringBuilder many = new StringBuilder();
    for (int k = 0; k <= WordTable.RECENT_WORDS; k++) {
      many.append("Zq").append(k).append(' ');
    }

    TokenClasses again = classes(many + "Jordan");
    for (int k = 0; k <= WordTable.RECENT_WORDS; k++) { // more words than the recent table holds
      assertEquals(0, again.bits(k));
    }
    assertTrue(table.recentWords().size() <= WordTable.RECENT_WORDS);
    assertSame(jordan, again.get(WordTable.RECENT_WORDS + 1));
  }
}
