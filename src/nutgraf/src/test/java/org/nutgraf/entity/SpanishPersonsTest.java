package org.nutgraf.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;

/** Persons, organisations and abbreviations in Spanish articles. */
class SpanishPersonsTest {
  private final ArticleTagger tagger = ArticleTagger.defaults();

  private TaggedArticle tag(String... paragraphs) {
    return tagger.tag(
        Article.of("t", "", Optional.empty(), "", Optional.empty(), "es", List.of(paragraphs)));
  }

  private List<List<String>> actors(String... paragraphs) {
    return actors(tag(paragraphs));
  }

  private static List<List<String>> actors(TaggedArticle a) {
    return a.paragraphs().stream().map(p -> p.actors().stream().map(Actor::name).toList()).toList();
  }

  @Test
  void doubledCapitalAbbreviationsResolveWithOrWithoutASpace() {
    List<List<String>> countries =
        tag(
                "Una misión de EE. UU. llegó a Tegucigalpa el martes.",
                "Los enviados de EE.UU. volvieron a Washington. Nadie habló después.")
            .paragraphs()
            .stream()
            .map(TaggedParagraph::countries)
            .toList();
    assertEquals(List.of(List.of("HN", "US"), List.of("US")), countries);
  }

  @Test
  void aSecondSurnameStaysInTheNameOfAKnownPerson() {
    TaggedArticle a =
        tag(
            "El expresidente Juan Orlando Hernández Alvarado escuchó la sentencia en silencio.",
            "Hernández no habló con la prensa al salir.");
    List<Actor> all = a.paragraphs().stream().flatMap(p -> p.actors().stream()).toList();
    assertEquals(2, all.size());
    assertEquals("Juan Orlando Hernández Alvarado", all.get(0).name());
    assertEquals(all.get(0), all.get(1));
    // the dictionary's actor, so the facet counts it with articles that omit the second surname
    assertEquals(
        ActorDictionary.defaults().find("Juan Orlando Hernández").orElseThrow().key(),
        all.get(0).key());
    assertEquals(List.of(List.of(), List.of()), countries(a)); // "Alvarado" is no town here
  }

  @Test
  void theFirstSurnameAloneOrTheNameWithoutItsSecondSurnameIsTheSamePerson() {
    assertEquals(
        List.of(
            List.of("Rodrigo Paredes Solís"),
            List.of("Rodrigo Paredes Solís"),
            List.of("Rodrigo Paredes Solís")),
        actors(
            "El alcalde Rodrigo Paredes Solís inauguró el albergue del barrio.",
            "Según Rodrigo Paredes, faltan camas para las familias.",
            "Paredes pidió ayuda al gobierno central."));
  }

  @Test
  void thePrepositionDeDoesNotOpenAName() {
    assertEquals(
        List.of(List.of("Nicolás Maduro"), List.of("Gabriela Ruiz")),
        actors(
            "La delegación de Nicolás Maduro llegó tarde a la cumbre.",
            "El discurso de Gabriela Ruiz cerró la sesión."));
  }

  @Test
  void aNicknameTheArticleTiesToAFullNameIsThatPerson() {
    assertEquals(
        List.of(
            List.of("Héctor Rubén Castillo Mora"),
            List.of("Héctor Rubén Castillo Mora"),
            List.of("José Alfredo Lanza"),
            List.of("José Alfredo Lanza"),
            List.of("Ofelia Marisol Quintero"),
            List.of("Ofelia Marisol Quintero")),
        actors(
            "El exgobernador Héctor Rubén Castillo Mora (HRCM) anunció su candidatura.",
            "HRCM prometió empleo para los jóvenes.",
            "El senador José Alfredo «Chepe» Lanza presentó la ley el martes.",
            "Chepe Lanza dijo que no cederá. Según Chepe, la ley pasará.",
            "La cantante Ofelia Marisol Quintero, conocida como la Güera, llenó el estadio.",
            "La Güera cantó dos horas."));
  }

