package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nutgraf.gazetteer.PlaceKind;

/** One test per rule of place recognition, with sentences of the team's own. */
class PlaceRecognitionTest {
  private final EntityRecognizer recognizer = EntityRecognizer.defaults();

  private List<String> countries(String text) {
    return recognizer.recognize(text).places().stream().map(PlaceMention::country).toList();
  }

  private List<String> placeNames(String text) {
    return recognizer.recognize(text).places().stream().map(PlaceMention::surface).toList();
  }

  /** Countries of each text, recognised together as one article. */
  private List<List<String>> article(String... texts) {
    return recognizer.recognizeAll(List.of(texts)).stream()
        .map(r -> r.places().stream().map(PlaceMention::country).distinct().sorted().toList())
        .toList();
  }

  @Test
  void aNamePairedWithItsRegionKeepsThatPlaceInItsOtherMentions() {
    // Jasper in Alabama or Indiana is larger than Jasper in Alberta, and the article names the US
    assertEquals(
        List.of(List.of("CA"), List.of("CA"), List.of("US")),
        article(
            "Firefighters battled a blaze near Jasper, Alberta, on Tuesday.",
            "Crews closed the highway between Jasper and Banff.",
            "Smoke drifted as far as Denver, officials in Colorado said."));
    // paired with two places, the name is weighed as usual elsewhere
    assertEquals(
        List.of(List.of("CA"), List.of("US"), List.of("US")),
        article(
            "The crew left Jasper, Alberta, at dawn.",
            "They reached Jasper, Indiana, by night.",
            "Officials in Colorado said Jasper and Denver were hit."));
  }

  @Test
  void aSurnameBeforeOrAfterVersusIsAPartyToACaseNotAPlace() {
    // Roe is also a village in Italy, Miranda a state of Venezuela
    assertEquals(List.of(), countries("The ruling in Roe v. Wade was overturned."));
    assertEquals(List.of("US"), countries("The court cited its ruling in Miranda v. Arizona."));
    assertEquals(List.of(), countries("Lawyers cited Loving v. Miranda in court on Monday."));
    // a country, or a state that is no surname, stays a place
    assertEquals(List.of("US"), countries("The judges heard Ortega vs. United States on Monday."));
    assertEquals(List.of("VE"), countries("Flooding hit Miranda on Monday."));
  }

  @Test
  void aFrequentFamilyNameAfterAnUnlistedNameOrNeeIsNoPlace() {
    // Taylor is a town in Texas, Buckley one in Wales; neither given name nor "née" is a place
    assertEquals(
        List.of("Ohio"),
        placeNames("Police in Ohio said a vigil for Keondra Taylor drew hundreds."));
    assertEquals(
        List.of(),
        countries("She married Ethan Moore, son of Clara Moore (née Buckley), in 1990."));
    // the town stays where nothing makes it a name, and after another place
    assertEquals(List.of("US"), countries("Floodwater reached Taylor on Monday."));
    assertEquals(
        List.of("US", "US"), countries("Voters in Marion Taylor County went to the polls."));
  }

  @Test
  void resolvesNamesAliasesAndDemonyms() {
    assertEquals(
        List.of("HN", "HN", "SV"),
        countries("Honduras and its Honduran and Salvadoran neighbours"));
    assertEquals(
        List.of("US", "US", "US", "GB", "GB", "MM", "CI", "CI", "CD", "NL"),
        countries(
            "The U.S., the USA and America; Britain and the UK; Burma; Ivory Coast and Côte"
                + " d'Ivoire; the DRC; Holland."));
    assertEquals(
        List.of("PH", "AE", "NE", "NG"),
        countries("A Filipino sailor, an Emirati banker, a Nigerien herder and a Nigerian poet."));
  }

  @Test
  void gazaAloneIsTheStripUnlessTheArticleIsInMozambique() {
    // GeoNames has a Gaza province in Mozambique about as large as the city of Gaza
    assertEquals(List.of("PS"), countries("The UN called for a ceasefire in Gaza."));
    assertEquals(
        List.of("MZ", "MZ"), countries("Floods hit Gaza province in southern Mozambique."));
    assertEquals(List.of("LY"), countries("Clashes broke out in Misrata overnight."));
    // Ghana's colonial name is, in today's news, the Australian city
    assertEquals(List.of("AU"), countries("Surfers crowded the beaches on the Gold Coast."));
    // the Dutch club and the hero before the Ontario town, which its province still brings back
    assertEquals(List.of(), countries("The striker joined Ajax in July."));
    assertEquals(List.of("CA", "CA"), countries("Snow closed roads in Ajax, Ontario."));
  }

