package org.nutgraf.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An actor: a name and key that are never blank, and the one key function for names. */
class ActorTest {
  @Test
  void keysFoldAccentsHyphensAndApostrophes() {
    assertEquals("ines laval", Actor.keyOf("Inés  LAVAL"));
    assertEquals("al sabri", Actor.keyOf("Al-Sabri"));
    assertEquals("oconnell", Actor.keyOf("O’Connell"));
    assertEquals("j r ferrer", Actor.keyOf("J. R. Ferrer"));
    assertEquals(Actor.keyOf("Tomás Ferrer"), Actor.keyOf(Actor.keyOf("Tomás Ferrer")));
  }

  @Test
  void aBlankNameOrKeyIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new Actor(" ", "ferrer", Optional.empty()));
    assertEquals("name: must not be blank", e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> new Actor("Tomas Ferrer", "", Optional.of("PE")));
  }

  @Test
  void missingPartsAreNamed() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> new Actor("Tomas Ferrer", "ferrer", null));
    assertEquals("country", e.getMessage());
  }
}
