package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nutgraf.recognition.PlaceFixture.candidate;
import static org.nutgraf.recognition.PlaceFixture.indexOf;
import static org.nutgraf.recognition.PlaceFixture.scan;

import org.junit.jupiter.api.Test;
import org.nutgraf.text.TokenSequence;

/** The words right around a place name: prepositions, "City, Region", speakers, datelines. */
class PlaceContextTest {
  private static final Lexicons LEX = Lexicons.defaults();

  @Test
  void aLowerCasePrepositionOrVisitPutsAPlaceAfterIt() {
    TokenSequence t = scan("Dockers walked out in Callao and later visited Chimbote.");
    assertTrue(PlaceContext.prepositionBefore(t, indexOf(t, "Callao")));
    assertTrue(PlaceContext.prepositionBefore(t, indexOf(t, "Chimbote")));
    assertFalse(PlaceContext.prepositionBefore(t, 0), "nothing stands before the first word");
  }

  @Test
  void punctuationOrACapitalBreaksThePreposition() {
    TokenSequence t = scan("They live in. Callao is quiet. In Callao, too.");
    assertFalse(PlaceContext.prepositionBefore(t, indexOf(t, "Callao")));
    TokenSequence capital = scan("Minutes In Callao aired.");
    assertFalse(PlaceContext.prepositionBefore(capital, indexOf(capital, "Callao")));
  }

  @Test
  void onlyWordsOfLocationAreLocatives() {
    TokenSequence t = scan("Ships sent aid to Callao, sailed to Paita and stayed near Ilo.");
    assertTrue(PlaceContext.prepositionBefore(t, indexOf(t, "Callao")));
    assertFalse(PlaceContext.locativeBefore(t, indexOf(t, "Callao")), "'to' alone is no locative");
    assertTrue(PlaceContext.locativeBefore(t, indexOf(t, "Paita")), "'to' after a verb of going");
    assertTrue(PlaceContext.locativeBefore(t, indexOf(t, "Ilo")));
  }

  @Test
  void aCommaAndACapitalisedWordAfterTheNameMayBeItsRegion() {
    TokenSequence t = scan("Farmers from Jauja, Junin came, and others, too.");
    assertTrue(PlaceContext.commaPlaceAfter(t, candidate(t, "Jauja")));
    assertFalse(PlaceContext.commaPlaceAfter(t, candidate(t, "Junin")), "a comma, then lower case");
    TokenSequence end = scan("They came from Jauja");
    assertFalse(PlaceContext.commaPlaceAfter(end, candidate(end, "Jauja")), "nothing follows");
  }

  @Test
  void aOneWordNameBesideAVerbOfSayingIsTheSpeaker() {
    TokenSequence after = scan("\"We will return,\" said Ilave on Monday.");
    assertTrue(PlaceContext.speakerPosition(after, candidate(after, "Ilave")));
    TokenSequence before = scan("Later Ilave told the crowd to go home.");
    assertTrue(PlaceContext.speakerPosition(before, candidate(before, "Ilave")));
    TokenSequence neither = scan("Later Ilave hosted the crowd.");
    assertFalse(PlaceContext.speakerPosition(neither, candidate(neither, "Ilave")));
  }

  @Test
  void aNameOfTwoWordsIsNeverTakenForTheSpeaker() {
    TokenSequence t = scan("Officials said Puerto Maldonado was calm.");
    assertFalse(PlaceContext.speakerPosition(t, candidate(t, "Puerto Maldonado")));
  }

  @Test
  void capitalsOpeningAnOrdinaryTextAndFollowedByPunctuationAreADateline() {
    TokenSequence t = scan("PUERTO MALDONADO, Peru — Miners blocked the road.");
    assertTrue(PlaceContext.dateline(t, candidate(t, "PUERTO MALDONADO")));
    TokenSequence dash = scan("CUSCO — Tourists returned on Friday.");
    assertTrue(PlaceContext.dateline(dash, candidate(dash, "CUSCO")));
  }

  @Test
  void notADatelineInsideATextOrInATextAllInCapitalsOrWithoutPunctuation() {
    TokenSequence inside = scan("Tourists returned to CUSCO — at last.");
    assertFalse(PlaceContext.dateline(inside, candidate(inside, "CUSCO")));
    TokenSequence shouting = scan("CUSCO — TOURISTS RETURN");
    assertFalse(PlaceContext.dateline(shouting, candidate(shouting, "CUSCO")));
    TokenSequence plain = scan("Cusco — Tourists returned on Friday.");
    assertFalse(PlaceContext.dateline(plain, candidate(plain, "Cusco")));
    TokenSequence run = scan("CUSCO tourists returned on Friday.");
    assertFalse(PlaceContext.dateline(run, candidate(run, "CUSCO")));
  }

  @Test
  void aPlaceBetweenACapitalisedWordAndAnOrganisationWordIsInsideAName() {
    TokenSequence t = scan("He chairs the National Chile Association now.");
    assertTrue(PlaceContext.insideAName(t, candidate(t, "Chile"), LEX));
    TokenSequence plain = scan("He visited Chile last year.");
    assertFalse(PlaceContext.insideAName(plain, candidate(plain, "Chile"), LEX));
  }
}