  @Test
  void aNameWrittenWithItsAccentsIsThePlaceSoWritten() {
    // the Irish province Munster and the German city Münster fold to one name
    assertEquals(List.of("DE"), countries("Students marched in Münster on Saturday."));
    // San Jose, California has no accent; the capital of Costa Rica has
    assertEquals(List.of("CR"), countries("Flights to San José resumed on Monday."));
  }

  @Test
  void aCityFarLargerThanItsNamesakesPutsTheArticleInItsCountry() {
    // Madrid dwarfs its namesakes, so it names Spain as plainly as "Spain" would; Barcelona,
    // Venezuela, is then outweighed beside it, though the article names Venezuelans
    assertEquals(
        List.of(List.of("VE"), List.of("ES")),
        article(
            "Venezuelan officials met on Monday.", "Later, talks moved to Madrid and Barcelona."));
  }

  @Test
  void aCitysEnglishSpellingOfItsOwnNameIsTheCity() {
    // GeoNames names them Sevilla and Nürnberg; a town in Ohio is called Seville
    assertEquals(List.of("ES"), countries("Temperatures reached 44C in Seville on Monday."));
    assertEquals(List.of("DE"), countries("The trial opened in Nuremberg this week."));
    // GeoNames' Frankfurt am Main, as news writes it (the team's table of places)
    assertEquals(List.of("DE"), countries("The central bank in Frankfurt raised rates."));
  }

  @Test
  void aCitysEnglishNameIsTheCityNotASmallNamesake() {
    // GeoNames names them Göteborg and Köln; villages in Nebraska and Italy bear the English names
    assertEquals(
        List.of("SE"), countries("The carmaker's plant near Gothenburg will cut 400 jobs."));
    assertEquals(List.of("DE"), countries("Fans packed the cathedral square in Cologne."));
    assertEquals(List.of("BE"), countries("The port of Ghent reopened after the strike."));
  }

  @Test
  void aNameNothingDecidesTakesTheCountryTheArticlesResolvedNamesPointTo() {
    // Rafah lies in Gaza and in Egypt; Gaza is also a province of Mozambique, so neither name
    // alone says where the article is, but once Gaza is resolved it decides Rafah
    assertEquals(
        List.of("PS", "PS"),
        countries("Tanks entered Rafah on Tuesday as shelling went on in Gaza."));
    assertEquals(List.of(), countries("Hundreds fled Rafah for the coast."));
  }

  @Test
  void aRegionNewsNamesInEnglishNamesItsCountry() {
    // Lorraine is part of Grand Est (a Quebec town has the name); the Algarve is Faro district
    assertEquals(List.of("FR"), countries("Steelworkers in Lorraine walked out on Monday."));
    assertEquals(List.of("PT"), countries("Wildfires spread across the Algarve."));
    assertEquals(List.of("TR"), countries("Drought hit farmers in Anatolia."));
    // an island of three countries names none of them
    assertEquals(List.of(), countries("Loggers cleared forest on Borneo."));
  }

  @Test
  void theAdjectiveOfARegionOrPeopleOfOneCountryNamesIt() {
    assertEquals(List.of("BE"), countries("Flemish farmers blocked the roads."));
    assertEquals(List.of("CN"), countries("Tibetan monks held a vigil."));
    assertEquals(List.of("NZ"), countries("A Māori leader spoke first."));
  }

  @Test
  void usCountsOnlyInCapitals() {
    assertEquals(List.of("US"), countries("Let us hope the US keeps its word."));
    assertEquals(List.of(), countries("They told us to wait."));
  }

  @Test
  void longestNameWins() {
    assertEquals(List.of("US"), countries("Ranchers in New Mexico sold cattle."));
    assertEquals(List.of("GT"), countries("Buses left Guatemala City at dawn."));
    assertEquals(List.of("HN"), countries("Factories in San Pedro Sula reopened."));
    assertEquals(List.of("MX"), countries("Shelters in Ciudad Juárez filled up."));
  }

