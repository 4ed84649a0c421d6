package org.nutgraf.tools.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A country's people: the team's table first, the nationality list for the rest. */
class DemonymsTest {
  @TempDir Path dir;
  private EntryTable table;

  @BeforeEach
  void tables() throws IOException {
    table = SmallTables.table(dir, Set.of(), Set.of());
    SmallTables.write(
        dir, "data/gazetteer/demonyms.tsv", "# code\tform", "ZV\tZavonian", "ZV\tZavonians");
    SmallTables.write(
        dir,
        "sources/i18n-nationality/en.json",
        """
        {"nationalities": {
          "ZV": "Zavonish",
          "QR": "Quarrelite (citizen)",
          "RM": "Rimland",
          "XX": "Nowherean"
        }}
        """);
  }

  @Test
  void theTeamsFormsAreAddedAsDemonymsLabelledWithTheCountry() throws IOException {
    Demonyms.readTeamTable(dir.resolve("data"), table);
    assertEquals(List.of("DEMONYM ZV Zavonia"), SmallTables.entries(table.gazetteer(), "Zavonian"));
    assertEquals(
        List.of("DEMONYM ZV Zavonia"), SmallTables.entries(table.gazetteer(), "Zavonians"));
  }

  @Test
  void theNationalityListOnlyFillsCountriesTheTableLacks() throws IOException {
    Demonyms.readTeamTable(dir.resolve("data"), table);
    Demonyms.readNationalities(dir.resolve("sources"), table);
    assertEquals(List.of(), table.gazetteer().lookup("Zavonish"), "Zavonia has the team's forms");
    assertEquals(
        List.of("DEMONYM QR Quarrel Republic"),
        SmallTables.entries(table.gazetteer(), "Quarrelite"),
        "the note in parentheses is cleaned off");
  }

  @Test
  void aFormThatIsTheCountrysNameOrOfAnUnknownCountryIsLeftOut() throws IOException {
    Demonyms.readNationalities(dir.resolve("sources"), table);
    assertEquals(List.of(), table.gazetteer().lookup("Rimland"));
    assertEquals(List.of(), table.gazetteer().lookup("Nowherean"));
  }

  @Test
  void aFormWithACommaOrOneAlreadyACountryLevelNameIsLeftOut() throws IOException {
    SmallTables.write(
        dir,
        "sources/i18n-nationality/en.json",
        "{\"nationalities\": {\"QR\": \"Quarreler, Quarrelite\", \"RM\": \"Zavonian\"}}");
    Demonyms.readTeamTable(dir.resolve("data"), table);
    Demonyms.readNationalities(dir.resolve("sources"), table);
    assertEquals(List.of(), table.gazetteer().lookup("Quarreler"));
    assertEquals(
        List.of("DEMONYM ZV Zavonia"),
        SmallTables.entries(table.gazetteer(), "Zavonian"),
        "Rimland may not take Zavonia's word");
  }
}
