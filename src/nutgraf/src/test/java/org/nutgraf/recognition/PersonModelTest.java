package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nutgraf.gazetteer.Gazetteer;

/** The fitted person model: its weights file, its dot product and what it explains. */
class PersonModelTest {
  private static PersonModel read(String text) throws IOException {
    return PersonModel.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv");
  }

  @Test
  void theShippedWeightsLoadWithAMarginAndWeightsForTheEvidence() {
    PersonModel m = PersonModel.defaults();
    assertTrue(m.margin() > 0, "one evidence point needs a positive score, or none will do");
    assertTrue(m.margin() < Double.POSITIVE_INFINITY, "the model decides, not only explains");
    assertTrue(m.weight(PersonFeatures.ANY_GIVEN) > 0, "a given name speaks for a person");
    assertTrue(m.weight(PersonFeatures.BIAS) != 0, "the fit gives a bias");
  }

  @Test
  void theScoreIsTheSumOfTheFeaturesWeightsAndRepeatsCountTwice() throws IOException {
    PersonModel m =
        read(
            "# weights\n@margin for one evidence point\t0.5\nbias\t-1.25\ntitle\t2\n"
                + "previous word#3\t0.5\n");
    PersonCandidate c = new PersonCandidate(0, 1, 1);
    c.feature(PersonFeatures.BIAS, "");
    c.feature(PersonFeatures.TITLE, "title 'Dr.'");
    assertEquals(0.75, m.score(c), 1e-9);
    c.feature(PersonFeatures.PREVIOUS + 3, "'met'");
    c.feature(PersonFeatures.PREVIOUS + 3, "'met'");
    assertEquals(1.75, m.score(c), 1e-9);
    assertEquals(0.5, m.margin(), 1e-9);
    assertEquals(0, m.weight(PersonFeatures.ROLE), "an unlisted feature weighs nothing");
  }

