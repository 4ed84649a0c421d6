package org.nutgraf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReaderOptionsTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    ReaderOptions o = ReaderOptions.defaults();

    assertFalse(o.strict());
    assertEquals(16 << 20, o.maxLineBytes());
    assertEquals(200_000, o.maxParagraphChars());
    assertEquals(512, o.maxIdChars());
    assertEquals(512, o.maxSourceChars());
    assertTrue(o.isBoilerplate("Latest News"));
  }

  @Test
  void boilerplateIsMatchedIgnoringCaseSpaceAndTrailingPunctuation() {
    ReaderOptions o = ReaderOptions.defaults().withBoilerplate(List.of("Sponsored Content!"));

    assertTrue(o.isBoilerplate("  sponsored content"));
    assertTrue(o.isBoilerplate("SPONSORED CONTENT ..."));
    assertFalse(o.isBoilerplate("Sponsored content about farms"));
    assertFalse(o.isBoilerplate("Latest News"), "the new list replaces the default one");
  }

  @Test
  void copiesChangeOneSetting() {
    ReaderOptions o = ReaderOptions.defaults();

    assertTrue(o.withStrict(true).strict());
    assertEquals(64, o.withMaxLineBytes(64).maxLineBytes());
    assertEquals(99, o.withMaxParagraphChars(99).maxParagraphChars());
    assertEquals(12, o.withMaxIdChars(12).maxIdChars());
    assertEquals(30, o.withMaxSourceChars(30).maxSourceChars());
    assertEquals(ReaderOptions.defaults(), o);
  }

  @Test
  void limitsBelowOneAreRefusedNamingTheLimit() {
    assertEquals(
        "maxLineBytes: must be between 1 and 2147483647, was 0",
        assertThrows(
                IllegalArgumentException.class, () -> ReaderOptions.defaults().withMaxLineBytes(0))
            .getMessage());
    assertEquals(
        "maxParagraphChars: must be between 1 and 2147483647, was -5",
        assertThrows(
                IllegalArgumentException.class,
                () -> ReaderOptions.defaults().withMaxParagraphChars(-5))
            .getMessage());
  }

  @Test
  void idAndSourceLimitsCannotPassTheIndexKeyLimit() {
    int over = ReaderOptions.LARGEST_KEY_CHARS + 1;

    IllegalArgumentException id =
        assertThrows(
            IllegalArgumentException.class, () -> ReaderOptions.defaults().withMaxIdChars(over));
    IllegalArgumentException source =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReaderOptions.defaults().withMaxSourceChars(over));

    assertTrue(id.getMessage().startsWith("maxIdChars: must be between 1 and "), id.getMessage());
    assertTrue(source.getMessage().endsWith("was " + over), source.getMessage());
  }

  @Test
  void aLongIdOrSourceIsRefusedNamingTheFieldAndOption() {
    ReaderOptions o = ReaderOptions.defaults().withMaxIdChars(5).withMaxSourceChars(8);

    assertEquals(
        "field \"id\" is 6 characters, longer than the limit of 5 (maxIdChars, --max-id-chars)",
        assertThrows(IllegalArgumentException.class, () -> o.checkKeys("abcdef", "ok"))
            .getMessage());
    assertEquals(
        "field \"source\" is 9 characters, longer than the limit of 8"
            + " (maxSourceChars, --max-source-chars)",
        assertThrows(IllegalArgumentException.class, () -> o.checkKeys("abc", "Daily Sun"))
            .getMessage());
    o.checkKeys("abcde", "Day Post");
  }

  @Test
  void aLongParagraphIsRefusedNamingWhichOne() {
    ReaderOptions o = ReaderOptions.defaults().withMaxParagraphChars(10);

    assertEquals(
        "paragraph 3 is 11 characters, longer than the limit of 10"
            + " (maxParagraphChars, --max-paragraph-chars)",
        assertThrows(IllegalArgumentException.class, () -> o.checkParagraph("paragraph 3", 11))
            .getMessage());
    o.checkParagraph("paragraph 3", 10);
  }
}