  @Test
  void aNicknameUseIsNoPlace() {
    TaggedArticle a =
        tag(
            "La cantante Ofelia Marisol Quintero, conocida como la Güera, llenó el estadio.",
            "La Güera cantó dos horas.");
    assertEquals(List.of(List.of(), List.of()), countries(a));
  }

  @Test
  void aPartyInBracketsAfterANameIsNoNickname() {
    assertEquals(
        List.of(List.of("Marco Tulio Reyes"), List.of()),
        actors(
            "El diputado Marco Tulio Reyes (PRI) votó en contra de la reforma.",
            "El PRI anunció que recurrirá a la Suprema Corte."));
  }

  @Test
  void aNicknameTheDictionaryTiesToAFullNameIsThatPerson() {
    List<List<String>> actors =
        actors(
            "El presidente Andrés Manuel López Obrador (AMLO) recibió a los alcaldes.",
            "AMLO prometió más fondos para los albergues.");
    assertEquals(List.of(List.of("Andrés Manuel López Obrador")), actors.subList(1, 2));
  }

  @Test
  void publicBodiesAreNeverPersons() {
    assertEquals(
        List.of(List.of(), List.of()),
        actors(
            "La Fiscalía dijo que la Policía Nacional y el Congreso Nacional recibieron el informe.",
            "La Cruz Roja, la OEA y Naciones Unidas pidieron corredores humanitarios."));
  }

  @Test
  void aNameWithoutItsHyphenatedSecondSurnameIsTheSamePerson() {
    assertEquals(
        List.of(
            List.of("Luis Gómez Ruiz-Tagle"),
            List.of("Luis Gómez Ruiz-Tagle"),
            List.of("Luis Gómez Ruiz-Tagle")),
        actors(
            "Luis Gómez gana la votación con el apoyo de los regionalistas",
            "El Parlamento eligió a Luis Gómez Ruiz-Tagle como presidente autonómico.",
            "La oposición acusó a Gómez de ceder ante sus socios."));
  }

  @Test
  void anAppositionWithADemonymOrARoleMakesAnUnknownNameAPerson() {
    assertEquals(
        List.of(
            List.of("Wendolyn Ruano"),
            List.of("Dilmer Osorto García"),
            List.of("Anyeli Ordóñez"),
            List.of("Dilmer Osorto García")),
        actors(
            "«No tengo con qué pagar el pasaje», contó Wendolyn Ruano, una hondureña de Choluteca.",
            "El juez ordenó liberar a Dilmer Osorto García, un salvadoreño residente en Ohio.",
            "Para Anyeli Ordóñez, vendedora de pan en el mercado, la reforma llega tarde.",
            "La familia de Osorto pidió que vuelva a casa."));
  }

  @Test
  void feminineTitlesNeedNoListOfTheirOwn() {
    assertEquals(
        List.of(List.of("Anyeli Ordóñez")),
        actors("La embajadora Anyeli Ordóñez presentó sus cartas credenciales."));
  }

  @Test
  void anEnglishOrganisationWordEndingANameIsASurname() {
    assertEquals(
        List.of(List.of("Melanie Power", "Tomás Gil")),
        actors(
            "Llegaron la embajadora de Canadá, Melanie Power, y el director de la agencia, Tomás"
                + " Gil."));
  }

  @Test
  void aPersonAnInstitutionIsNamedAfterIsNoActorAndNoPlace() {
    TaggedArticle a =
        tag("La ceremonia fue en el Centro Cultural Juan Ramón Molina, frente al parque central.");
    assertEquals(List.of(List.of()), countries(a));
    assertEquals(List.of(List.of()), actors(a));
  }

  private static List<List<String>> countries(TaggedArticle a) {
    return a.paragraphs().stream().map(TaggedParagraph::countries).toList();
  }
}
