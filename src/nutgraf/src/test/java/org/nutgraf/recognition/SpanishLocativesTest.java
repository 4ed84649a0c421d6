package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nutgraf.recognition.PlaceFixture.indexOf;
import static org.nutgraf.recognition.PlaceFixture.scan;

import org.junit.jupiter.api.Test;
import org.nutgraf.text.TokenSequence;

/** Spanish words that put a small town after them, as "in" does in English. */
class SpanishLocativesTest {
  private static final Lexicons SPANISH = Lexicons.forLanguage("es");

  private static boolean admitted(String text, String name) {
    return admitted(SPANISH, text, name);
  }

  private static boolean admitted(Lexicons lex, String text, String name) {
    TokenSequence t = scan(text);
    int i = indexOf(t, name);
    return SmallTowns.admitted(lex, t, i, i + 1);
  }

  @Test
  void enAloneAdmitsNoTownForSpanishWritesBodiesAfterItWithoutAnArticle() {
    assertFalse(admitted("El expediente sigue en Dunmore desde marzo.", "Dunmore"));
  }

  @Test
  void deAfterAWordForASettlementOrForNearnessAdmitsTheTown() {
    assertTrue(admitted("Los vecinos del municipio de Dunmore votaron ayer.", "Dunmore"));
    assertTrue(admitted("El incendio empezó cerca de Dunmore por la noche.", "Dunmore"));
    assertTrue(admitted("Acamparon en las afueras de Dunmore.", "Dunmore"));
    assertTrue(admitted("La comuna de Dunmore cerró sus escuelas.", "Dunmore"));
  }

  @Test
  void deAfterAnyOtherWordAdmitsNoTownForItAlsoPrecedesSurnames() {
    assertFalse(admitted("La hija de Dunmore habló con la prensa.", "Dunmore"));
    assertFalse(admitted("El abogado de Dunmore pidió tiempo.", "Dunmore"));
  }

  @Test
  void punctuationBetweenCutsTheLocativeOff() {
    assertFalse(admitted("Vivía cerca de. Dunmore llegó después.", "Dunmore"));
  }

  @Test
  void theWordsAreSpanishListsSoEnglishListsAdmitNoTownAfterThem() {
    assertFalse(
        admitted(Lexicons.defaults(), "Los vecinos del municipio de Dunmore votaron.", "Dunmore"));
  }
}
