package org.nutgraf.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.FacetRequest;

/** How facet values are ordered, cut and labelled, independent of any index. */
class FacetRankingTest {
  private static final Map<String, String> COUNTRY_NAMES =
      Map.of("PE", "Peru", "CL", "Chile", "BO", "Bolivia", "EC", "Ecuador");

  private static FacetValue v(String key, String label, long count) {
    return new FacetValue(key, label, count, false);
  }

  private static List<FacetValue> top(
      Dimension dim, List<FacetValue> values, FacetRequest req, String... selected) {
    Map<String, Long> counts = Map.of("EC", 0L, "PE/Cusco", 7L);
    return FacetRanking.top(
        dim,
        new ArrayList<>(values),
        req,
        new LinkedHashSet<>(List.of(selected)),
        k -> counts.getOrDefault(k, 0L),
        k -> COUNTRY_NAMES.getOrDefault(k, k));
  }

  @Test
  void ordersByCountThenLabelThenKey() {
    List<FacetValue> values =
        new ArrayList<>(
            List.of(v("b", "Same", 2), v("z", "Alpha", 2), v("a", "Same", 2), v("q", "Zed", 9)));

    values.sort(FacetRanking.ORDER);

    assertEquals(
        List.of(v("q", "Zed", 9), v("z", "Alpha", 2), v("a", "Same", 2), v("b", "Same", 2)),
        values);
  }

  @Test
  void keepsTheTopNAtOrAboveTheMinimumCount() {
    List<FacetValue> values =
        List.of(v("CL", "Chile", 3), v("PE", "Peru", 8), v("BO", "Bolivia", 1));

    assertEquals(
        List.of(v("PE", "Peru", 8), v("CL", "Chile", 3)),
        top(Dimension.COUNTRY, values, FacetRequest.of(Dimension.COUNTRY).top(2)));
    assertEquals(
        List.of(v("PE", "Peru", 8), v("CL", "Chile", 3)),
        top(Dimension.COUNTRY, values, FacetRequest.of(Dimension.COUNTRY).minCount(2)));
  }

  @Test
  void aZeroMinimumStillLeavesOutValuesNeverCounted() {
    List<FacetValue> values = List.of(v("CL", "Chile", 0), v("PE", "Peru", 1));

    assertEquals(
        List.of(v("PE", "Peru", 1)),
        top(Dimension.COUNTRY, values, FacetRequest.of(Dimension.COUNTRY).minCount(0)));
  }

  @Test
  void selectedValuesAreAlwaysShownWithTheirCountAndLabel() {
    List<FacetValue> values = List.of(v("PE", "Peru", 8), v("CL", "Chile", 3));

    List<FacetValue> out =
        top(Dimension.COUNTRY, values, FacetRequest.of(Dimension.COUNTRY).top(1), "EC", "CL");

    assertEquals(
        List.of(
            v("PE", "Peru", 8),
            new FacetValue("EC", "Ecuador", 0, true),
            new FacetValue("CL", "Chile", 0, true)),
        out);
  }

  @Test
  void aSelectedValueAlreadyInTheTopIsNotRepeated() {
    List<FacetValue> values = List.of(v("PE", "Peru", 8), v("CL", "Chile", 3));

    List<FacetValue> out = top(Dimension.COUNTRY, values, FacetRequest.of(Dimension.COUNTRY), "PE");

    assertEquals(2, out.size());
    assertEquals(1, out.stream().filter(f -> f.key().equals("PE")).count());
  }

  @Test
  void aCountrySelectedInThePlaceDimensionAddsNoPlaceOfItsOwn() {
    List<FacetValue> values = List.of(v("CL/Arica", "Arica", 2));

    List<FacetValue> out =
        top(Dimension.PLACE, values, FacetRequest.of(Dimension.PLACE), "PE", "PE/Cusco");

    assertEquals(
        List.of(v("CL/Arica", "Arica", 2), new FacetValue("PE/Cusco", "PE/Cusco", 7, true)), out);
  }

  @Test
  void sortsTheGivenListInPlace() {
    List<FacetValue> values = new ArrayList<>(List.of(v("CL", "Chile", 1), v("PE", "Peru", 5)));

    FacetRanking.top(
        Dimension.COUNTRY,
        values,
        FacetRequest.of(Dimension.COUNTRY),
        Set.of(),
        k -> 0,
        Function.identity());

    assertEquals("PE", values.get(0).key());
  }

  @Test
  void aPlaceIsSelectedByItselfOrByItsCountry() {
    assertTrue(FacetRanking.isSelected(Dimension.PLACE, "PE/Cusco", Set.of("PE")));
    assertTrue(FacetRanking.isSelected(Dimension.PLACE, "PE/Cusco", Set.of("PE/Cusco")));
    assertFalse(FacetRanking.isSelected(Dimension.PLACE, "PE/Cusco", Set.of("CL")));
  }

  @Test
  void onlyPlacesAreSelectedByACountryPrefix() {
    assertFalse(FacetRanking.isSelected(Dimension.ACTOR, "pedro pablo", Set.of("pe")));
    assertFalse(FacetRanking.isSelected(Dimension.SOURCE, "PE/Wire", Set.of("PE")));
    assertTrue(FacetRanking.isSelected(Dimension.COUNTRY, "PE", Set.of("PE")));
  }

  @Test
  void labelsFollowTheDimension() {
    Function<String, String> countries = k -> COUNTRY_NAMES.getOrDefault(k, "?");
    Function<String, String> actors = k -> "Actor " + k;

    assertEquals("Peru", FacetRanking.label(Dimension.COUNTRY, "PE", countries, actors));
    assertEquals(
        "Actor ana ruiz", FacetRanking.label(Dimension.ACTOR, "ana ruiz", countries, actors));
    assertEquals(
        "Andes Post", FacetRanking.label(Dimension.SOURCE, "Andes Post", countries, actors));
    assertEquals("Cusco", FacetRanking.label(Dimension.PLACE, "PE/Cusco", countries, actors));
    assertEquals("Lima", FacetRanking.label(Dimension.PLACE, "Lima", countries, actors));
    assertEquals("Spanish", FacetRanking.label(Dimension.LANGUAGE, "es", countries, actors));
  }
}
