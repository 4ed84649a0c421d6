package org.nutgraf.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;
import org.nutgraf.gazetteer.Gazetteer;

/**
 * Places in Spanish articles: Spanish country names, abbreviations, exonyms, lower-case demonyms.
 */
class SpanishTaggingTest {
  private final ArticleTagger tagger = ArticleTagger.defaults();

  private List<List<String>> countries(String language, String... paragraphs) {
    Article a =
        Article.of("t", "", Optional.empty(), "", Optional.empty(), language, List.of(paragraphs));
    return tagger.tag(a).paragraphs().stream().map(TaggedParagraph::countries).toList();
  }

  @Test
  void spanishCountryNamesAndAbbreviationsResolve() {
    assertEquals(
        List.of(List.of("GB", "NL", "US"), List.of("US")),
        countries(
            "es",
            "Los Países Bajos y el Reino Unido firmaron con Estados Unidos.",
            "El gobierno de EEUU no respondió."));
  }

  @Test
  void theVaticanNamedInSpanishIsItsState() {
    assertEquals(
        List.of(List.of("VA"), List.of("VA")),
        countries(
            "es",
            "El papa habló desde el Vaticano el domingo.",
            "La Santa Sede no comentó la visita."));
  }

  @Test
  void aGovernmentSeatNamedInSpanishIsNoTownOfThatName() {
    // "Casa Blanca" is also a town in Mexico; as the White House it names no place
    assertEquals(
        List.of(List.of("ES")),
        countries("es", "La Casa Blanca dijo que la ministra viajará a Madrid el martes."));
  }

  @Test
  void lowerCaseDemonymsCountInEveryGenderAndNumber() {
    assertEquals(
        List.of(List.of("GT", "HN"), List.of("US")),
        countries(
            "es",
            "Las hondureñas y los guatemaltecos caminaron juntos.",
            "Un funcionario estadounidense habló con ellos."));
  }

  @Test
  void spanishExonymsResolveToTheirCountry() {
    assertEquals(
        List.of(List.of("GB", "MX", "US")),
        countries("es", "Hubo protestas en Londres, Nueva York y la Ciudad de México."));
  }

  @Test
  void englishArticlesDoNotMatchSpanishLowerCaseForms() {
    assertEquals(List.of(List.of()), countries("en", "The mexicanos stall sold tacos."));
  }

  @Test
  void demonymFormsFollowTheRegularEndings() {
    Gazetteer es = Gazetteer.spanish();
    for (String form : List.of("francesas", "alemanes", "españolas", "israelíes", "canadienses")) {
      assertEquals(1, es.lookup(form).size(), form);
    }
  }

  @Test
  void spanishPersonRulesKeepConjunctionsAndBodiesOutOfNames() {
    Article a =
        Article.of(
            "p",
            "",
            Optional.empty(),
            "",
            Optional.empty(),
            "es",
            List.of(
                "La presidenta Xiomara Castro habló ante el Congreso Nacional.",
                "Los candidatos Raphael Warnock y Jon Ossoff celebraron con la Policía Nacional."));
    List<List<String>> actors =
        tagger.tag(a).paragraphs().stream()
            .map(p -> p.actors().stream().map(Actor::name).toList())
            .toList();
    assertEquals(
        List.of(List.of("Xiomara Castro"), List.of("Raphael Warnock", "Jon Ossoff")), actors);
  }
}
