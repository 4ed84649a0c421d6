package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nutgraf.recognition.PlaceFixture.indexOf;
import static org.nutgraf.recognition.PlaceFixture.scan;

import org.junit.jupiter.api.Test;
import org.nutgraf.text.TokenSequence;

/** The word lists of person recognition, in English and with the Spanish lists added. */
class LexiconsTest {
  private static final Lexicons EN = Lexicons.defaults();
  private static final Lexicons ES = Lexicons.forLanguage("es");

  @Test
  void eachLanguageLoadsOnceAndLanguagesWithoutListsGetTheBaseOnes() {
    assertSame(EN, Lexicons.defaults());
    assertSame(ES, Lexicons.forLanguage("es"));
    assertSame(EN, Lexicons.forLanguage("fr"));
    assertEquals("", EN.language());
    assertEquals("es", ES.language());
  }

  @Test
  void wordsAreLookedUpFolded() {
    assertTrue(EN.isGivenName("maria"));
    assertFalse(EN.isGivenName("Maria"), "callers fold first");
    assertTrue(EN.isCommonWord("river"));
    assertFalse(EN.isCommonWord("ferrer"));
    assertTrue(EN.isEastAsianSurname("kim"));
    assertFalse(EN.isEastAsianSurname("smith"));
  }

  @Test
  void frequentCensusSurnamesAreMarked() {
    TokenSequence t = scan("Smith met Byrne and Aalderink yesterday.");
    assertNotEquals(0, EN.classify(t, indexOf(t, "Smith")) & Lexicons.SURNAME);
    assertNotEquals(0, EN.classify(t, indexOf(t, "Byrne")) & Lexicons.SURNAME);
    assertEquals(0, EN.classify(t, indexOf(t, "Aalderink")) & Lexicons.SURNAME, "too rare");
    assertEquals(0, EN.classify(t, indexOf(t, "yesterday")) & Lexicons.SURNAME);
    assertNotEquals(0, ES.classify(t, indexOf(t, "Smith")) & Lexicons.SURNAME, "every language");
  }

  @Test
  void formsOfAddressAreHonorificsAndOfficesAreNot() {
    assertTrue(EN.isHonorific("Mr."));
    assertTrue(EN.isHonorific("sheikh"));
    assertFalse(EN.isHonorific("President"));
    assertFalse(EN.isHonorific("coach"));
    assertFalse(EN.isHonorific(""));
  }

  @Test
  void generationalSuffixesWithOrWithoutAPeriod() {
    for (String s : new String[] {"jr", "jr.", "sr.", "ii", "iii", "iv"}) {
      assertTrue(Lexicons.isNameSuffix(s), s);
    }
    assertFalse(Lexicons.isNameSuffix("v"));
    assertFalse(Lexicons.isNameSuffix("esq"));
    assertFalse(Lexicons.isNameSuffix("."));
  }

  @Test
  void onlySpanishWritesTwoSurnamesAndNamesInstitutionsFirst() {
    assertTrue(ES.writesTwoSurnames());
    assertTrue(ES.namesInstitutionsFirst());
    assertFalse(EN.writesTwoSurnames());
    assertFalse(EN.namesInstitutionsFirst());
  }

  @Test
  void spanishTitlesGetTheirFeminineAndTitlesOfBothGendersStay() {
    TokenSequence t = scan("la ministra y el embajador y la embajadora y la fiscal");
    for (String title : new String[] {"ministra", "embajador", "embajadora", "fiscal"}) {
      int i = indexOf(t, title);
      assertNotEquals(0, ES.classify(t, i) & Lexicons.TITLE_START, title);
    }
    assertEquals(0, EN.classify(t, indexOf(t, "ministra")) & Lexicons.TITLE_START);
  }

  @Test
  void spanishArticlesAndConjunctionsAreNoParticlesAndDeOpensNoName() {
    TokenSequence t = scan("el y de van");
    assertNotEquals(0, EN.classify(t, indexOf(t, "de")) & Lexicons.OPENING_PARTICLE);
    assertNotEquals(0, ES.classify(t, indexOf(t, "de")) & Lexicons.PARTICLE);
    assertEquals(0, ES.classify(t, indexOf(t, "de")) & Lexicons.OPENING_PARTICLE);
    assertEquals(0, ES.classify(t, indexOf(t, "el")) & Lexicons.PARTICLE);
    assertEquals(0, ES.classify(t, indexOf(t, "y")) & Lexicons.PARTICLE);
    assertNotEquals(0, ES.classify(t, indexOf(t, "van")) & Lexicons.OPENING_PARTICLE);
  }

  @Test
  void englishOrganisationWordsSpanishDoesNotUseAreForeignThere() {
    TokenSequence t = scan("Congreso Power");
    int power = indexOf(t, "Power");
    assertNotEquals(0, ES.classify(t, indexOf(t, "Congreso")) & Lexicons.ORG);
    assertEquals(0, EN.classify(t, power) & Lexicons.FOREIGN_ORG);
    assertNotEquals(0, EN.classify(t, power) & Lexicons.ORG);
    assertNotEquals(0, ES.classify(t, power) & Lexicons.FOREIGN_ORG);
    assertEquals(0, ES.classify(t, indexOf(t, "Congreso")) & Lexicons.FOREIGN_ORG);
  }

  @Test
  void aWordOnNoListHasNoBits() {
    TokenSequence t = scan("Zzyzxqv");
    assertEquals(0, EN.classify(t, 0));
  }

  @Test
  void theLongestTitleStartingAtAWordIsMatched() {
    TokenSequence t = scan("Vice President Ferrer and vice Ferrer");
    Lexicons.TitleKind[] kind = new Lexicons.TitleKind[1];
    WordClass vice = EN.words().get("vice");
    assertEquals(2, Lexicons.titleAt(t, 0, vice, kind));
    assertEquals(Lexicons.TitleKind.TITLE, kind[0]);
    assertEquals(0, Lexicons.titleAt(t, indexOf(t, "vice"), vice, kind));
  }

  @Test
  void thePluralOfAOneWordOfficeOrRoleIsAPluralRole() {
    TokenSequence t = scan("coaches presidents dames rivers lawyers");
    assertTrue(pluralRole(t, "presidents"));
    assertTrue(pluralRole(t, "lawyers"));
    assertFalse(pluralRole(t, "dames")); // an honorific's plural
    assertFalse(pluralRole(t, "rivers"));
  }

  private static boolean pluralRole(TokenSequence t, String word) {
    return (EN.classify(t, indexOf(t, word)) & Lexicons.PLURAL_ROLE) != 0;
  }
}
