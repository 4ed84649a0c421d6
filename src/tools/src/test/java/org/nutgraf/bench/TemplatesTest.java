package org.nutgraf.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nutgraf.bench.Templates.Slot;
import org.nutgraf.bench.Templates.Template;

/** Corpus templates: their slots, and how they are filed by places and persons named. */
class TemplatesTest {
  @Test
  void aTemplateSplitsIntoLiteralsAroundItsSlots() {
    Template t = Templates.parse("{person} landed in {place} on {day}.");
    assertArrayEquals(new String[] {"", " landed in ", " on ", "."}, t.literals());
    assertArrayEquals(new Slot[] {Slot.PERSON, Slot.PLACE, Slot.DAY}, t.slots());
    assertEquals(1, t.places());
    assertEquals(1, t.persons());
  }

  @Test
  void countriesAndDemonymsCountAsPlacesButOtherSlotsDoNot() {
    Template t = Templates.parse("{demonym} and {country} {noun} {verb} {num} {adj} in {month}");
    assertEquals(2, t.places());
    assertEquals(0, t.persons());
  }

  @Test
  void aTemplateWithoutSlotsIsOneLiteral() {
    Template t = Templates.parse("Nothing happened.");
    assertArrayEquals(new String[] {"Nothing happened."}, t.literals());
    assertEquals(0, t.slots().length);
  }

  @Test
  void anUnknownSlotIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Templates.parse("a {weather} day"));
  }

  @Test
  void eachTemplateIsFiledUnderTheCountsItNames() {
    Templates all = new Templates();
    for (int places = 0; places <= 2; places++) {
      for (int persons = 0; persons <= 2; persons++) {
        for (Template t : all.with(places, persons)) {
          assertEquals(places, Math.min(t.places(), 2));
          assertEquals(persons, Math.min(t.persons(), 2));
        }
      }
    }
  }

  @Test
  void theCombinationsTheComposerNeedsMostHaveTemplates() {
    Templates all = new Templates();
    assertFalse(all.with(0, 0).isEmpty(), "a sentence without entities");
    assertFalse(all.with(1, 0).isEmpty(), "one place");
    assertFalse(all.with(0, 1).isEmpty(), "one person");
    assertFalse(all.with(2, 0).isEmpty(), "two places");
    assertFalse(all.with(1, 1).isEmpty(), "a place and a person");
  }

  @Test
  void headlinesNameNoPerson() {
    Templates all = new Templates();
    assertFalse(all.headlines().isEmpty());
    assertTrue(all.headlines().stream().allMatch(t -> t.persons() == 0));
  }
}
