package org.nutgraf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nutgraf.bench.PlacePool.Place;
import org.nutgraf.gazetteer.Country;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;

/** The places the corpus writes: only names one country owns, weighted toward the populous. */
class PlacePoolTest {
  private static Gazetteer.Builder twoCountries() {
    Gazetteer.Builder b = new Gazetteer.Builder();
    country(b, "VD", "Veldoria", 40_000_000, 0);
    country(b, "KR", "Korvany", 400_000, 0);
    place(b, "Brastow", PlaceKind.CAPITAL, "VD", 900_000, 0);
    place(b, "Orlin", PlaceKind.CITY, "VD", 400_000, 0);
    place(b, "Quenby", PlaceKind.CITY, "VD", 2_000_000, 0);
    place(b, "Smallby", PlaceKind.CITY, "VD", 20_000, 0);
    place(b, "Ledger", PlaceKind.CITY, "VD", 700_000, PlaceEntry.COMMON_WORD);
    place(b, "Twinford", PlaceKind.CITY, "VD", 600_000, 0);
    place(b, "Twinford", PlaceKind.CITY, "KR", 300_000, 0);
    place(b, "Veldorian", PlaceKind.DEMONYM, "VD", 0, 0);
    place(b, "Veldorians", PlaceKind.DEMONYM, "VD", 0, 0);
    return b;
  }

  private static void country(Gazetteer.Builder b, String code, String name, long pop, int flags) {
    b.country(new Country(code, name, "", pop));
    place(b, name, PlaceKind.COUNTRY, code, pop, flags);
  }

  private static void place(
      Gazetteer.Builder b, String name, PlaceKind kind, String code, long pop, int flags) {
    b.add(new PlaceEntry(name, kind, code, "", pop, flags, name));
  }

  private static Map<String, Place> drawn(PlacePool pool, int n) {
    Map<String, Place> out = new HashMap<>();
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < n; i++) {
      Place p = pool.country(random);
      out.put(p.code(), p);
    }
    return out;
  }

  @Test
  void aCountryCarriesItsUnambiguousLargeCitiesLargestFirstAndItsAdjective() {
    Place vd = drawn(new PlacePool(twoCountries().build()), 200).get("VD");
    assertEquals("Veldoria", vd.name());
    // Smallby is too small, Ledger is also a word, Twinford is in two countries
    assertEquals(List.of("Quenby", "Brastow", "Orlin"), vd.cities());
    assertEquals("Veldorian", vd.demonym());
  }

  @Test
  void aCountryWithoutDemonymOrCitiesIsWrittenByItsName() {
    PlacePool pool = new PlacePool(twoCountries().build());
    Place kr = drawn(pool, 2_000).get("KR");
    assertEquals("Korvany", kr.demonym());
    assertEquals(List.of(), kr.cities());
    assertEquals("Korvany", pool.city(kr, new SplittableRandom(4)));
  }

  @Test
  void smallOrAmbiguousCountriesAreLeftOut() {
    Gazetteer.Builder b = twoCountries();
    country(b, "TL", "Tinyland", 50_000, 0);
    country(b, "CW", "Chadwick", 9_000_000, PlaceEntry.GIVEN_NAME);
    Map<String, Place> seen = drawn(new PlacePool(b.build()), 5_000);
    assertEquals(Set.of("VD", "KR"), seen.keySet());
  }

  @Test
  void thePopulousCountryIsDrawnMoreOften() {
    PlacePool pool = new PlacePool(twoCountries().build());
    SplittableRandom random = new SplittableRandom(9);
    int vd = 0;
    for (int i = 0; i < 2_000; i++) {
      if (pool.country(random).code().equals("VD")) {
        vd++;
      }
    }
    assertTrue(vd > 1_000, "Veldoria drawn " + vd + " of 2000");
  }

  @Test
  void citiesAreOnlyThoseOfTheCountry() {
    PlacePool pool = new PlacePool(twoCountries().build());
    Place vd = drawn(pool, 200).get("VD");
    SplittableRandom random = new SplittableRandom(2);
    for (int i = 0; i < 500; i++) {
      assertTrue(vd.cities().contains(pool.city(vd, random)));
    }
  }

  @Test
  void aGazetteerWithNoUsableCountryIsRefused() {
    Gazetteer.Builder b = new Gazetteer.Builder();
    country(b, "TL", "Tinyland", 50_000, 0);
    assertThrows(IllegalStateException.class, () -> new PlacePool(b.build()));
  }
}
