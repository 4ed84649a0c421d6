package org.nutgraf.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nutgraf.recognition.PersonMention;
import org.nutgraf.recognition.Recognized;

/** Nicknames an article ties to full names. */
class NicknameTiesTest {
  private static PersonMention person(String text, String name) {
    int at = text.indexOf(name);
    return new PersonMention(
        at, at + name.length(), name, name, Optional.empty(), Optional.empty(), "test");
  }

  @Test
  void anArticleThatTiesNoNicknameKeepsItsMentions() {
    String text = "La jueza Marta Lidia Chinchilla Fúnez leyó el fallo.";
    List<Recognized> found =
        List.of(new Recognized(List.of(), List.of(person(text, "Marta Lidia Chinchilla Fúnez"))));
    assertSame(found, NicknameTies.apply(List.of(text), found));
  }

  @Test
  void anAcronymTiesOnlyWhenItsLettersOpenTheNamesWords() {
    String first =
        "La jueza Marta Lidia Chinchilla Fúnez (MLCF) leyó el fallo; Pablo Ruiz (PN) no.";
    String second = "MLCF y el PN callaron.";
    List<Recognized> found =
        List.of(
            new Recognized(
                List.of(),
                List.of(
                    person(first, "Marta Lidia Chinchilla Fúnez"), person(first, "Pablo Ruiz"))),
            Recognized.EMPTY);
    List<Recognized> tied = NicknameTies.apply(List.of(first, second), found);
    assertEquals(
        List.of("Marta Lidia Chinchilla Fúnez"),
        tied.get(1).persons().stream().map(PersonMention::name).toList());
    assertEquals("MLCF", tied.get(1).persons().get(0).surface());
  }
}
