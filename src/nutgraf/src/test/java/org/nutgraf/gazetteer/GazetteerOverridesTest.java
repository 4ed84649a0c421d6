package org.nutgraf.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's overrides file: each change it can make, and the messages for lines it cannot read. */
class GazetteerOverridesTest {
  private static final Gazetteer BASE = Gazetteer.defaults();

  private static Gazetteer apply(String text) throws IOException {
    return GazetteerOverrides.apply(
        BASE, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "mine.tsv");
  }

  private static String failure(String text) {
    return assertThrows(IllegalArgumentException.class, () -> apply(text)).getMessage();
  }

  @Test
  void anAddedPlaceReplacesTheBuiltInEntriesOfItsNameAndIsMarkedAsTheUsers() throws IOException {
    assertTrue(BASE.lookup("Paris").size() > 1);
    Gazetteer mine = apply("add\tParis\tcity\tca\t9000\n");
    assertEquals(1, mine.lookup("Paris").size());
    PlaceEntry e = mine.lookup("paris").get(0);
    assertEquals("CA", e.country());
    assertEquals(PlaceKind.CITY, e.kind());
    assertEquals(9000, e.population());
    assertTrue(e.has(PlaceEntry.USER));
  }

  @Test
  void aPopulationIsOptional() throws IOException {
    assertEquals(
        0, apply("add\tBrindlecombe\tplace\tGB\n").lookup("Brindlecombe").get(0).population());
  }

  @Test
  void anAliasNamesACountryAndARemovedNameIsGone() throws IOException {
    Gazetteer mine = apply("alias\tLand of Fjords\tNO\nremove\tReading\n");
    PlaceEntry alias = mine.lookup("land of fjords").get(0);
    assertEquals(PlaceKind.ALIAS, alias.kind());
    assertEquals("NO", alias.country());
    assertTrue(mine.lookup("Reading").isEmpty());
    assertFalse(BASE.lookup("Reading").isEmpty(), "the base gazetteer is unchanged");
  }

  @Test
  void commentsBlankLinesAndSurroundingSpacesAreIgnored() throws IOException {
    Gazetteer mine = apply("# my changes\n\n   \nbias\tpy\t 2.5 \n  # done\n");
    assertEquals(2.5, mine.bias("PY"));
    assertEquals(BASE.size(), mine.size());
  }

  @Test
  void aBiasOfZeroRemovesTheBiasAltogether() throws IOException {
    Gazetteer biased = apply("bias\tMX\t2\n");
    assertTrue(biased.hasBias());
    Gazetteer back =
        GazetteerOverrides.apply(
            biased,
            new ByteArrayInputStream("bias\tMX\t0\n".getBytes(StandardCharsets.UTF_8)),
            "x");
    assertEquals(0.0, back.bias("MX"));
    assertFalse(back.hasBias(), "no bias left: the size rules apply again");
    assertFalse(apply("bias\tMX\t0\n").hasBias());
  }

  @Test
  void theChangeWordIsReadInAnyCase() throws IOException {
    assertEquals(1.0, apply("BIAS\tUY\t1\n").bias("UY"));
  }

  @Test
  void anUnknownChangeIsNamedWithItsLineAndTheChangesThereAre() {
    assertEquals(
        "mine.tsv:2: unknown change \"rename\" (add, alias, remove or bias)",
        failure("# first\nrename\tParis\tParigi\n"));
  }

  @Test
  void aLineWithTooFewColumnsShowsTheExpectedForm() {
    assertEquals(
        "mine.tsv:1: expected \"add NAME KIND COUNTRY [POPULATION]\" (tab-separated)",
        failure("add\tParis\tcity\n"));
    assertEquals(
        "mine.tsv:1: expected \"bias COUNTRY WEIGHT\" (tab-separated)", failure("bias\tMX\n"));
  }

  @Test
  void anUnknownCountryCodeIsQuotedAsWritten() {
    assertEquals("mine.tsv:1: unknown country code \"QQ\"", failure("alias\tNowhere\t QQ \n"));
  }

  @Test
  void aNumberThatIsNoneIsNamed() {
    String m = failure("bias\tMX\theavy\n");
    assertTrue(m.startsWith("mine.tsv:1: not a number: "), m);
    m = failure("add\tTownly\tcity\tUS\tmany\n");
    assertTrue(m.startsWith("mine.tsv:1: not a number: "), m);
  }

  @Test
  void anUnknownKindFails() {
    assertTrue(failure("add\tTownly\thamlet\tUS\n").startsWith("mine.tsv:1: "));
  }

  @Test
  void aFileIsReadByPathAndNamedByItInErrors(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("places.tsv");
    Files.writeString(file, "add\tNew Quay\tcity\tGB\t1200\n");
    assertEquals("GB", GazetteerOverrides.apply(BASE, file).lookup("New Quay").get(0).country());
    Files.writeString(file, "remove\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GazetteerOverrides.apply(BASE, file));
    assertTrue(e.getMessage().startsWith(file + ":1: expected \"remove NAME\""), e.getMessage());
  }
}
