package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Streets, parks and buildings the gazetteer lacks, in articles of the team's own. */
class LocalPlacesTest {
  private final EntityRecognizer recognizer = EntityRecognizer.defaults();

  /** Each text's places, "name CC", recognised together as one article. */
  private List<List<String>> article(String... texts) {
    return recognizer.recognizeAll(List.of(texts)).stream()
        .map(r -> r.places().stream().map(m -> m.surface() + " " + m.country()).toList())
        .toList();
  }

  @Test
  void aStreetOrParkInAParagraphWithoutACountryIsInTheArticlesMainCountry() {
    assertEquals(
        List.of(
            List.of("Leeds GB"),
            List.of("Marsden Parade GB"),
            List.of("Hollis Street GB", "Wakefield GB"),
            List.of("Kirkstall Park GB")),
        article(
            "Police in Leeds charged a man after a string of break-ins.",
            "From Marsden Parade, the 34-year-old also faces a charge of dangerous driving.",
            "Officers stopped him on Hollis Street before a chase towards Wakefield.",
            "A witness said he had fled through Kirkstall Park."));
  }

  @Test
  void theOneWordOfSuchANameIsThatPlaceAloneElsewhereInTheArticle() {
    // "Kanimbla" is on no word list; "Marsden" is a surname and stays alone a name
    assertEquals(
        List.of(
            List.of("Kanimbla AU"),
            List.of("New South Wales AU", "Kanimbla Lagoon AU"),
            List.of("Marsden Parade AU"),
            List.of()),
        article(
            "Kanimbla's wetlands drew record crowds this summer.",
            "Rangers in New South Wales closed Kanimbla Lagoon after the storm.",
            "Volunteers met at Marsden Parade to clear fallen trees.",
            "Marsden thanked the crews."));
    // a word of a person's name in the article is not remembered
    assertEquals(
        List.of(List.of("Texas US"), List.of("Wexley Park US"), List.of()),
        article(
            "Councillor Dana Wexley of Texas opened the new wing on Monday.",
            "Crowds gathered at Wexley Park for the ceremony.",
            "Before that, the mayor praised Wexley for the plan."));
  }

  @Test
  void theParagraphsOwnCountryComesFirstAndSeveralLeaveTheNameAlone() {
    // the article names France more often, but the square lies in the paragraph's London
    assertEquals(
        List.of(
            List.of("Trafalgar Square GB", "London GB"),
            List.of("Paris FR", "Harcourt Avenue FR"),
            List.of("Germany DE", "France FR"),
            List.of("Germany DE", "France FR")),
        article(
            "Marchers filled Trafalgar Square in London.",
            "In Paris riot police blocked Harcourt Avenue.",
            "Germany and France disagreed on the response.",
            "Ministers from Germany and France met near Rosengarten Bridge."));
  }

  @Test
  void withoutAMainCountryNoNameIsPlaced() {
    assertEquals(List.of(List.of()), article("The new shop on Kessler Road opened quietly."));
    // as many paragraphs name Kenya as name Uganda
    assertEquals(
        List.of(List.of("Kenya KE"), List.of("Uganda UG"), List.of()),
        article(
            "Rain fell across Kenya.",
            "Uganda had floods too.",
            "A bridge near Mbale Creek collapsed."));
  }

  @Test
  void organisationsPersonsTitlesAndHeadlinesAreNoPlaces() {
    assertEquals(
        List.of(List.of("Texas US"), List.of(), List.of(), List.of(), List.of()),
        article(
            "Engineers in Texas tested a new engine.",
            "The International Space Station passed overhead at dusk.",
            "Nathan Lane read a poem, and Judge Ruth Park spoke.",
            "Engineers Test Engine Near Orchard Park",
            "Fans cheered as the Mayfield Street Band played."));
  }
}
