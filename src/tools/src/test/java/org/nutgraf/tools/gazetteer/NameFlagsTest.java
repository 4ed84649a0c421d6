package org.nutgraf.tools.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.gazetteer.PlaceEntry;

/** The flags a place name earns from its words. */
class NameFlagsTest {
  @TempDir Path dir;
  private NameFlags flags;

  @BeforeEach
  void read() throws IOException {
    SmallTables.write(dir, "gazetteer/lower-homonyms.tsv", "# word", "Turkey", "Chile");
    SmallTables.write(dir, "gazetteer/not-places.tsv", "# name", "Police", "Split");
    flags =
        NameFlags.read(
            new NameLexicons(Set.of("florence", "jordan", "chad"), Set.of("reading", "mobile")),
            dir);
  }

  @Test
  void aGivenNameOrACommonWordIsFlaggedAsSuch() {
    assertEquals(PlaceEntry.GIVEN_NAME, flags.of("florence", false));
    assertEquals(PlaceEntry.COMMON_WORD, flags.of("reading", false));
    assertEquals(0, flags.of("vantry", false));
  }

  @Test
  void onlyOneWordNamesAreCheckedAgainstTheLexicons() {
    assertEquals(0, flags.of("florence reading", false));
  }

  @Test
  void theTeamsNotPlacesAndMonthsAndWeekdaysAreNoPlaces() {
    assertEquals(PlaceEntry.NOT_PLACE, flags.of("police", false));
    assertEquals(PlaceEntry.NOT_PLACE, flags.of("split", false));
    assertEquals(PlaceEntry.NOT_PLACE, flags.of("march", false));
    assertEquals(PlaceEntry.NOT_PLACE, flags.of("sunday", false));
  }

  @Test
  void aLowerCaseHomonymIsFlaggedFoldedFromTheTable() {
    assertEquals(PlaceEntry.LOWER_HOMONYM, flags.of("turkey", false));
  }

  @Test
  void aCountryLevelNameIsOnlyEverAHomonymOrAGivenName() {
    assertEquals(PlaceEntry.LOWER_HOMONYM, flags.of("chile", true));
    assertEquals(PlaceEntry.GIVEN_NAME, flags.of("chad", true));
    assertEquals(0, flags.of("reading", true), "a common word does not flag a country");
    assertEquals(0, flags.of("police", true), "nor does the not-places table");
  }
}
