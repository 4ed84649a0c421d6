package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Firms and brands named after people, in sentences of the team's own. */
class NamedFirmsTest {
  private final EntityRecognizer recognizer = EntityRecognizer.defaults();

  private List<String> persons(String text) {
    return recognizer.recognize(text).persons().stream().map(PersonMention::name).toList();
  }

  private List<String> countries(String text) {
    return recognizer.recognize(text).places().stream().map(PlaceMention::country).toList();
  }

  @Test
  void aFirmNamedAfterItsFoundersIsNoPerson() {
    assertEquals(List.of(), persons("Goldman Sachs said its trading revenue fell by a fifth."));
    assertEquals(List.of(), persons("Analysts at Morgan Stanley lowered their forecast."));
    assertEquals(List.of(), persons("Eli Lilly raised the price of its new drug."));
    // initials and abbreviations are matched as the scanner reads them
    assertEquals(List.of(), persons("T. Rowe Price said client assets grew."));
    assertEquals(List.of(), persons("J.P. Morgan said it would open a branch in Lagos."));
    // a hyphen or a space between the founders' names: the same firm
    assertEquals(List.of(), persons("Harley Davidson said sales in Europe slowed."));
    // the firm's name leaves the person named beside it alone
    assertEquals(
        List.of("Odile Marchetti"),
        persons("Lockheed Martin hired Odile Marchetti to run its space unit."));
  }

  @Test
  void aFirmStartingWithARankIsNoOfficer() {
    assertEquals(List.of(), persons("General Motors said it would build trucks in Ohio."));
    assertEquals(List.of("US"), countries("General Motors said it would build trucks in Ohio."));
  }

  @Test
  void aPlaceInsideAFirmNamedAfterPeopleIsNoPlace() {
    // "Bristol" here is a founder's name, not the English city; "Berkshire" no English county
    assertEquals(List.of(), countries("Bristol Myers Squibb reported a loss."));
    assertEquals(List.of(), countries("Berkshire Hathaway sold its airline shares."));
    assertEquals(List.of(), persons("Bristol Myers Squibb reported a loss."));
  }

  @Test
  void aTitleOrAnAppositionMakesTheNameThePersonAgain() {
    assertEquals(
        List.of("Ralph Lauren"), persons("The designer Ralph Lauren said he would retire soon."));
    assertEquals(
        List.of("Jack Daniel"), persons("Jack Daniel, a farmer near Lynchburg, said rain came."));
  }

  @Test
  void anInstitutionWordThatIsNoFamilyNameEndsNoPersonsName() {
    // "Law" is a family name as well as an institution's word; "Corporation" and "Inc." are not
    assertEquals(List.of("Kenneth Law"), persons("Kenneth Law said he would stay on."));
    assertEquals(List.of(), persons("Rand Corporation said the study would be published."));
    assertEquals(List.of(), persons("Mars Inc. said cocoa prices had doubled."));
  }

  /** A sentence naming a firm of the shipped list, which reads as a person without it. */
  private static final String SHIPPED_FIRM = "Charles Schwab said client assets grew.";

  @Test
  void aNewsroomAddsTheFirmsTheShippedListLeavesOut() {
    String text = "John Lewis said sales rose at its store in Leeds.";
    assertEquals(List.of("John Lewis"), persons(text)); // the list leaves it out: a person too

    EntityRecognizer withRetailer =
        recognizer.withNamedFirms(NamedFirms.defaults().with(List.of("John Lewis")));
    Recognized r = withRetailer.recognize(text);

    assertEquals(List.of(), r.persons());
    assertEquals(List.of("GB"), r.places().stream().map(PlaceMention::country).toList());
    // the shipped names still count beside the added one
    assertEquals(List.of(), withRetailer.recognize(SHIPPED_FIRM).persons());
    assertTrue(
        withRetailer.namedFirms().names().containsAll(List.of("Goldman Sachs", "John Lewis")));
  }

  @Test
  void aListOfItsOwnReplacesTheShippedOne() {
    NamedFirms own = NamedFirms.of(List.of("Ted Baker"));
    EntityRecognizer r = recognizer.withNamedFirms(own);

    assertEquals(List.of(), r.recognize("Analysts at Ted Baker said demand fell.").persons());
    assertEquals(List.of("Ted Baker"), own.names());
    // a shipped firm's name is read on its own words again: a given name, then a surname
    assertEquals(List.of(), persons(SHIPPED_FIRM));
    assertEquals(
        List.of("Charles Schwab"),
        r.recognize(SHIPPED_FIRM).persons().stream().map(PersonMention::name).toList());
    assertFalse(own.names().contains("Goldman Sachs"));
  }

  @Test
  void aNameWithNoWordIsRefusedSayingWhich() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> NamedFirms.of(List.of("Ted Baker", " - ")));
    assertEquals("name 1: no word in the firm's name ' - '", e.getMessage());
  }

  @Test
  void aFileOfNamesSkipsCommentsAndBlankLinesAndNamesABadLine(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("firms.txt");
    Files.writeString(file, "\uFEFFJohn Lewis\n# our retailers\n\n  Ted Baker  \r\n");
    assertEquals(List.of("John Lewis", "Ted Baker"), NamedFirms.read(file).names());

    Files.writeString(file, "John Lewis\n# note\n...\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NamedFirms.read(file));
    assertEquals(file + ":3: no word in the firm's name '...'", e.getMessage());

    Files.write(file, new byte[] {'A', 'c', 'm', 'e', '\n', 'B', (byte) 0xff, '\n'});
    IOException bad = assertThrows(IOException.class, () -> NamedFirms.read(file));
    assertEquals(file + ":2: not UTF-8 text", bad.getMessage());
  }

  @Test
  void aStreamIsReadAsAFileIsAndNamedByItsSource() throws IOException {
    byte[] text = "# ours\nKingston Farrell\n\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        List.of("Kingston Farrell"),
        NamedFirms.read(new ByteArrayInputStream(text), "firms.txt").names());

    byte[] bad = "Kingston Farrell\n--\n".getBytes(StandardCharsets.UTF_8);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> NamedFirms.read(new ByteArrayInputStream(bad), "firms.txt"));
    assertEquals("firms.txt:2: no word in the firm's name '--'", e.getMessage());
  }
}