  @Test
  void accentsMayBeMissingOrPresent() {
    assertEquals(List.of("MX"), countries("Shelters in Ciudad Juarez filled up."));
    assertEquals(List.of("CI"), countries("Cocoa from Cote d'Ivoire rose."));
  }

  @Test
  void possessivesAndHyphensAreReadThrough() {
    assertEquals(List.of("GT"), countries("Guatemala's president spoke."));
    assertEquals(List.of("HN"), countries("Honduras' coffee growers waited."));
    assertEquals(List.of("IN"), countries("Troops patrolled Indian-administered valleys."));
  }

  @Test
  void headlinesInTitleCaseAndCapitals() {
    assertEquals(List.of("KE", "UG"), countries("Kenya And Uganda Sign Rail Deal"));
    assertEquals(List.of("PE"), countries("FLOODS HIT PERU AGAIN"));
  }

  @Test
  void cityAndStateDecideTogether() {
    assertEquals(List.of("US", "US"), countries("A fair in Paris, Texas, drew crowds."));
    assertEquals(List.of("US", "US"), countries("The plant in Alexandria, Louisiana, closed."));
    assertEquals(List.of("US", "US"), countries("Flights out of Atlanta, Georgia, resumed."));
  }

  @Test
  void aHomonymInsideAPersonsNameIsNoPlace() {
    assertEquals(List.of(), countries("Jordan Henderson scored twice."));
    assertEquals(List.of(), countries("Paris Hilton launched a perfume."));
    assertEquals(List.of(), countries("Drummer Chad Smith toured again."));
    assertEquals(List.of(), countries("Victoria Azarenka won in three sets."));
    assertEquals(List.of("JO"), countries("Qatar beat Jordan 3-1.").subList(1, 2));
  }

  @Test
  void lowerCaseWordsAreNoCountries() {
    assertEquals(List.of(), countries("She carved the turkey on fine china."));
  }

  @Test
  void aSentenceInitialHomonymFollowsTheArticlesOwnUse() {
    List<List<String>> c =
        article(
            "Turkey Prices Fall Before The Holidays",
            "Turkey prices dropped this week as farmers in Iowa sold more birds.",
            "A frozen turkey now costs less than last year.");
    assertEquals(List.of(), c.get(0));
    assertEquals(List.of("US"), c.get(1));
  }

  @Test
  void aHomonymInsideAnOrganisationsNameFollowsTheArticlesOwnUse() {
    List<List<String>> c =
        article(
            "Growers sold fewer turkeys this year.",
            "The National Turkey Federation expects prices to fall.");
    assertEquals(List.of(), c.get(1));
  }

  @Test
  void regionsLargerThanACountryCountForNothing() {
    assertEquals(List.of(), countries("Latin America and Central American states met."));
    assertEquals(List.of(), countries("Ships crossed the South China Sea."));
    assertEquals(List.of("US"), countries("American voters and Latin American leaders."));
  }

  @Test
  void capitalsStandForTheirGovernments() {
    List<PlaceMention> m = recognizer.recognize("Washington said the talks would go on.").places();
    assertEquals(1, m.size());
    assertEquals("US", m.get(0).country());
    assertEquals(PlaceKind.GOVERNMENT, m.get(0).kind());
    assertEquals(
        PlaceKind.CAPITAL,
        recognizer.recognize("Tourists flocked to Beijing.").places().get(0).kind());
  }

  @Test
  void brusselsAsTheEuIsNoCountryButAsAPlaceIsBelgium() {
    assertEquals(List.of(), countries("Brussels demanded new tariffs."));
    assertEquals(List.of("BE"), countries("Farmers protested in Brussels."));
    // after a preposition of place the city is where the speakers are, not who speaks
    assertEquals(List.of("BE"), countries("Officials in Brussels said the rules would change."));
  }

  @Test
  void theArticleDecidesAnAmbiguousName() {
    List<List<String>> c =
        article(
            "Peach growers in Georgia count losses",
            "Orchards across the United States suffered, and Georgia was hit hardest.");
    assertEquals(List.of("US"), c.get(0));
    assertEquals(List.of("US"), c.get(1));
    List<List<String>> t =
        article("Tbilisi rallies continue", "Protesters in Georgia marched again.");
    assertEquals(List.of("GE"), t.get(1));
  }

