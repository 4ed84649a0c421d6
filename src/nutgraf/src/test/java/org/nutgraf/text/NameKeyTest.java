package org.nutgraf.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameKeyTest {
  @Test
  void apostrophesStraightOrCurlyAreDropped() {
    assertEquals("beto orourke", NameKey.of("Beto O'Rourke"));
    assertEquals("beto orourke", NameKey.of("Beto O\u2019Rourke"));
    assertEquals("beto orourke", NameKey.of("beto orourke"));
  }

  @Test
  void accentsAndCaseFold() {
    assertEquals("andres manuel lopez obrador", NameKey.of("Andrés Manuel LÓPEZ Obrador"));
    assertEquals("lech walesa", NameKey.of("Lech Wałęsa"));
  }

  @Test
  void hyphensAndRunsOfSpaceBecomeOneSpace() {
    assertEquals("kim jong un", NameKey.of("Kim Jong-un"));
    assertEquals("al naimat", NameKey.of("  Al\u2010Naimat\t"));
  }

  @Test
  void periodsAndOtherPunctuationAreDropped() {
    assertEquals("george w bush", NameKey.of("George W. Bush"));
    assertEquals("jrr tolkien", NameKey.of("J.R.R. Tolkien,"));
    assertEquals("", NameKey.of("--"));
  }

  @Test
  void aKeyIsItsOwnKey() {
    for (String name : List.of("Beto O'Rourke", "George W. Bush", "Côte d'Ivoire", "Kim Jong-un")) {
      String key = NameKey.of(name);
      assertEquals(key, NameKey.of(key), name);
    }
  }

  @Test
  void theSurnameIsTheLastWordBeforeASuffixAndNoneAfterARegnalNumber() {
    assertEquals("ortega", NameKey.surnameOf("maria jose ruiz ortega"));
    assertEquals("madonna", NameKey.surnameOf("madonna"));
    assertEquals("king", NameKey.surnameOf("martin luther king jr"));
    assertEquals("", NameKey.surnameOf("juan carlos i"));
    assertEquals("", NameKey.surnameOf("ottokar iv"));
    assertEquals("", NameKey.surnameOf("pius xii"));
    assertEquals("xi", NameKey.surnameOf("wang xi"), "the family name Xi is no number");
    assertEquals("vick", NameKey.surnameOf("ana vick"));
  }
}
