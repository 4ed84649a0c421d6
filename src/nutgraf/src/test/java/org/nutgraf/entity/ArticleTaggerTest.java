package org.nutgraf.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.recognition.NamedFirms;

/** Coreference, dictionary resolution and affiliation over whole articles. */
class ArticleTaggerTest {
  private final ArticleTagger tagger = ArticleTagger.defaults();

  private List<List<String>> actors(String... paragraphs) {
    Article a =
        Article.of("t1", "", Instant.parse("2018-10-15T00:00:00Z"), "", List.of(paragraphs));
    return tagger.tag(a).paragraphs().stream()
        .map(p -> p.actors().stream().map(Actor::name).toList())
        .toList();
  }

  @Test
  void aSurnameResolvesToTheFullNameBeforeOrAfter() {
    List<List<String>> a =
        actors(
            "Lindqvist said the port would reopen.",
            "Harbour master Elsa Maria Lindqvist inspected the cranes.",
            "Later, Lindqvist toured the docks.");
    assertEquals(List.of("Elsa Maria Lindqvist"), a.get(0));
    assertEquals(List.of("Elsa Maria Lindqvist"), a.get(1));
    assertEquals(List.of("Elsa Maria Lindqvist"), a.get(2));
  }

  @Test
  void theFullestFormWithItsAccentsIsCanonical() {
    List<List<String>> a =
        actors(
            "President Juan Orlando Hernández spoke first.",
            "Hernandez said the caravan should turn back.");
    assertEquals(List.of("Juan Orlando Hernández"), a.get(1));
  }

  @Test
  void doubleSurnamesResolveToTheFullName() {
    List<List<String>> a =
        actors(
            "President Andrés Manuel López Obrador opened the plant.",
            "López Obrador praised the workers.");
    assertEquals(List.of("Andrés Manuel López Obrador"), a.get(1));
  }

  @Test
  void chineseFamilyNamesResolveToTheFullName() {
    List<List<String>> a = actors("President Xi Jinping arrived.", "Xi said trade would grow.");
    assertEquals(List.of("Xi Jinping"), a.get(1));
  }

  @Test
  void onlyWholeWordsMatch() {
    List<List<String>> a =
        actors("Minister Ines Carvalho spoke.", "Mr. Carval disagreed loudly, said aides.");
    assertEquals(List.of("Carval"), a.get(1));
  }

  @Test
  void twoPeopleSharingASurnameAreNeverMerged() {
    List<List<String>> a =
        actors(
            "Mayor Rita Okafor opened the clinic with nurse Daniel Okafor.",
            "Okafor said the clinic would serve the district.");
    assertEquals(List.of("Rita Okafor", "Daniel Okafor"), a.get(0));
    assertEquals(1, a.get(1).size());
  }

  @Test
  void theAdministrationNamedAfterAPresidentNamesHim() {
    List<List<String>> a =
        actors("President Donald Trump spoke.", "The Trump administration changed course.");
    assertEquals(List.of("Donald Trump"), a.get(1));
  }

  @Test
  void aBareSurnameResolvesThroughTheDictionaryWhenItFits() {
    List<List<String>> a = actors("Nigeria's leader Tinubu said talks would continue.");
    assertEquals(List.of("Bola Tinubu"), a.get(0));
  }

  @Test
  void aliasesInTheDictionaryMergeAcrossArticles() {
    ActorDictionary dict =
        ActorDictionary.of(
            List.of(
                new ActorEntry(
                    "Ramona Velasquez", List.of("La Jefa"), Optional.of("MX"), List.of())));
    ArticleTagger t = new ArticleTagger(Gazetteer.defaults(), dict);
    Article a =
        Article.of(
            "t2",
            "",
            Instant.parse("2020-01-01T00:00:00Z"),
            "",
            List.of("Governor Ramona Velásquez signed the bill."));
    Actor actor = t.tag(a).paragraphs().get(0).actors().get(0);
    assertEquals("ramona velasquez", actor.key());
    assertEquals("Ramona Velásquez", actor.name());
    assertEquals(Optional.of("MX"), actor.country());
  }

  @Test
  void affiliationComesFromTheNationalityBeforeTheTitle() {
    Article a =
        Article.of(
            "t3",
            "",
            Instant.parse("2024-01-01T00:00:00Z"),
            "",
            List.of("Ghanaian Foreign Minister Efua Mensah-Bonsu met reporters."));
    Actor actor = tagger.tag(a).paragraphs().get(0).actors().get(0);
    assertEquals(Optional.of("GH"), actor.country());
  }