  @Test
  void abstainsWhenNothingDecides() {
    // Valencia is a large city in both Spain and Venezuela
    assertEquals(List.of(), countries("The match in Valencia ended late."));
    assertTrue(
        recognizer
            .recognize("The match in Valencia ended late, said the coach in Spain.")
            .places()
            .stream()
            .anyMatch(p -> p.place().startsWith("Valencia") && p.country().equals("ES")));
  }

  @Test
  void commonWordPlacesNeedContext() {
    assertEquals(List.of(), countries("Reading the report took hours."));
    assertEquals(List.of(), countries("Police arrived in March."));
  }

  @Test
  void everyMentionExplainsItself() {
    PlaceMention m = recognizer.recognize("Hondurans waited.").places().get(0);
    assertEquals("Hondurans", m.surface());
    assertEquals(PlaceKind.DEMONYM, m.kind());
    assertTrue(m.evidence().contains("demonym"), m.evidence());
  }

  @Test
  void institutionsAndDescriptiveDivisionNamesAreNoPlaces() {
    assertEquals(List.of(), countries("The White House declined to comment."));
    assertEquals(
        List.of("US"), countries("Prosecutors in the Southern District of New York filed it."));
    assertEquals(List.of(), countries("Rain fell across the Eastern Province overnight."));
    assertEquals(List.of("SA", "SA"), countries("Rain fell in Eastern Province, Saudi Arabia."));
  }

  @Test
  void shortWordsInCapitalsAreAbbreviationsNotPlaces() {
    assertEquals(List.of(), countries("The final airs at 9 p.m. EST on Sunday."));
    assertEquals(List.of(), countries("SANA reported the strike on Tuesday."));
    assertEquals(List.of("US", "GB"), countries("The US and the UK signed."));
  }

  @Test
  void aRegionsOwnAbbreviationInCapitalsIsTheRegion() {
    assertEquals(List.of("AU"), countries("Bushfire crews in NSW worked through the night."));
    assertEquals(List.of("AU"), countries("The NSW Rural Fire Service issued a warning."));
    assertEquals(List.of("DE"), countries("Factories across NRW cut their shifts."));
  }

  @Test
  void aNameWithACapitalInsideIsNotReadFromLowerCase() {
    assertEquals(List.of("US"), countries("New flats went up in NoMa last year."));
    assertEquals(List.of(), countries("Thandi, whose friend Noma had moved away, found work."));
  }

  @Test
  void aLoneForeignTownInAnArticleAboutAnotherCountryNeedsAPreposition() {
    String opening = "Kenya's parliament sat late in Nairobi on Monday.";
    assertEquals(
        List.of("KE"), article(opening, "Kenyan engineers praised a Delft design.").get(1));
    assertEquals(
        List.of("NL"), article(opening, "Two of them had trained in Delft earlier.").get(1));
    assertEquals(List.of("NL"), countries("Engineers praised a Delft design for the dam."));
  }

  @Test
  void aForeignTownSaidTwiceDoesNotSupportItself() {
    String opening = "Kenya's parliament sat late in Nairobi on Monday.";
    assertEquals(
        List.of("KE"),
        article(
                opening,
                "Kenyan engineers praised the Zwolle design; the Zwolle panel thanked Kenya.")
            .get(1));
  }

  @Test
  void aGivenNameShortenedBeforeAnInitialAndASurnameIsNoPlace() {
    assertEquals(List.of(), countries("The outfitter Jos. T. Hale & Sons opened a second shop."));
    assertEquals(
        List.of("NG"), countries("Traders went back to Jos. T. Hale, a grocer, said calm held."));
  }

  @Test
  void aPrepositionBeforeAPossessiveLocatesWhatTheNameOwnsNotTheName() {
    String opening = "Canada's farm ministry met Canadian growers on Monday.";
    assertEquals(
        List.of(),
        article(opening, "Thieves took two goats from Wilson's Orchard overnight.").get(1));
    assertEquals(
        List.of("US"),
        article(opening, "Thieves took two goats from a barn in Wilson overnight.").get(1));
  }

