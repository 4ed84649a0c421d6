package org.nutgraf.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nutgraf.query.Criteria.and;
import static org.nutgraf.query.Criteria.anyActor;
import static org.nutgraf.query.Criteria.anyCountry;
import static org.nutgraf.query.Criteria.anyPlace;
import static org.nutgraf.query.Criteria.article;
import static org.nutgraf.query.Criteria.not;
import static org.nutgraf.query.Criteria.or;
import static org.nutgraf.query.Criteria.phrase;
import static org.nutgraf.query.Criteria.published;
import static org.nutgraf.query.Criteria.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nutgraf.entity.ActorDictionary;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.query.UnknownValueException;

/** A query's names become index keys in one step, the same for both back ends. */
class ResolutionTest {
  private static final EntityResolver NAMES =
      new EntityResolver(
          Gazetteer.defaults(),
          ActorDictionary.defaults(),
          Map.of("mike pence", "Mike Pence", "juan orlando hernandez", "Juan Orlando Hernández"));

  @Test
  void namesAnywhereInTheConditionsBecomeKeysAndTheRestIsKept() {
    NewsQuery typed =
        NewsQuery.builder()
            .where(
                and(
                    anyCountry("Honduran", "Guatemala"),
                    or(anyActor("Pence"), not(anyPlace("San Pedro Sula"))),
                    source("  Harbor Ledger "),
                    phrase("migrant caravan"),
                    article("a1"),
                    published(LocalDate.of(2018, 10, 1), null)))
            .build();
    NewsQuery keys =
        NewsQuery.builder()
            .where(
                and(
                    anyCountry("HN", "GT"),
                    or(anyActor("mike pence"), not(anyPlace("HN/San Pedro Sula"))),
                    source("harbor ledger"),
                    phrase("migrant caravan"),
                    article("a1"),
                    published(LocalDate.of(2018, 10, 1), null)))
            .build();
    assertEquals(keys.where(), Resolution.of(typed, NAMES).where());
  }

  @Test
  void namesThatAreAlreadyKeysStayAsTheyAre() {
    NewsQuery keys =
        NewsQuery.builder()
            .anyCountry("HN")
            .anyActor("mike pence")
            .where(anyPlace("HN/San Pedro Sula"))
            .select(Dimension.PLACE, "HN", "HN/San Pedro Sula")
            .build();
    Resolution r = Resolution.of(keys, NAMES);
    assertEquals(keys.where(), r.where());
    assertEquals(Map.of(Dimension.PLACE, Set.of("HN", "HN/San Pedro Sula")), r.selections());
  }

  @Test
  void selectionsBecomeKeysInTheOrderGivenWithoutRepeats() {
    NewsQuery q =
        NewsQuery.builder()
            .select(Dimension.COUNTRY, "Honduras", "HN", "Guatemalan")
            .select(Dimension.ACTOR, "Pence")
            .build();
    Resolution r = Resolution.of(q, NAMES);
    assertEquals(List.of("HN", "GT"), List.copyOf(r.selections().get(Dimension.COUNTRY)));
    assertEquals(Set.of("mike pence"), r.selections().get(Dimension.ACTOR));
    assertEquals(r.selections().get(Dimension.COUNTRY), r.facetKeys(Dimension.COUNTRY));
  }

  @Test
  void aCountryCodeSelectsAPlaceDimensionByCountry() {
    NewsQuery q = NewsQuery.builder().select(Dimension.PLACE, "hn", "San Pedro Sula").build();
    Set<String> keys = Resolution.of(q, NAMES).selections().get(Dimension.PLACE);
    assertEquals(List.of("HN", "HN/San Pedro Sula"), List.copyOf(keys));
    assertTrue(Resolution.isCountryCode("HN"));
    assertFalse(Resolution.isCountryCode("HN/San Pedro Sula"));
  }

  @Test
  void aSelectedSourceIsQueriedByItsKeyAndMarkedAsGiven() {
    NewsQuery q = NewsQuery.builder().select(Dimension.SOURCE, "Harbor Ledger").build();
    Resolution r = Resolution.of(q, NAMES);
    assertEquals(Set.of("harbor ledger"), r.selections().get(Dimension.SOURCE));
    assertEquals(Set.of("Harbor Ledger"), r.facetKeys(Dimension.SOURCE));
    assertEquals(Set.of(), r.facetKeys(Dimension.ACTOR));
  }

  @Test
  void anUnknownNameFailsAndTheConditionsAreResolvedFirst() {
    NewsQuery q =
        NewsQuery.builder().anyCountry("Hondras").select(Dimension.ACTOR, "Nobody Atall").build();
    UnknownValueException e =
        assertThrows(UnknownValueException.class, () -> Resolution.of(q, NAMES));
    assertEquals("country", e.field());
    assertEquals("Hondras", e.value());
  }
}
