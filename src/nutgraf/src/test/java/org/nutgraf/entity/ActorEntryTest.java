package org.nutgraf.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A dictionary entry: its key and surname key, its offices by date, and what it refuses. */
class ActorEntryTest {
  private static final LocalDate JAN_2020 = LocalDate.of(2020, 1, 1);
  private static final LocalDate DEC_2021 = LocalDate.of(2021, 12, 31);

  private static ActorEntry entry(String name) {
    return new ActorEntry(name, List.of(), Optional.empty(), List.of());
  }

  @Test
  void theKeyIsTheFoldedNameAndTheSurnameKeyItsLastWord() {
    ActorEntry e = entry("María José Ruiz-Ortega");
    assertEquals("maria jose ruiz ortega", e.key());
    assertEquals("ortega", e.surnameKey());
    assertEquals("madonna", entry("Madonna").surnameKey());
  }

  @Test
  void aGenerationalSuffixIsNoSurnameAndARegnalNumberLeavesNone() {
    assertEquals("king", entry("Martin Luther King Jr.").surnameKey());
    assertEquals("", entry("Charles III").surnameKey());
  }

  @Test
  void aChineseOrKoreanFamilyNameComesFirstForPeopleOfThoseCountries() {
    assertEquals("zhao", withCountry("Zhao Minghui", "CN").surnameKey());
    assertEquals("choe", withCountry("Choe Ryong-hui", "KP").surnameKey());
    assertEquals("wong", withCountry("Lawrence Wong", "SG").surnameKey(), "a given name first");
    // elsewhere, or without a country, the last word is the family name
    assertEquals("minghui", withCountry("Zhao Minghui", "US").surnameKey());
    assertEquals("minghui", entry("Zhao Minghui").surnameKey());
  }

  private static ActorEntry withCountry(String name, String country) {
    return new ActorEntry(name, List.of(), Optional.of(country), List.of());
  }

  @Test
  void anOfficeIsHeldFromItsFirstToItsLastDayInclusive() {
    ActorEntry.Role r = new ActorEntry.Role("Mayor", Optional.of(JAN_2020), Optional.of(DEC_2021));
    assertTrue(r.heldOn(JAN_2020));
    assertTrue(r.heldOn(DEC_2021));
    assertFalse(r.heldOn(JAN_2020.minusDays(1)));
    assertFalse(r.heldOn(DEC_2021.plusDays(1)));
  }

  @Test
  void anOpenEndCountsAsHeld() {
    ActorEntry.Role still = new ActorEntry.Role("Senator", Optional.of(JAN_2020), Optional.empty());
    assertTrue(still.heldOn(LocalDate.of(2099, 1, 1)));
    assertFalse(still.heldOn(LocalDate.of(2019, 6, 1)));
    ActorEntry.Role unknown = new ActorEntry.Role("Judge", Optional.empty(), Optional.empty());
    assertTrue(unknown.heldOn(LocalDate.of(1900, 1, 1)));
  }

  @Test
  void aliasesAndRolesAreCopies() {
    List<String> aliases = new ArrayList<>(List.of("Tom Ferrer"));
    ActorEntry e = new ActorEntry("Tomas Ferrer", aliases, Optional.of("PE"), List.of());
    aliases.add("T. Ferrer");
    assertEquals(List.of("Tom Ferrer"), e.aliases());
    assertThrows(UnsupportedOperationException.class, () -> e.roles().add(null));
  }

  @Test
  void aBlankNameIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> entry(" \t"));
    assertEquals("name: must not be blank", e.getMessage());
  }
}
