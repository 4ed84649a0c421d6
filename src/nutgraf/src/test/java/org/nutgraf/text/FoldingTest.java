package org.nutgraf.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Folding: the one key under which names written with or without accents and capitals meet. */
class FoldingTest {
  @Test
  void lowerCasesAndStripsAccentsOfLatinLetters() {
    assertEquals("jose nunez", Folding.fold("José Núñez"));
    assertEquals("sao tome", Folding.fold("SÃO TOMÉ"));
    assertEquals("zurich", Folding.fold("Zürich"));
  }

  @Test
  void lettersWithStrokesThatDecompositionLeavesAloneAreFoldedToo() {
    assertEquals("lodz", Folding.fold("Łódź"));
    assertEquals("orsted", Folding.fold("Ørsted"));
    assertEquals("dakovica", Folding.fold("Đakovica"));
    assertEquals("istanbul", Folding.fold("ıstanbul"));
  }

  @Test
  void vietnameseLettersWithTwoMarksFoldToTheirBaseLetter() {
    assertEquals("nguyen", Folding.fold("Nguyễn"));
    assertEquals("ha noi", Folding.fold("Hà Nội"));
  }

  @Test
  void curlyApostrophesBecomeStraightOnesSoBothSpellingsMeet() {
    assertEquals("o'neill", Folding.fold("O\u2019Neill"));
    assertEquals(Folding.fold("D'Amato"), Folding.fold("D\u2018Amato"));
  }

  @Test
  void foldsOneCharacterAsTheStringFormDoesAndKeepsTheLength() {
    String s = "Ålesund Ñandú ØRESUND";
    String folded = Folding.fold(s);
    assertEquals(s.length(), folded.length());
    for (int i = 0; i < s.length(); i++) {
      assertEquals(folded.charAt(i), Folding.fold(s.charAt(i)));
    }
  }

  @Test
  void digitsPunctuationAndOtherScriptsOutsideLatinAreOnlyLowerCased() {
    assertEquals("g-7 summit, 2024.", Folding.fold("G-7 Summit, 2024."));
    assertEquals("москва", Folding.fold("МОСКВА"));
  }

  @Test
  void theArrayFormFoldsARangeIntoAnOffsetOfTheTarget() {
    char[] src = "xxÉCOLExx".toCharArray();
    char[] dst = "##########".toCharArray();
    int hash = Folding.fold(src, 2, 5, dst, 3);
    assertEquals("###ecole##", new String(dst));
    assertEquals("ecole".hashCode(), hash);
  }
}
