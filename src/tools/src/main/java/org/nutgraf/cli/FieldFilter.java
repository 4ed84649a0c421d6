package org.nutgraf.cli;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.nutgraf.article.FieldValue;
import org.nutgraf.query.Criteria;
import org.nutgraf.query.Criterion;

/**
 * Reads a {@code --field NAME=VALUE} filter on an article's own field: a value written as a whole
 * number matches a number field, one written as an instant ({@code 2021-04-02T05:00:00Z}) an
 * instant field, any other a keyword field.
 */
final class FieldFilter {
  private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,18}");

  private FieldFilter() {}

  /**
   * The condition {@code option} written as {@code NAME=VALUE} asks for.
   *
   * @throws UsageException naming the option and the value when it is no such pair or the library
   *     refuses the name
   */
  static Criterion of(String nameAndValue) {
    int eq = nameAndValue.indexOf('=');
    if (eq <= 0 || eq == nameAndValue.length() - 1) {
      throw new UsageException(
          "--field: invalid value '" + nameAndValue + "' (expected NAME=VALUE, as desk=metro)");
    }
    String name = nameAndValue.substring(0, eq);
    FieldValue value = value(nameAndValue.substring(eq + 1));
    return OptionValues.check("--field", () -> Criteria.field(name, value));
  }

  /** The value as the shape it is written in says. */
  static FieldValue value(String text) {
    if (WHOLE.matcher(text).matches()) {
      return FieldValue.number(Long.parseLong(text));
    }
    if (text.length() > 10 && text.charAt(10) == 'T') {
      try {
        return FieldValue.time(Instant.parse(text));
      } catch (DateTimeParseException e) {
        // not an instant after all: a keyword
      }
    }
    return FieldValue.keyword(text);
  }
}
