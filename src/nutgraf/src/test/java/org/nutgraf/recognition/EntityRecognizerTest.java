package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.text.TextScanner;
import org.nutgraf.text.TokenSequence;

/** The recogniser's entry points: one text, the texts of an article, modes, costs, decisions. */
class EntityRecognizerTest {
  private final EntityRecognizer recognizer = EntityRecognizer.defaults();

  private static List<String> countries(Recognized r) {
    return r.places().stream().map(PlaceMention::country).toList();
  }

  private static List<String> persons(Recognized r) {
    return r.persons().stream().map(PersonMention::name).toList();
  }

  @Test
  void oneTextGivesItsPlacesAndPersons() {
    Recognized r = recognizer.recognize("Hondurans crossed into Guatemala.");
    assertEquals(List.of("HN", "GT"), countries(r));
    assertEquals(List.of(), persons(r));
    PlaceMention gt = r.places().get(1);
    assertEquals(
        "Guatemala",
        "Hondurans crossed into Guatemala.".substring(gt.startOffset(), gt.endOffset()));
  }

  @Test
  void theTextsOfAnArticleGiveOneResultEachInOrder() {
    List<Recognized> r =
        recognizer.recognizeAll(
            List.of("Rain fell on Bolivia.", "Nothing happened.", "Farmers in Paraguay waited."));
    assertEquals(3, r.size());
    assertEquals(List.of("BO"), countries(r.get(0)));
    assertEquals(List.of(), countries(r.get(1)));
    assertEquals(List.of("PY"), countries(r.get(2)));
    assertEquals(List.of(), recognizer.recognizeAll(List.of()));
  }

  @Test
  void aSurnameAloneIsAPersonOnceTheArticleNamesThemInFull() {
    String later = "Okafor declined to comment.";
    List<Recognized> article =
        recognizer.recognizeAll(List.of("Minister Adaeze Okafor visited the port.", later));
    assertEquals(List.of("Adaeze Okafor"), persons(article.get(0)));
    assertEquals(List.of("Okafor"), persons(article.get(1)));
  }

  @Test
  void aModeFindsOnlyWhatItAsksFor() {
    List<String> texts = List.of("Senator Lidia Marchetti flew to Chile.");
    Recognized both = recognizer.recognizeAll(texts).get(0);
    Recognized places = recognizer.recognizeAll(texts, EntityRecognizer.Mode.PLACES).get(0);
    Recognized people = recognizer.recognizeAll(texts, EntityRecognizer.Mode.PERSONS).get(0);
    assertEquals(List.of("CL"), countries(both));
    assertEquals(List.of("Lidia Marchetti"), persons(both));
    assertEquals(List.of("CL"), countries(places));
    assertEquals(List.of(), persons(places));
    assertEquals(List.of(), countries(people));
    assertEquals(List.of("Lidia Marchetti"), persons(people));
    assertThrows(NullPointerException.class, () -> recognizer.recognizeAll(texts, null));
  }

  @Test
  void withoutExplanationsTheSameMentionsCarryNoEvidence() {
    EntityRecognizer quiet =
        new EntityRecognizer(
            Gazetteer.defaults(), Lexicons.defaults(), KnownNames.NONE, /* explain */ false);
    String text = "Senator Lidia Marchetti flew to Chile.";
    Recognized told = recognizer.recognize(text);
    Recognized r = quiet.recognize(text);
    assertFalse(quiet.explains());
    assertTrue(recognizer.explains());
    assertEquals(countries(told), countries(r));
    assertEquals(persons(told), persons(r));
    assertFalse(told.places().get(0).evidence().isEmpty());
    assertEquals("", r.places().get(0).evidence());
  }

  @Test
  void tokensTheCallerScannedGiveWhatTheTextGives() {
    String text = "Senator Lidia Marchetti flew to Chile.";
    TokenSequence t = new TokenSequence();
    TextScanner.scan(text, t);
    assertEquals(recognizer.recognize(text), recognizer.recognize(t));
  }

  @Test
  void everyCallReportsItsCostOnce() {
    List<RecognitionCost> costs = new ArrayList<>();
    EntityRecognizer counting = recognizer.reportingCost(costs::add);
    counting.recognizeAll(List.of("Rain fell on Bolivia.", "Farmers in Paraguay waited."));
    counting.recognize("Quito");
    assertEquals(2, costs.size());
    assertFalse(costs.get(0).truncated());
    assertTrue(costs.get(0).steps() > costs.get(1).steps(), costs.toString());
    assertThrows(NullPointerException.class, () -> recognizer.reportingCost(null));
  }

  @Test
  void decisionsComeOnePerTextWithTheSpansWeighed() {
    List<List<PersonDecision>> persons =
        recognizer.personDecisions(List.of("Inspector Marwick left.", "Rain fell."));
    assertEquals(2, persons.size());
    assertEquals("Marwick", persons.get(0).get(0).surface());
    assertTrue(persons.get(0).get(0).accepted());
    assertEquals(List.of(), persons.get(1));
    assertEquals(2, recognizer.placeDecisions(List.of("Rain fell.", "Snow fell.")).size());
  }

  @Test
  void countryDecisionsListEveryCountryWeighedForAnAmbiguousName() {
    List<List<CountryDecision>> all =
        recognizer.countryDecisions(
            List.of("Rain fell.", "Fans filled the stadium in Cordoba on Sunday."));
    assertEquals(List.of(), all.get(0));
    CountryDecision d = all.get(1).get(0);
    assertEquals("Cordoba", d.surface());
    assertEquals("AR", d.chosen(), "the largest namesake, with no other country named");
    List<String> countries = d.options().stream().map(CountryDecision.Option::country).toList();
    assertTrue(countries.containsAll(List.of("AR", "ES")), countries.toString());
    assertEquals(countries.size(), Set.copyOf(countries).size(), "one option per country");
    for (CountryDecision.Option o : d.options()) {
      assertTrue(o.features().contains("bias"), o.toString());
    }
  }

  @Test
  void theDefaultsAreMadeOnceAndUseTheShippedData() {
    assertSame(recognizer, EntityRecognizer.defaults());
    assertSame(Gazetteer.defaults(), recognizer.gazetteer());
    assertSame(Lexicons.defaults(), recognizer.lexicons());
  }
}
