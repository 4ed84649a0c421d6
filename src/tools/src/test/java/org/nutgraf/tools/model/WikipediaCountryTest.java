package org.nutgraf.tools.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.recognition.CountryDecision;

/** The country a linked Wikipedia title means, as the country model's labels are read. */
class WikipediaCountryTest {
  private static final WikipediaCountry LINKS = new WikipediaCountry(Gazetteer.defaults());

  /** A decision weighing {@code countries}, each "CC" or "CC:kind feature". */
  private static CountryDecision weighing(String... countries) {
    List<CountryDecision.Option> options = new ArrayList<>();
    for (String c : countries) {
      String[] parts = c.split(":");
      List<String> features = parts.length > 1 ? List.of("bias", parts[1]) : List.of("bias");
      options.add(new CountryDecision.Option(parts[0], "Somewhere", 1000, features, 0));
    }
    return new CountryDecision(0, 5, "Somewhere", options, "");
  }

  @Test
  void aQualifyingPlaceSaysWhere() {
    assertEquals(Optional.of("GB"), LINKS.of("Durham,_England", weighing("US", "GB")));
    assertEquals(
        Optional.of("US"),
        LINKS.of("Brighton,_Monroe_County,_New_York", weighing("GB", "US")),
        "the last qualifier counts");
  }

  @Test
  void aQualifierThatIsAlsoACountryMeansTheNamesakeWeighed() {
    assertEquals(
        Optional.of("US"),
        LINKS.of("Savannah,_Georgia", weighing("GH", "US")),
        "Georgia the state: the country Georgia was not weighed");
  }

  @Test
  void aKindInParenthesesPicksTheOptionOfThatKind() {
    assertEquals(
        Optional.of("BR"),
        LINKS.of("Santa_Catarina_(state)", weighing("MX:kind city", "BR:kind region")));
    assertEquals(
        Optional.of("US"),
        LINKS.of("Broadway_(San_Francisco)", weighing("US:kind other", "AU:kind other")),
        "a place in parentheses says where");
  }

  @Test
  void aBareTitleIsItsMostPopulousNamesake() {
    assertEquals(Optional.of("FR"), LINKS.of("Paris", weighing("FR", "US")));
    assertEquals(Optional.of("CZ"), LINKS.of("Prague", weighing("CZ", "US")));
  }

  @Test
  void aTitleThatNamesNoKnownPlaceSaysNothing() {
    assertEquals(Optional.empty(), LINKS.of("Zzyzx_Quarry_Lane", weighing("US", "GB")));
    assertEquals(Optional.empty(), LINKS.of("Harbour_(Nowhere_Known)", weighing("US", "GB")));
  }
}
