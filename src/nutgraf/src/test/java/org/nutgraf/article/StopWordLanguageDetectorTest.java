package org.nutgraf.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The stop-word detector: telling words weigh more, accents and case do not matter, and the opening
 * decides.
 */
class StopWordLanguageDetectorTest {
  private final StopWordLanguageDetector detector = StopWordLanguageDetector.INSTANCE;

  @Test
  void capitalsAndMissingAccentsDoNotHideTheLanguage() {
    String spanish = "Los vecinos dijeron que el puente estaba cerrado y que nadie les avisó nada.";
    assertEquals("es", detector.detect(spanish));
    assertEquals("es", detector.detect(spanish.toUpperCase()));
    assertEquals("es", detector.detect("Tambien estan los que ya no estan aqui con nosotros."));
  }

  @Test
  void aWordCountsForTheListsThatWriteItSoAndAnAccentedOneOnlyWhenNoneDoes() {
    // "en" is Spanish, French, Dutch and Scandinavian; Hungarian lists "én", which folds to it
    assertEquals("es", detector.detect("El consejo de Ocotal cerró la calle en el barrio."));
    assertEquals("es", detector.detect("El Gobierno de Ocotal anunció nuevas medidas en enero."));
    assertEquals("hu", detector.detect("Én is azt mondtam, hogy nem megyek el, mert nincs időm."));
  }

  @Test
  void aShortEnglishSentenceIsEnglishThroughItsPronounsAndAuxiliaries() {
    // "he" and "on" are Finnish stop words too; English lists them with "would", "she", "had"
    assertEquals("en", detector.detect("Marta Quiroga said he would stay on."));
    assertEquals("en", detector.detect("She had been there before the vote."));
    // "am" is German; the English words around it now outweigh it
    assertEquals("en", detector.detect("Fighting was reported in Kelheim am Main on Monday."));
  }

  @Test
  void theOpeningOfALongTextIsItsLanguage() {
    String opening =
        "Die Bauern sagten, dass sie mit der neuen Regel nicht zufrieden sind und dass sie auch"
            + " weiterhin gegen die Pläne der Regierung protestieren werden, weil es keine"
            + " Alternative gibt. ";
    String english =
        "The farmers said that they were not happy with the new rule and that they would keep on"
            + " protesting against the plans of the government. ";
    assertEquals("de", detector.detect(opening + english.repeat(5)));
    assertEquals("en", detector.detect(english + opening.repeat(5)));
  }

  @Test
  void aFewWordsSharedByManyLanguagesAreNotEnough() {
    assertEquals(Language.UNDETERMINED, detector.detect("de la"));
    assertEquals(Language.UNDETERMINED, detector.detect("Lima, Cusco, Puno, Tacna"));
  }

  @Test
  void aLetterOnlyOneLanguageWritesCountsLikeAStopWord() {
    assertEquals(
        "es", detector.detect("Cientos de pescadores hondureños bloquearon la carretera."));
    assertEquals(
        Language.UNDETERMINED,
        detector.detect("Cientos de pescadores bloquearon la carretera."),
        "without it, too few telling words");
    // one such word among English ones does not outweigh them
    assertEquals(
        "en", detector.detect("The minister said the Peña family would appeal the ruling."));
  }

  @Test
  void cyrillicStopWordsNameRussian() {
    assertEquals(
        "ru", detector.detect("Он сказал, что они не знали, где это было и как это было сделано."));
  }

  @Test
  void wordsLongerThanAnyStopWordAreSkipped() {
    assertEquals(
        Language.UNDETERMINED,
        detector.detect("Internationalisation counterrevolutionaries electroencephalography"));
  }
}
