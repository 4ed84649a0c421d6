package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nutgraf.recognition.PlaceFixture.candidate;
import static org.nutgraf.recognition.PlaceFixture.capital;
import static org.nutgraf.recognition.PlaceFixture.city;
import static org.nutgraf.recognition.PlaceFixture.country;
import static org.nutgraf.recognition.PlaceFixture.region;
import static org.nutgraf.recognition.PlaceFixture.scan;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nutgraf.gazetteer.Country;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.text.TokenSequence;

/**
 * The country chosen for a name the context rules left standing, on entries made for each test and
 * an article that names the countries each test lists.
 */
class CountryChoiceTest {
  private static final Gazetteer COUNTRIES =
      new Gazetteer.Builder()
          .country(new Country("GE", "Georgia", "Tbilisi", 3_700_000))
          .country(new Country("US", "United States", "Washington", 335_000_000))
          .country(new Country("NE", "Niger", "Niamey", 25_000_000))
          .country(new Country("NG", "Nigeria", "Abuja", 220_000_000))
          .build();

  private static final PlaceEntry GEORGIA_GE = country("Georgia", "GE", 3_700_000);
  private static final PlaceEntry GEORGIA_US = region("Georgia", "US", "US.GA", 10_900_000);
  private static final PlaceEntry OHIO = region("Ohio", "US", "US.OH", 11_800_000);
  private static final PlaceEntry CHILE = country("Chile", "CL", 19_000_000);
  private static final PlaceEntry MEXICO = country("Mexico", "MX", 128_000_000);

  /**
   * Chooses for the candidate over {@code name} in {@code text}, in an article whose other
   * paragraph names each of {@code named} once.
   */
  private static PlaceCandidate choose(
      Gazetteer g, String text, String name, List<PlaceEntry> named, PlaceEntry... entries) {
    return choose(CountryModel.defaults(), g, text, name, named, entries);
  }

  private static PlaceCandidate choose(
      CountryModel model,
      Gazetteer g,
      String text,
      String name,
      List<PlaceEntry> named,
      PlaceEntry... entries) {
    TokenSequence t = scan(text);
    PlaceCandidate c = candidate(t, name, entries);
    List<PlaceCandidate> others = new ArrayList<>();
    for (PlaceEntry e : named) {
      others.add(new PlaceCandidate(0, 1, new PlaceEntry[] {e}));
    }
    ArticlePlaces article = new ArticlePlaces(List.of(List.of(c), others), List.of(), !g.hasBias());
    new CountryChoice(g, Lexicons.defaults(), model, true, true).choose(t, c, article, 0);
    return c;
  }

  private static PlaceCandidate choose(
      String text, String name, List<PlaceEntry> named, PlaceEntry... entries) {
    return choose(COUNTRIES, text, name, named, entries);
  }

  private static String chosen(PlaceCandidate c) {
    return c.dropped || c.chosen == null ? "-" : c.chosen.country();
  }

  @Test
  void aNameWhoseEntriesAgreeTakesTheirCountryAndSaysSo() {
    PlaceEntry cusco = city("Cusco", "PE", "PE.08", 430_000, 0);
    PlaceCandidate c = choose("Trains reached Cusco late.", "Cusco", List.of(), cusco);
    assertEquals(cusco, c.chosen);
    assertEquals(PlaceKind.CITY, c.kind);
    assertEquals("city 'Cusco' -> PE (pop 430000)", c.evidence);
  }

  @Test
  void namesWithoutACountryAreDroppedWithTheirReason() {
    PlaceEntry andes = new PlaceEntry("Andes", PlaceKind.SUPRANATIONAL, "", "", 0, 0, "Andes");
    PlaceCandidate c = choose("Snow fell across the Andes.", "Andes", List.of(), andes);
    assertTrue(c.dropped);
    assertEquals("'Andes' is larger than a country", c.evidence);
    PlaceEntry unsure = new PlaceEntry("Tyre", PlaceKind.CITY, "", "", 0, 0, "Tyre");
    PlaceCandidate d = choose("Boats left Tyre.", "Tyre", List.of(), unsure);
    assertEquals("'Tyre' is ambiguous between countries", d.evidence);
  }

