package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A list of known names: one name a line, found whatever its case, accents and spacing. */
class KnownNameSetTest {
  private static KnownNameSet read(String text) throws IOException {
    return KnownNameSet.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aListedNameIsKnownWhateverItsCaseOrAccents() throws IOException {
    KnownNameSet s = read("Inés Laval\nTomás  Ferrer\n");
    assertTrue(s.isKnown("ines laval"));
    assertTrue(s.isKnown("INÉS LAVAL"));
    assertTrue(s.isKnown("tomas ferrer"));
    assertFalse(s.isKnown("ines"));
    assertFalse(s.isKnown("laval ines"));
  }

  @Test
  void onlyTheFirstTabColumnIsTheName() throws IOException {
    KnownNameSet s = read("Oren Kask\tkask-o\tminister\n");
    assertTrue(s.isKnown("oren kask"));
    assertFalse(s.isKnown("kask-o"));
    assertFalse(s.isKnown("minister"));
  }

  @Test
  void commentsAndBlankLinesAreNoNames() throws IOException {
    KnownNameSet s = read("# the desk's list\n\n   \nLise Moor\n");
    assertTrue(s.isKnown("lise moor"));
    assertFalse(s.isKnown("# the desk's list"));
    assertFalse(s.isKnown(""));
  }

  @Test
  void aSurnameIsKnownOnlyWhenOnePersonOfTheListBearsIt() throws IOException {
    KnownNameSet s = read("Ada Brill\nOren Kask\nLise Kask\nMadonna\n");
    assertTrue(s.isKnownSurname("brill"));
    assertTrue(s.isKnownSurname("Brill"));
    assertFalse(s.isKnownSurname("kask"), "two people are called Kask");
    assertFalse(s.isKnownSurname("ada"));
    assertTrue(s.isKnownSurname("madonna"), "a one-word name is its own surname");
  }

  @Test
  void aRegnalNumberIsNoSurname() throws IOException {
    KnownNameSet s = read("Ottokar IV\nDale Harrow Jr.\n");
    assertFalse(s.isKnownSurname("iv"));
    assertFalse(s.isKnownSurname("jr"));
    assertTrue(s.isKnownSurname("harrow"));
  }

  @Test
  void theEmptyListAndNoneKnowNothing() throws IOException {
    assertFalse(read("").isKnown("ada brill"));
    assertFalse(KnownNames.NONE.isKnown("ada brill"));
    assertFalse(KnownNames.NONE.isKnownSurname("brill"));
  }
}
