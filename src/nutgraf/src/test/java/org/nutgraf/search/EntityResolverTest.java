package org.nutgraf.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nutgraf.entity.ActorDictionary;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.query.UnknownValueException;

/** Names to index keys over a gazetteer, an actor dictionary and an index's actors. */
class EntityResolverTest {
  private final EntityResolver resolver =
      new EntityResolver(
          Gazetteer.defaults(),
          ActorDictionary.defaults(),
          Map.of(
              "juan orlando hernandez",
              "Juan Orlando Hernández",
              "mike pence",
              "Mike Pence",
              "john smith",
              "John Smith",
              "jane smith",
              "Jane Smith"));

  @Test
  void resolvesACountryByDemonymOrCode() {
    assertEquals("HN", resolver.country("Honduran"));
    assertEquals("HN", resolver.country("hn"));
    assertEquals("Honduras", resolver.countryLabel("HN"));
  }

  @Test
  void resolvesAnIndexedSurnameToItsActor() {
    assertEquals("mike pence", resolver.actor("Pence"));
    assertEquals("juan orlando hernandez", resolver.actor("Orlando Hernandez"));
  }

  @Test
  void aSurnameOfSeveralActorsIsAmbiguous() {
    UnknownValueException e =
        assertThrows(UnknownValueException.class, () -> resolver.actor("Smith"));
    assertEquals(List.of("Jane Smith", "John Smith"), e.suggestions());
  }

  @Test
  void labelsAnUnknownKeyWithItself() {
    assertEquals("Mike Pence", resolver.actorLabel("mike pence"));
    assertEquals("nobody known", resolver.actorLabel("nobody known"));
  }

  @Test
  void resolvesPlacesToTheirCountryPath() {
    assertEquals("HN/San Pedro Sula", resolver.place("HN/San Pedro Sula"));
  }
}
