package org.nutgraf.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDateTest {
  @ParameterizedTest
  @CsvSource({
    "2018-10-15, 2018-10-15T00:00:00Z",
    "2018-10-15T14:05:00Z, 2018-10-15T14:05:00Z",
    "2018-10-15T14:05Z, 2018-10-15T14:05:00Z",
    "2018-10-15T09:05:00-05:00, 2018-10-15T14:05:00Z",
    "2018-10-15T19:35:00+0530, 2018-10-15T14:05:00Z",
    "2018-10-15T14:05:00, 2018-10-15T14:05:00Z",
    "2018-10-15 14:05:00, 2018-10-15T14:05:00Z",
    "2018-10-15T14:05:00.250Z, 2018-10-15T14:05:00.250Z",
    "' 2018-10-15 ', 2018-10-15T00:00:00Z",
    "2024-02-29, 2024-02-29T00:00:00Z"
  })
  void readsIsoDatesAndDateTimesAsUtc(String value, String expected) {
    assertEquals(Instant.parse(expected), PublishedDate.parse(value));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2019-02-30", "2023-02-29", "2018-13-01", "2018-10-15T24:30:00Z", "2018-04-31"})
  void callsNonexistentDatesImpossible(String value) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PublishedDate.parse(value));

    assertEquals("impossible date \"" + value + "\"", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"13/10/2018", "yesterday", "", "2018-10", "20181013", "Oct 13, 2018"})
  void callsOtherTextUnparseableAndShowsTheExpectedForm(String value) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PublishedDate.parse(value));

    assertEquals(
        "unparseable date \"" + value + "\" (expected ISO 2018-10-15 or 2018-10-15T14:05:00Z)",
        e.getMessage());
  }
}
