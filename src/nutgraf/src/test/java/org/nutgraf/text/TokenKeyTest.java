package org.nutgraf.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenKeyTest {
  @Test
  void foldsCaseAndAccentsAndKeepsInnerApostrophes() {
    assertEquals("cote d'ivoire", TokenKey.of("Côte d’Ivoire"));
    assertEquals("cote d'ivoire", TokenKey.of("CÔTE D'IVOIRE"));
  }

  @Test
  void dropsAPossessiveAndSplitsAtHyphensAndPunctuation() {
    assertEquals("guatemala", TokenKey.of("Guatemala's"));
    assertEquals("guinea bissau", TokenKey.of("Guinea-Bissau"));
    assertEquals("washington d.c.", TokenKey.of("Washington, D.C."));
  }

  @Test
  void isTheKeyOfTheSameWordsInRunningText() {
    TokenSequence tokens = new TokenSequence();
    TextScanner.scan("Troops crossed into Côte d’Ivoire on Monday.", tokens);
    assertEquals(TokenKey.of("Côte d'Ivoire"), tokens.foldedJoined(3, 5));
  }

  @Test
  void aKeyWithoutPeriodsIsItsOwnKeyAndNoWordGivesEmpty() {
    for (String name : List.of("Côte d'Ivoire", "Guinea-Bissau", "O’Higgins")) {
      String key = TokenKey.of(name);
      assertEquals(key, TokenKey.of(key), name);
    }
    assertEquals("", TokenKey.of(" -- "));
  }

  @Test
  void differsFromTheNameKeyOfPeopleOnApostrophesAndPeriods() {
    assertEquals("beto o'rourke", TokenKey.of("Beto O’Rourke"));
    assertEquals("beto orourke", NameKey.of("Beto O’Rourke"));
  }
}