  @Test
  void aNameCutAfterItsMiddleInitialIsJoinedAcrossParagraphs() {
    List<List<String>> a =
        actors(
            "The ruling was read out by the chief judge, Harriet K.",
            "Osgood, who has sat on the bench since 2009.",
            "Osgood declined to take questions.",
            "The panel then adjourned until May.");
    assertEquals(List.of("Harriet K. Osgood"), a.get(0));
    assertEquals(List.of("Harriet K. Osgood"), a.get(1));
    assertEquals(List.of("Harriet K. Osgood"), a.get(2));
    assertEquals(List.of(), a.get(3));
  }

  @Test
  void aParagraphEndingInAnInitialIsNotJoinedToAnOrdinaryWord() {
    List<List<String>> a =
        actors("Officials blamed the outage on Unit B.", "The grid recovered overnight.");
    assertEquals(List.of(), a.get(0));
    assertEquals(List.of(), a.get(1));
  }

  @Test
  void aSurnameResolvesToAFullNameWithAGenerationalSuffix() {
    List<List<String>> a =
        actors(
            "Governor Thaddeus R. Whitcombe Jr. signed the budget.",
            "Whitcombe said the state would borrow less.");
    assertEquals(List.of("Thaddeus R. Whitcombe Jr."), a.get(0));
    assertEquals(List.of("Thaddeus R. Whitcombe Jr."), a.get(1));
  }

  @Test
  void aSuffixTellsAFatherFromHisSon() {
    List<List<String>> a =
        actors(
            "Senator Hal Brandt campaigned with his son, Hal Brandt Jr., on Friday.",
            "The elder Brandt has served three terms.");
    assertEquals(List.of("Hal Brandt", "Hal Brandt Jr."), a.get(0));
    assertEquals(1, a.get(1).size());
  }

  @Test
  void aSharedSurnameGoesToThePersonJustNamedInFull() {
    List<List<String>> a =
        actors(
            "Mayor Liang Wenhui was detained in March.",
            "Mr. Liang has not been seen since.",
            "Officials said Mr. Liang would face trial.",
            "His daughter, Liang Meixiu, a nurse, spoke to reporters.",
            "Ms. Liang said the family had hired a lawyer.");
    assertEquals(List.of("Liang Wenhui"), a.get(2));
    assertEquals(List.of("Liang Meixiu"), a.get(4));
  }

  @Test
  void aBareSharedSurnameGoesToThePersonTheArticleIsAbout() {
    List<List<String>> a =
        actors(
            "Former governor Rafael Quintero Solis was sentenced on Monday.",
            "Prosecutors said Quintero took bribes for a decade.",
            "His brother, Mateo Quintero, is serving a separate sentence.",
            "Quintero plans to appeal, his lawyer said.");
    assertEquals(List.of("Rafael Quintero Solis"), a.get(3));
  }

  @Test
  void theTaggedArticleCarriesItsLanguageAsGivenOrDetected() {
    Article spanish =
        Article.of(
            "es",
            "La caravana llega a Tapachula",
            Optional.empty(),
            "",
            Optional.empty(),
            List.of("Los migrantes hondureños durmieron en la plaza de la ciudad."));
    assertEquals("es", tagger.tag(spanish).article().language());
    assertEquals("en", tagger.tag(spanish.withLanguage("en")).article().language());
    ArticleTagger neverSure =
        new ArticleTagger(Gazetteer.defaults(), ActorDictionary.defaults(), false, text -> "und");
    assertEquals("und", neverSure.tag(spanish).article().language());
  }

  @Test
  void aFarmerCalledSmithIsNoForeignMinister() {
    Article a =
        Article.of(
            "t2",
            "",
            Instant.parse("2009-06-01T00:00:00Z"),
            "",
            List.of("Ms. Smith, a farmer near Des Moines, said the drought had hurt her corn."));
    assertEquals(
        List.of("Smith"),
        tagger.tag(a).paragraphs().get(0).actors().stream().map(Actor::name).toList());
  }

  @Test
  void aTaggerWithTheNewsroomsFirmsFindsNoPersonInThem() {
    Article a =
        Article.of(
            "t9",
            "",
            Instant.parse("2018-10-15T00:00:00Z"),
            "",
            List.of(
                "John Lewis said sales rose at its store in Leeds.",
                "John Lewis also cut prices."));
    ArticleTagger own = tagger.withNamedFirms(NamedFirms.defaults().with(List.of("John Lewis")));

    assertEquals(
        List.of("John Lewis"),
        tagger.tag(a).paragraphs().get(0).actors().stream().map(Actor::name).toList());
    assertEquals(
        List.of(List.of(), List.of()),
        own.tag(a).paragraphs().stream()
            .map(p -> p.actors().stream().map(Actor::name).toList())
            .toList());
    assertEquals(List.of("GB"), own.tag(a).paragraphs().get(0).countries());
  }
}
