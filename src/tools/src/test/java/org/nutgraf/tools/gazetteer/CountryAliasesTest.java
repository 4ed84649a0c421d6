package org.nutgraf.tools.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.gazetteer.PlaceEntry;

/** Other names of countries: the team's table, then the MIT lists for what it leaves open. */
class CountryAliasesTest {
  @TempDir Path dir;
  private EntryTable table;

  @BeforeEach
  void tables() throws IOException {
    table = SmallTables.table(dir, Set.of(), Set.of());
    SmallTables.write(
        dir,
        "sources/i18n-iso-countries/en.json",
        """
        {"countries": {
          "ZV": ["Zavonia", "Zavonian Union", "ZU"],
          "QR": "Quarrel, Republic of",
          "RM": ["Ceylon", "Rimland (the)"],
          "XX": "Nowhere"
        }}
        """);
    SmallTables.write(
        dir,
        "sources/countries-list/countries.min.json",
        """
        {"RM": {"name": "Rimland", "alias": ["Rimmy", "R.M.", "Gold Coast"]}}
        """);
  }

  private PlaceEntry only(String name) {
    List<PlaceEntry> found = table.gazetteer().lookup(name);
    assertEquals(1, found.size(), name + ": " + found);
    return found.get(0);
  }

  @Test
  void aContextAliasIsExactAndNeedsItsCountryNamedInTheArticle() throws IOException {
    SmallTables.write(
        dir, "data/gazetteer/country-aliases.tsv", "# code\talias\tcase", "ZV\tZN\tcontext");
    CountryAliases.readTeamTable(dir.resolve("data"), table);
    assertTrue(only("ZN").has(PlaceEntry.EXACT_CASE));
    assertTrue(only("ZN").has(PlaceEntry.NEEDS_ARTICLE_COUNTRY));
  }

  @Test
  void theTeamsAliasesAreAddedWithTheirCaseRule() throws IOException {
    SmallTables.write(
        dir,
        "data/gazetteer/country-aliases.tsv",
        "# code\talias\tcase",
        "ZV\tZavo",
        "QR\tQRP\texact",
        "RM\tCeylon\tcased");
    CountryAliases.readTeamTable(dir.resolve("data"), table);
    assertEquals("ALIAS ZV Zavonia", SmallTables.entries(table.gazetteer(), "Zavo").get(0));
    assertFalse(only("Zavo").has(PlaceEntry.EXACT_CASE), "cased by default");
    assertTrue(only("QRP").has(PlaceEntry.EXACT_CASE));
    assertEquals("ALIAS RM Rimland", SmallTables.entries(table.gazetteer(), "Ceylon").get(0));
  }

  @Test
  void theMitListsAddNamesAndAShortCapitalAbbreviationCountsOnlyAsWritten() throws IOException {
    CountryAliases.readMitLists(dir.resolve("sources"), table);
    assertEquals("COUNTRY ZV Zavonia", SmallTables.entries(table.gazetteer(), "Zavonia").get(0));
    assertEquals(
        "ALIAS ZV Zavonia", SmallTables.entries(table.gazetteer(), "Zavonian Union").get(0));
    assertTrue(only("ZU").has(PlaceEntry.EXACT_CASE));
    assertEquals("COUNTRY RM Rimland", SmallTables.entries(table.gazetteer(), "Rimland").get(0));
    assertEquals("ALIAS RM Rimland", SmallTables.entries(table.gazetteer(), "Rimmy").get(0));
    assertFalse(only("R.M.").has(PlaceEntry.EXACT_CASE), "an abbreviation with periods");
  }

  @Test
  void namesWithCommasOrNotesHistoricNamesAndUnknownCountriesAreLeftOutOfTheMitLists()
      throws IOException {
    CountryAliases.readMitLists(dir.resolve("sources"), table);
    assertEquals(List.of(), table.gazetteer().lookup("Quarrel, Republic of"));
    assertEquals(List.of(), table.gazetteer().lookup("Quarrel"));
    assertEquals(List.of(), table.gazetteer().lookup("Rimland (the)"));
    assertEquals(List.of(), table.gazetteer().lookup("Ceylon"), "only the team may add it");
    assertEquals(List.of(), table.gazetteer().lookup("Gold Coast"), "a city's name in news");
    assertEquals(List.of(), table.gazetteer().lookup("Nowhere"));
  }
}
