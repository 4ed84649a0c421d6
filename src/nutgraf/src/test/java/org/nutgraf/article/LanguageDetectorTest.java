package org.nutgraf.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  private final LanguageDetector detector = LanguageDetector.stopWords();

  @Test
  void tellsSpanishFromEnglish() {
    assertEquals(
        "es",
        detector.detect(
            "Cientos de hondureños salieron el sábado de San Pedro Sula rumbo a la frontera de"
                + " Estados Unidos, y el gobierno les pidió que volvieran a sus casas."));
    assertEquals(
        "en",
        detector.detect(
            "Hundreds of Hondurans left San Pedro Sula on Saturday for the border with the"
                + " United States, and the government asked them to go back to their homes."));
  }

  @Test
  void tellsOtherLanguagesWithAStopWordList() {
    assertEquals(
        "fr",
        detector.detect(
            "Des centaines de Honduriens ont quitté San Pedro Sula samedi pour la frontière, et le"
                + " gouvernement leur a demandé de rentrer chez eux."));
    assertEquals(
        "pt",
        detector.detect(
            "Centenas de hondurenhos deixaram San Pedro Sula no sábado em direção à fronteira, e o"
                + " governo pediu que eles voltassem para suas casas."));
  }

  @Test
  void isUndeterminedWhenTheTextIsTooShortOrHasNoStopWords() {
    assertEquals("und", detector.detect("Tegucigalpa"));
    assertEquals("und", detector.detect(""));
    assertEquals("und", detector.detect("2018-10-13 14:05 UTC · 1,200 km · #caravana"));
  }

  @Test
  void anArticleThatGivesItsLanguageKeepsIt() {
    Article given =
        Article.of(
            "a", "", Optional.empty(), "", Optional.empty(), "en", List.of("La caravana salió."));
    assertEquals("en", detector.detect(given));
  }

  @Test
  void anArticleIsJudgedOnItsHeadlineAndFirstParagraphs() {
    Article article =
        Article.of(
            "a",
            "La caravana llega a Tapachula",
            Optional.empty(),
            "",
            Optional.empty(),
            List.of("Los migrantes durmieron en la plaza.", "Mañana seguirán hacia el norte."));
    assertEquals("es", detector.detect(article));
  }

  @Test
  void aClearOpeningDecidesAndTheRestIsNotRead() {
    String spanish =
        "Los vecinos de la colonia dijeron que el agua no llega desde hace un mes y que la"
            + " alcaldía no les da respuesta, por lo que cerraron la calle con piedras.";
    String english =
        " The residents said that the water has not come for a month and that the city has not"
            + " answered them, so they closed the street with stones and they will stay there"
            + " until the mayor comes to see them, which he has not done in all of this time.";
    assertEquals("en", detector.detect(english + english));
    assertEquals("es", detector.detect(spanish + english + english));
  }
}
