package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.text.TextScanner;
import org.nutgraf.text.TokenSequence;

/** The classes of one text's tokens, kept for the matchers and reused from text to text. */
class TokenClassesTest {
  private final WordTable table = WordTable.of(Lexicons.defaults(), Gazetteer.defaults());

  private static TokenSequence scan(String text) {
    TokenSequence t = new TokenSequence();
    TextScanner.scan(text, t);
    return t;
  }

  @Test
  void eachTokenHasTheClassOfItsFoldedWord() {
    TokenClasses c = new TokenClasses(table).of(scan("Jordan flew to GUATEMALA yesterday"));
    assertTrue((c.bits(0) & Lexicons.GIVEN) != 0, "Jordan is a given name");
    assertTrue((c.bits(3) & WordTable.PLACE_START) != 0, "capitals fold to guatemala");
    assertSame(new TokenClasses(table).of(scan("guatemala")).get(0), c.get(3));
  }

  @Test
  void aWordOnNoListHasNoBitsAndNoTitles() {
    TokenClasses c = new TokenClasses(table).of(scan("Zqxwvy"));
    assertEquals(0, c.bits(0));
    assertEquals(List.of(), c.get(0).titles);
  }

  @Test
  void startingOnANewTextForgetsTheClassesOfTheLast() {
    TokenClasses c = new TokenClasses(table);
    c.of(scan("Guatemala voted"));
    assertTrue((c.bits(0) & WordTable.PLACE_START) != 0);

    c.of(scan("Zqxwvy voted"));
    assertEquals(0, c.bits(0), "not the class of the first word of the text before");
  }

  @Test
  void aTextLongerThanTheFirstArraysIsClassifiedToItsLastToken() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      sb.append("and ");
    }
    TokenClasses c = new TokenClasses(table).of(scan(sb + "Honduras"));
    assertTrue((c.bits(300) & WordTable.PLACE_START) != 0);
  }

  @Test
  void oneWordHasOneClassInEveryTextSoAPlaceMarkLeftOnItServesThemAll() {
    TokenClasses a = new TokenClasses(table).of(scan("Honduras voted"));
    TokenClasses b = new TokenClasses(table).of(scan("Rain fell on Honduras"));
    assertSame(a.get(0), b.get(3));
  }
}