  @Test
  void theCountryKeepsItsNameUnlessTheArticleNamesOnlyTheStatesCountry() {
    assertEquals(
        "GE", chosen(choose("Georgia voted today.", "Georgia", List.of(), GEORGIA_GE, GEORGIA_US)));
    assertEquals(
        "GE",
        chosen(choose("Georgia voted today.", "Georgia", List.of(CHILE), GEORGIA_GE, GEORGIA_US)));
    PlaceCandidate state =
        choose("Georgia voted today.", "Georgia", List.of(OHIO), GEORGIA_GE, GEORGIA_US);
    assertEquals("US", chosen(state));
    assertEquals(PlaceKind.REGION, state.kind);
    assertTrue(state.evidence.endsWith("; the article mentions US"), state.evidence);
  }

  @Test
  void aStateDwarfedByTheCountryOfItsNameNeverTakesIt() {
    PlaceEntry niger = country("Niger", "NE", 25_000_000);
    PlaceEntry nigerState = region("Niger", "NG", "NG.31", 2_000_000);
    PlaceEntry lagos = region("Lagos", "NG", "NG.25", 15_000_000);
    assertEquals(
        "NE", chosen(choose("Niger closed roads.", "Niger", List.of(lagos), niger, nigerState)));
  }

  @Test
  void anOfficeOfTheStatePicksTheStateWhateverTheArticleNames() {
    PlaceCandidate c =
        choose("The governor of Georgia spoke.", "Georgia", List.of(CHILE), GEORGIA_GE, GEORGIA_US);
    assertEquals("US", chosen(c));
    assertTrue(c.evidence.endsWith("its words or towns name the state"), c.evidence);
  }

  @Test
  void aPlaceFarLargerThanEveryNamesakeWinsEvenAgainstTheArticle() {
    PlaceEntry big = city("Cordoba", "AR", "AR.05", 1_400_000, 0);
    PlaceEntry small = city("Cordoba", "ES", "ES.51", 130_000, 0);
    PlaceEntry spain = country("Spain", "ES", 48_000_000);
    PlaceCandidate c = choose("Fans crowded Cordoba.", "Cordoba", List.of(spain), big, small);
    assertEquals("AR", chosen(c));
    assertTrue(c.evidence.contains("far larger than any other place named 'Cordoba'"), c.evidence);
  }

  @Test
  void aUsersBiasLetsTheArticleWeighEvenAgainstAClearSizeDifference() {
    PlaceEntry big = city("Cordoba", "AR", "AR.05", 1_400_000, 0);
    PlaceEntry small = city("Cordoba", "ES", "ES.51", 130_000, 0);
    PlaceEntry spain = country("Spain", "ES", 48_000_000);
    Gazetteer biased = COUNTRIES.toBuilder().bias("ES", 1).build();
    assertEquals(
        "ES",
        chosen(choose(biased, "Fans crowded Cordoba.", "Cordoba", List.of(spain), big, small)));
  }

  @Test
  void namesakesOfSimilarSizeGoToTheCountryTheArticleNames() {
    PlaceEntry mx = city("Victoria", "MX", "MX.28", 300_000, 0);
    PlaceEntry cl = city("Victoria", "CL", "CL.04", 35_000, 0);
    PlaceCandidate c = choose("Rain hit Victoria again.", "Victoria", List.of(CHILE), mx, cl);
    assertEquals("CL", chosen(c));
    assertTrue(c.evidence.endsWith("the article mentions CL"), c.evidence);
    assertEquals(
        "MX", chosen(choose("Rain hit Victoria again.", "Victoria", List.of(MEXICO), mx, cl)));
  }

  @Test
  void withoutArticleSupportTheLargestPlaceWinsOnlyByAClearMargin() {
    PlaceEntry a = city("Leon", "MX", "MX.11", 1_000_000, PlaceEntry.ALTERNATE);
    PlaceEntry b = city("Leon", "NI", "NI.07", 200_000, 0);
    PlaceCandidate c = choose("Rain hit Leon again.", "Leon", List.of(), a, b);
    assertEquals("MX", chosen(c));
    assertTrue(c.evidence.endsWith("the largest place named 'Leon'"), c.evidence);
    PlaceEntry near = city("Leon", "NI", "NI.07", 400_000, 0);
    PlaceCandidate tie = choose("Rain hit Leon again.", "Leon", List.of(), a, near);
    assertTrue(tie.dropped);
    assertTrue(
        tie.evidence.startsWith("'Leon' names places in several countries; nothing decides ("),
        tie.evidence);
    assertNull(tie.chosen);
  }

