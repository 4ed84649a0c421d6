package org.nutgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.FieldValue;
import org.nutgraf.query.Criteria;

/** {@code --field NAME=VALUE}: the value's shape chooses the field type. */
class FieldFilterTest {
  @Test
  void aWholeNumberIsANumber() {
    assertEquals(FieldValue.number(410), FieldFilter.value("410"));
    assertEquals(FieldValue.number(-3), FieldFilter.value("-3"));
    assertEquals(FieldValue.number(0), FieldFilter.value("0"));
  }

  @Test
  void anInstantIsATime() {
    assertEquals(
        FieldValue.time(Instant.parse("2021-04-02T05:00:00Z")),
        FieldFilter.value("2021-04-02T05:00:00Z"));
  }

  @Test
  void anythingElseIsAKeywordWithItsCaseKept() {
    assertEquals(FieldValue.keyword("Metro"), FieldFilter.value("Metro"));
    assertEquals(FieldValue.keyword("4.5"), FieldFilter.value("4.5"), "not whole");
    assertEquals(FieldValue.keyword("2021-04-02"), FieldFilter.value("2021-04-02"), "a day only");
    assertEquals(
        FieldValue.keyword("2021-04-02T25:00:00Z"),
        FieldFilter.value("2021-04-02T25:00:00Z"),
        "no such hour: a keyword, not an error");
    assertEquals(
        FieldValue.keyword("1234567890123456789012"),
        FieldFilter.value("1234567890123456789012"),
        "too long for a number");
  }

  @Test
  void aPairBecomesAConditionOnThatField() {
    assertEquals(Criteria.field("desk", FieldValue.keyword("metro")), FieldFilter.of("desk=metro"));
    assertEquals(Criteria.field("words", FieldValue.number(220)), FieldFilter.of("words=220"));
    assertEquals(
        Criteria.field("note", FieldValue.keyword("a=b")),
        FieldFilter.of("note=a=b"),
        "the first '=' splits");
  }

  @Test
  void somethingThatIsNoPairIsAUsageErrorNamingTheOptionAndValue() {
    for (String bad : new String[] {"desk", "=metro", "desk="}) {
      UsageException e = assertThrows(UsageException.class, () -> FieldFilter.of(bad));
      assertEquals(
          "--field: invalid value '" + bad + "' (expected NAME=VALUE, as desk=metro)",
          e.getMessage());
    }
  }

  @Test
  void aNameTheLibraryRefusesIsAUsageErrorOfTheOption() {
    UsageException e = assertThrows(UsageException.class, () -> FieldFilter.of("country=HN"));
    assertTrue(e.getMessage().startsWith("--field: "), e.getMessage());
    assertTrue(e.getMessage().contains("country"), e.getMessage());
  }
}
