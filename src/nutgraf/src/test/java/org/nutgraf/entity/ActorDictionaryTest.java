package org.nutgraf.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorDictionaryTest {
  @TempDir Path dir;

  @Test
  void theBuiltInDictionaryKnowsLeadersAndTheirAliases() {
    ActorDictionary d = ActorDictionary.defaults();
    assertTrue(d.size() > 500, "size " + d.size());
    assertEquals("Andrés Manuel López Obrador", d.find("AMLO").orElseThrow().name());
    assertEquals(
        "Andrés Manuel López Obrador", d.find("andres manuel lopez obrador").orElseThrow().name());
  }

  @Test
  void spansOfTextAreLookedUpAsTheirStringsAre() throws IOException {
    Path tsv = dir.resolve("k.tsv");
    Files.writeString(
        tsv, "Marta Quell\tMQ\tCL\t\t\t\nIvo Drasko\t\tHR\t\t\t\nAna Drasko\t\tHR\t\t\t\n");
    ActorDictionary d = ActorDictionary.load(tsv);
    char[] text = "xx marta quell o'quell quell drasko mq".toCharArray();
    for (String s : List.of("marta quell", "o'quell", "quell", "drasko", "mq", "marta", "")) {
      int at = new String(text).indexOf(s);
      assertEquals(d.isKnown(s), d.isKnown(text, at, s.length()), s);
      assertEquals(d.isKnownSurname(s), d.isKnownSurname(text, at, s.length()), s);
    }
    assertTrue(d.isKnown(text, 3, 11));
    assertTrue(d.isKnownSurname(text, 23, 5));
  }

  @Test
  void readsTsvCsvAndJson() throws IOException {
    Path tsv = dir.resolve("a.tsv");
    Files.writeString(tsv, "# ours\nMarta Quell\tMQ;La Quell\tCL\tMayor\t2019\t\n");
    Path csv = dir.resolve("a.csv");
    Files.writeString(csv, "name,aliases,country,role,from,to\n\"Quell, Jr.\",,CL,,,\n");
    Path json = dir.resolve("a.json");
    Files.writeString(
        json,
        "[{\"name\":\"Ivo Drasko\",\"aliases\":[\"Ivo\"],\"country\":\"HR\","
            + "\"roles\":[{\"title\":\"Minister\",\"from\":\"2020-05\",\"to\":\"2022\"}]}]");
    assertEquals("Marta Quell", ActorDictionary.load(tsv).find("La Quell").orElseThrow().name());
    assertEquals("Quell, Jr.", ActorDictionary.load(csv).entries().iterator().next().name());
    ActorEntry ivo = ActorDictionary.load(json).find("ivo drasko").orElseThrow();
    assertEquals(Optional.of("HR"), ivo.country());
    assertTrue(ivo.roles().get(0).heldOn(LocalDate.of(2022, 12, 31)));
  }

  @Test
  void badEntriesNameFileLineAndField() throws IOException {
    Path tsv = dir.resolve("bad.tsv");
    Files.writeString(tsv, "# x\nSomeone\t\tHonduras\t\t\t\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ActorDictionary.load(tsv));
    assertTrue(e.getMessage().startsWith(tsv + ":2: field \"country\""), e.getMessage());
    Path json = dir.resolve("bad.json");
    Files.writeString(json, "[{\"name\":\"A B\",\"roles\":[{\"title\":\"x\",\"from\":\"soon\"}]}]");
    e = assertThrows(IllegalArgumentException.class, () -> ActorDictionary.load(json));
    assertTrue(e.getMessage().contains("actor 1: field \"from\""), e.getMessage());
  }

  @Test
  void csvQuotingIsReadByTheCsvParser() throws IOException {
    Path csv = dir.resolve("quoted.csv");
    Files.writeString(
        csv,
        "# desk list\nname,aliases,country,role,from,to\n\n"
            + "\"Orla \"\"Red\"\" Vance\",\"Red; O. Vance\",IE,\"Mayor, Port Cael\",2021,\n");
    ActorEntry orla = ActorDictionary.load(csv).find("Red").orElseThrow();
    assertEquals("Orla \"Red\" Vance", orla.name());
    assertEquals(List.of("Red", "O. Vance"), orla.aliases());
    assertEquals("Mayor, Port Cael", orla.roles().get(0).title());
  }

  @Test
  void csvErrorsNameTheLineAfterCommentsAndBlankLines() throws IOException {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "# c\nname,aliases,country\n\nTam Oduya,,Kenya\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ActorDictionary.load(csv));
    assertTrue(e.getMessage().startsWith(csv + ":4: field \"country\""), e.getMessage());
    Path open = dir.resolve("open.csv");
    Files.writeString(open, "name,aliases\nTam Oduya,\"Tam\n");
    e = assertThrows(IllegalArgumentException.class, () -> ActorDictionary.load(open));
    assertTrue(e.getMessage().startsWith(open + ":"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count(), e.getMessage());
  }

  @Test
  void mergingCombinesOnePersonsAliases() {
    ActorDictionary a =
        ActorDictionary.of(
            List.of(new ActorEntry("Ana Ruiz", List.of("AR1"), Optional.empty(), List.of())));
    ActorDictionary b =
        ActorDictionary.of(
            List.of(new ActorEntry("Ana Ruiz", List.of("AR2"), Optional.of("ES"), List.of())));
    ActorDictionary m = a.merge(b);
    assertEquals(1, m.size());
    assertEquals("Ana Ruiz", m.find("AR2").orElseThrow().name());
    assertEquals(Optional.of("ES"), m.find("AR1").orElseThrow().country());
  }

  @Test
  void aMonarchsNumberIsNoSurname() {
    ActorDictionary d =
        ActorDictionary.of(
            List.of(
                new ActorEntry("Ottokar IV", List.of(), Optional.empty(), List.of()),
                new ActorEntry("Dale Harrow Jr.", List.of(), Optional.empty(), List.of())));
    assertFalse(d.isKnownSurname("iv"));
    assertFalse(d.isKnownSurname("ottokar"));
    assertFalse(d.isKnownSurname("jr"));
    assertTrue(d.isKnownSurname("harrow"));
  }

  @Test
  void aChineseLeadersFamilyNameIsTheFirstWord() {
    ActorDictionary d =
        ActorDictionary.of(
            List.of(new ActorEntry("Zhao Minghui", List.of(), Optional.of("CN"), List.of())));
    assertTrue(d.isKnownSurname("zhao"));
    assertFalse(d.isKnownSurname("minghui"));
  }

  @Test
  void aSurnameResolvesOnlyWhenOneEntryFitsTheArticle() {
    ActorDictionary d = ActorDictionary.defaults();
    Optional<Instant> in2019 = Optional.of(Instant.parse("2019-06-01T00:00:00Z"));
    assertEquals(
        "Andrés Manuel López Obrador",
        d.resolveSurname("Obrador", in2019, Set.of()).orElseThrow().name());
    assertTrue(d.resolveSurname("Nobodyknowsthis", in2019, Set.of("MX")).isEmpty());
  }

  @Test
  void aCommonSurnameNeedsTheDateAndTheCountryToResolve() {
    ActorDictionary d = ActorDictionary.defaults();
    Optional<Instant> in2009 = Optional.of(Instant.parse("2009-06-01T00:00:00Z"));
    assertTrue(d.resolveSurname("Smith", in2009, Set.of("US")).isEmpty());
    assertEquals(
        "Stephen Smith", d.resolveSurname("Smith", in2009, Set.of("AU")).orElseThrow().name());
  }
}