  @Test
  void aFormerOrForeignNameWeighsLessBySizeThanAPlaceOfThatOwnName() {
    PlaceEntry hongKong =
        new PlaceEntry(
            "Victoria", PlaceKind.CITY, "HK", "", 7_400_000, PlaceEntry.ALTERNATE, "Hong Kong");
    PlaceEntry state = region("Victoria", "AU", "AU.07", 6_800_000);
    PlaceEntry island = city("Victoria", "CA", "CA.02", 290_000, 0);
    PlaceCandidate c =
        choose(
            "Firefighters in Victoria battled three blazes.",
            "Victoria",
            List.of(),
            hongKong,
            state,
            island);
    assertEquals("AU", chosen(c));
    assertTrue(c.evidence.endsWith("the largest place named 'Victoria'"), c.evidence);
    // an article about Hong Kong still means the city
    PlaceEntry hk = country("Hong Kong", "HK", 7_400_000);
    assertEquals(
        "HK",
        chosen(
            choose("Ferries left Victoria late.", "Victoria", List.of(hk, hk), hongKong, state)));
    // a short form of the own name ("Leon" for Leon de los Aldama) keeps its full size
    PlaceEntry leon =
        new PlaceEntry(
            "Leon",
            PlaceKind.CITY,
            "MX",
            "MX.11",
            1_580_000,
            PlaceEntry.ALTERNATE,
            "León de los Aldama");
    PlaceEntry nicaragua = city("Leon", "NI", "NI.08", 145_000, 0);
    assertEquals("MX", chosen(choose("Rain hit Leon again.", "Leon", List.of(), leon, nicaragua)));
  }

  @Test
  void aGivenNameThatIsOnlyATownOfACountryTheArticleNeverNamesIsTheName() {
    PlaceEntry town = city("Marcela", "BR", "BR.26", 20_000, PlaceEntry.GIVEN_NAME);
    PlaceCandidate c = choose("They paid Marcela twice.", "Marcela", List.of(), town);
    assertTrue(c.dropped);
    assertEquals("'Marcela' is a given name; the article is not about BR", c.evidence);
    PlaceEntry brazil = country("Brazil", "BR", 216_000_000);
    assertFalse(choose("They paid Marcela twice.", "Marcela", List.of(brazil), town).dropped);
    assertFalse(choose("They flew to Marcela twice.", "Marcela", List.of(), town).dropped);
  }

  @Test
  void aMajorCityThatIsAlsoAGivenNameOpensTheNameOfItsBodies() {
    // "the Ardley Gazette" in an article about Mexico: the paper of the city, not a person Ardley
    PlaceEntry city = city("Ardley", "US", "US.MA", 650_000, PlaceEntry.GIVEN_NAME);
    String text = "The Ardley Gazette reported it first.";
    assertEquals("US", chosen(choose(text, "Ardley", List.of(MEXICO, MEXICO), city)));
    // a smaller city, a region, or no word for a body after it: still the given name
    PlaceEntry smaller = city("Ardley", "US", "US.MA", 120_000, PlaceEntry.GIVEN_NAME);
    assertTrue(choose(text, "Ardley", List.of(MEXICO, MEXICO), smaller).dropped);
    PlaceEntry region =
        new PlaceEntry(
            "Ardley", PlaceKind.REGION, "US", "US.MA", 650_000, PlaceEntry.GIVEN_NAME, "Ardley");
    assertTrue(choose(text, "Ardley", List.of(MEXICO, MEXICO), region).dropped);
    assertTrue(
        choose("They paid Ardley Quinn twice.", "Ardley", List.of(MEXICO, MEXICO), city).dropped);
  }

  @Test
  void aModestTownOfACountryNamedNowhereElseInAnArticleAboutAnotherIsNoPlace() {
    PlaceEntry town = city("Delmar", "NL", "NL.07", 40_000, 0);
    PlaceCandidate c =
        choose("Critics mocked Delmar for it.", "Delmar", List.of(MEXICO, MEXICO), town);
    assertTrue(c.dropped);
    assertEquals(
        "'Delmar' would be a town of NL, which the article names nowhere else;"
            + " it is about another country",
        c.evidence);
    assertFalse(
        choose("Critics met in Delmar for it.", "Delmar", List.of(MEXICO, MEXICO), town).dropped);
    assertFalse(
        choose("Critics mocked Delmar for it.", "Delmar", List.of(MEXICO), town).dropped,
        "named once, the other country is no theme of the article");
  }

