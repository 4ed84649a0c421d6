package org.nutgraf.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the {@code published} value of an article: an ISO date or date-time. */
public final class PublishedDate {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?"
              + "(?<offset>Z|[+-]\\d{2}:?\\d{2})?");
  private static final DateTimeFormatter STRICT_DATE =
      DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter STRICT_LOCAL =
      DateTimeFormatter.ISO_LOCAL_DATE_TIME.withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter STRICT_OFFSET =
      DateTimeFormatter.ISO_OFFSET_DATE_TIME.withResolverStyle(ResolverStyle.STRICT);

  private PublishedDate() {}

  /**
   * Reads "2018-10-15" (midnight UTC), "2018-10-15T14:05:00Z", "2018-10-15T09:05:00-05:00" or
   * "2018-10-15T14:05:00" (read as UTC).
   *
   * @throws IllegalArgumentException with a message that quotes the value and says whether it is
   *     unparseable or an impossible date
   */
  public static Instant parse(String value) {
    String v = value.strip();
    try {
      if (DATE.matcher(v).matches()) {
        return LocalDate.parse(v, STRICT_DATE).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      Matcher dateTime = DATE_TIME.matcher(v);
      if (dateTime.matches()) {
        String iso = v.replace(' ', 'T');
        String offset = dateTime.group("offset");
        if (offset != null) {
          if (offset.length() == 5) {
            // "+0500" -> "+05:00", the form ISO_OFFSET_DATE_TIME reads
            iso = iso.substring(0, iso.length() - 2) + ":" + iso.substring(iso.length() - 2);
          }
          return OffsetDateTime.parse(iso, STRICT_OFFSET).toInstant();
        }
        return LocalDateTime.parse(iso, STRICT_LOCAL).toInstant(ZoneOffset.UTC);
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("impossible date \"" + value + "\"");
    }
    throw new IllegalArgumentException(
        "unparseable date \"" + value + "\" (expected ISO 2018-10-15 or 2018-10-15T14:05:00Z)");
  }
}