  @Test
  void aBadLineIsReportedWithItsFileAndLine() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> read("bias\t1\nno such feature\t2\n"));
    assertTrue(e.getMessage().startsWith("test.tsv:2:"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> read("bias\tmany\n"));
    assertTrue(e.getMessage().startsWith("test.tsv:1:"), e.getMessage());
  }

  @Test
  void everyFeatureNameReadsBackToItsIndex() {
    for (int f = 0; f < PersonFeatures.COUNT; f++) {
      assertEquals(f, PersonFeatures.index(PersonFeatures.name(f)));
    }
    assertEquals(-1, PersonFeatures.index("next word#99999"));
  }

  private static List<PersonDecision> decisions(String text) {
    return EntityRecognizer.defaults().personDecisions(List.of(text)).get(0);
  }

  @Test
  void aTitleAndSurnameIsAPersonAndALoneClubOrCityWordIsNot() {
    List<PersonDecision> d = decisions("Inspector Marwick questioned the driver for an hour.");
    assertEquals(1, d.size());
    assertEquals("Marwick", d.get(0).surface());
    assertTrue(d.get(0).accepted());
    assertTrue(d.get(0).features().contains("title"), d.get(0).features().toString());

    for (PersonDecision o : decisions("Fans of Arsenal cheered as the team reached Leeds.")) {
      assertFalse(o.accepted(), o.surface() + " is no person");
    }
  }

  @Test
  void withoutExplanationsTheSamePersonsAreFoundAndTrainingStillSeesEveryFeature() {
    EntityRecognizer indexing =
        new EntityRecognizer(Gazetteer.defaults(), Lexicons.defaults(), KnownNames.NONE, false);
    String text = "Councillor Imelda Roskam said Perrin Acheson of the harbour board would resign.";
    List<String> quiet = indexing.recognize(text).persons().stream().map(m -> m.name()).toList();
    List<String> told =
        EntityRecognizer.defaults().recognize(text).persons().stream().map(m -> m.name()).toList();
    assertTrue(told.contains("Imelda Roskam"), told.toString());
    assertEquals(told, quiet);

    for (PersonDecision d : indexing.personDecisions(List.of(text)).get(0)) {
      assertTrue(d.features().contains("bias"), d.surface() + ": " + d.features());
    }
  }

  @Test
  void explainListsEachFeatureWithItsWeightAndTheDecision() {
    PersonMention m =
        EntityRecognizer.defaults()
            .recognize("Councillor Imelda Roskam said the budget was short.")
            .persons()
            .get(0);
    assertEquals("Imelda Roskam", m.name());
    String e = m.evidence();
    assertTrue(e.contains("model: "), e);
    assertTrue(e.matches(".*given name 'Imelda' [+-]\\d+\\.\\d\\d.*"), e);
    assertTrue(e.matches(".*bias [+-]\\d+\\.\\d\\d.*"), e);
    assertTrue(e.endsWith(": a person"), e);
  }

  private static PersonDecision decision(String text, String surface) {
    return decisions(text).stream()
        .filter(d -> d.surface().equals(surface))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no span " + surface + " in " + decisions(text)));
  }

  @Test
  void theModelDecidesWeakNamesOfTwoWordsOutsidePlaces() {
    PersonDecision weak =
        decision("The grant went to Dravik Ostrander last spring.", "Dravik Ostrander");
    assertTrue(weak.modelDecides(), weak.features().toString());
    assertTrue(weak.features().contains("first word is on no list"), weak.features().toString());
    PersonDecision titled = decision("The grant went to Mr. Ostrander last spring.", "Ostrander");
    assertFalse(titled.modelDecides(), titled.features().toString());
    PersonDecision given =
        decision("The grant went to Maria Ostrander last spring.", "Maria Ostrander");
    assertFalse(given.modelDecides(), given.features().toString());
  }

  @Test
  void theModelDecidesABareSurnameOfOneKnownPersonThatHasNoOtherClue() throws IOException {
    KnownNames known =
        KnownNameSet.read(
            new ByteArrayInputStream("Dravik Quennell\n".getBytes(StandardCharsets.UTF_8)));
    EntityRecognizer r =
        new EntityRecognizer(Gazetteer.defaults(), Lexicons.defaults(), known, true);
    String text = "The spring talks were hosted by Quennell and by Ostrander.";
    List<PersonDecision> d = r.personDecisions(List.of(text)).get(0);
    PersonDecision knownOne =
        d.stream().filter(x -> x.surface().equals("Quennell")).findFirst().orElseThrow();
    assertTrue(knownOne.features().contains("known surname"), knownOne.features().toString());
    assertTrue(knownOne.modelDecides(), knownOne.features().toString());
    // a bare word known to no list has no point for the model to weigh
    assertTrue(
        d.stream().filter(x -> x.surface().equals("Ostrander")).noneMatch(x -> x.modelDecides()),
        d.toString());
  }

  @Test
  void aSpanOnALargePlaceNameSaysSo() {
    PersonDecision d = decision("Lawyers for Houston Ostrander said little.", "Houston Ostrander");
    assertTrue(
        d.features().contains("on a place of 100,000 people or a region or country"),
        d.features().toString());
    assertFalse(d.modelDecides(), d.features().toString());
  }

  @Test
  void theModelTakesACitedNameThatHasOnlyCapitalsForIt() {
    // two capitalised words on no list: one evidence point, too few for the hand-set rule alone
    String text = "The method follows Okonkwo Brannagh et al. (2019) closely.";
    PersonDecision d = decision(text, "Okonkwo Brannagh");
    assertTrue(d.features().contains("evidence points 1"), d.features().toString());
    assertTrue(d.modelDecides(), d.features().toString());
    assertTrue(d.accepted(), "score " + d.score());

    EntityRecognizer indexing =
        new EntityRecognizer(Gazetteer.defaults(), Lexicons.defaults(), KnownNames.NONE, false);
    for (EntityRecognizer r : List.of(EntityRecognizer.defaults(), indexing)) {
      List<String> names = r.recognize(text).persons().stream().map(m -> m.name()).toList();
      assertEquals(List.of("Okonkwo Brannagh"), names, "explaining: " + r.explains());
    }
  }

  @Test
  void aNameThatEndsAnOrganisationAfterItsWordAndOfSaysSo() {
    PersonDecision d =
        decision("Funding came from the University of Ostrander Velk last year.", "Ostrander Velk");
    assertTrue(
        d.features().contains("after an organisation word and 'of'"), d.features().toString());
    assertFalse(d.accepted(), "score " + d.score());
    PersonDecision plain =
        decision("Funding came from Ostrander Velk last year.", "Ostrander Velk");
    assertFalse(
        plain.features().contains("after an organisation word and 'of'"),
        plain.features().toString());
  }
}