  @Test
  void aCapitalBeforeAVerbOfSayingOrWithAPossessiveIsItsGovernment() {
    PlaceEntry lima = capital("Lima", "PE", 9_000_000, 0);
    assertEquals(
        PlaceKind.GOVERNMENT, choose("Lima rejected the offer.", "Lima", List.of(), lima).kind);
    assertEquals(
        PlaceKind.GOVERNMENT, choose("Critics doubt Lima's offer.", "Lima", List.of(), lima).kind);
    assertEquals(
        PlaceKind.CAPITAL, choose("Tourists filled Lima again.", "Lima", List.of(), lima).kind);
  }

  @Test
  void theSeatOfABodyAboveTheCountrySpeakingIsThatBodyNotTheCountry() {
    PlaceEntry seat = capital("Strasbourg", "FR", 290_000, PlaceEntry.SUPRANATIONAL_SEAT);
    assertTrue(choose("Strasbourg demanded answers.", "Strasbourg", List.of(), seat).dropped);
    assertFalse(choose("Tourists filled Strasbourg.", "Strasbourg", List.of(), seat).dropped);
  }

  @Test
  void theShippedCountryModelExplainsTheRulesChoiceWithoutDeciding() {
    PlaceEntry mx = city("Victoria", "MX", "MX.28", 300_000, 0);
    PlaceEntry cl = city("Victoria", "CL", "CL.04", 35_000, 0);
    PlaceCandidate c = choose("Rain hit Victoria again.", "Victoria", List.of(CHILE), mx, cl);
    assertFalse(CountryModel.defaults().decides());
    assertEquals("CL", chosen(c), "the rules decide: the article names Chile");
    // the model's own favourite and its weights, then the rule that decided
    assertTrue(c.evidence.contains("country model (explains only): MX: bias "), c.evidence);
    assertTrue(c.evidence.contains("a namesake's country named more often"), c.evidence);
    assertTrue(c.evidence.endsWith("; the article mentions CL"), c.evidence);
    CountryDecision d = c.countryDecision;
    assertEquals(List.of("MX", "CL"), d.options().stream().map(o -> o.country()).toList());
    assertTrue(d.options().get(1).features().contains("the article rule's choice"));
    assertTrue(d.options().get(0).features().contains("the population rule's choice"));
    assertTrue(
        d.options()
            .get(0)
            .features()
            .contains("three to ten times larger than any namesake abroad"));
    assertEquals("Victoria", d.surface());
    assertEquals(9, d.startOffset());
  }

  @Test
  void aCountryModelWithAMarginDecidesInsteadOfTheRules() {
    double[] w = new double[CountryFeatures.COUNT];
    w[CountryFeatures.BIAS] = -1;
    w[CountryFeatures.POPULATION_UNDER_100K] = 3;
    CountryModel smallest = new CountryModel(w, 0);
    PlaceEntry mx = city("Victoria", "MX", "MX.28", 300_000, 0);
    PlaceEntry cl = city("Victoria", "CL", "CL.04", 35_000, 0);
    PlaceCandidate c =
        choose(
            smallest, COUNTRIES, "Rain hit Victoria again.", "Victoria", List.of(MEXICO), mx, cl);
    assertEquals("CL", chosen(c), "the weights favour towns under 100,000 whatever the article");
    assertTrue(c.evidence.contains("country model: CL: bias -1.00"), c.evidence);
    assertEquals("CL", c.countryDecision.chosen());

    PlaceEntry big = city("Victoria", "CL", "CL.04", 350_000, 0);
    PlaceCandidate none =
        choose(smallest, COUNTRIES, "Rain hit Victoria again.", "Victoria", List.of(), mx, big);
    assertEquals("-", chosen(none), "every country scores -1, below the margin 0");
    assertTrue(none.evidence.contains("nothing decides"), none.evidence);
    assertEquals("", none.countryDecision.chosen());
  }
}