  @Test
  void aNameAfterAPossessiveAndARelativeOrPetIsWhatTheyAreCalled() {
    assertEquals(List.of(), countries("She carried her daughter, Georgia, onto the stage."));
    assertEquals(List.of(), countries("Their son Austin starts school in the autumn."));
    assertEquals(List.of(), countries("He walked his dog Berlin twice a day."));
    assertEquals(List.of("DE"), countries("He walked his dog in Berlin twice a day."));
    assertEquals(List.of("US"), countries("Her daughter moved to Austin last year."));
  }

  @Test
  void aDatelineInCapitalsNamesAPlaceAndItsState() {
    List<List<String>> c =
        article(
            "ATLANTA — The state's voters lined up before dawn.",
            "Georgia election officials expect a record turnout.");
    assertEquals(List.of("US"), c.get(0));
    assertEquals(List.of("US"), c.get(1));
  }

  @Test
  void aStatesOfficesAroundGeorgiaMakeItTheState() {
    assertEquals(List.of("US"), countries("The governor of Georgia signed the budget on Friday."));
    assertEquals(List.of("US"), countries("Sen. Jon Ossoff of Georgia voted against it."));
    assertEquals(List.of("US"), countries("Georgia lawmakers adjourned early."));
    assertEquals(List.of("GE"), countries("Prime Minister Irakli Kobakhidze of Georgia met them."));
  }

  @Test
  void aCountryKeepsItsNameOverAMuchSmallerRegionOfAnotherCountry() {
    List<List<String>> c =
        article(
            "Nigeria's army said the border was calm.",
            "Soldiers crossed into Niger on Monday after the coup.");
    assertEquals(List.of("NE"), c.get(1));
  }

  @Test
  void aClearSizeDifferenceOutweighsWhatTheArticleMentions() {
    List<List<String>> c =
        article(
            "Voters in Texas went to the polls on Tuesday.",
            "Thousands marched in Paris on Sunday against the pension law.");
    assertEquals(List.of("FR"), c.get(1));
    assertEquals(List.of("US", "US"), countries("A fair in Paris, Texas, drew crowds."));
  }

  @Test
  void aTownNameNextToAVerbOfSayingIsTheSpeaker() {
    assertEquals(List.of(), countries("Noma said she would go back to court."));
    assertEquals(List.of(), countries("\"We waited for months,\" said Noma, a nurse."));
    assertEquals(List.of("CA", "CA"), countries("Officials in Hamilton, Ontario said it rained."));
  }

  @Test
  void aGivenNameThatIsASmallTownOfAnUnmentionedCountryIsTheName() {
    assertEquals(List.of(), countries("It was robbing Peter to pay Paul, the mayor complained."));
    assertEquals(List.of("CV", "CV"), countries("Farmers in Paul, Cape Verde, harvested early."));
  }

  @Test
  void aWordMostlyUsedOtherwiseIsAPlaceWhenTheSentencePutsItThere() {
    assertEquals(List.of("FR"), countries("The film festival in Nice drew thousands."));
    assertEquals(List.of("GB"), countries("Traffic in Reading was stopped for the parade."));
    assertEquals(List.of(), countries("Elections are due in March."));
    // an ampersand reads as "and" inside a name
    assertEquals(List.of("TC"), countries("Flights to Turks & Caicos resumed on Friday."));
    // and joins a town to a firm's other name, but a large city to its partner city
    assertEquals(List.of(), countries("Shoppers lined up outside Bath & Body Works."));
    assertEquals(List.of("US"), countries("Roads in Minneapolis & St. Paul were closed by snow."));
    // a place that is also a given name opening a team's or an event's name still names it
    assertEquals(List.of("US"), countries("The Boston Celtics won at home."));
    assertEquals(List.of("US"), countries("Charlotte Hornets fans booed the referee."));
    assertEquals(List.of("US"), countries("Runners lined up for the Boston Marathon on Monday."));
    // "of" after a word for the place's people, parts or mayor puts it there too
    assertEquals(List.of("US"), countries("She ran for mayor of Buffalo twice."));
    assertEquals(List.of("GB"), countries("The village lies ten miles north of Reading."));
    assertEquals(List.of("FR"), countries("The people of Nice lit candles."));
    assertEquals(List.of(), countries("A herd of Buffalo crossed the road."));
  }
}
