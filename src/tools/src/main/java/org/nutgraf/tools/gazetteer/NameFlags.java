package org.nutgraf.tools.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.text.TokenKey;

/**
 * The flags a place name earns from the words it is made of: a given name, a common word, a word
 * whose lower-case form means something else, or a name that is no place.
 */
final class NameFlags {
  private final NameLexicons lexicons;
  private final Set<String> notPlaces = new HashSet<>();
  private final Set<String> lowerHomonyms = new HashSet<>();

  private NameFlags(NameLexicons lexicons) {
    this.lexicons = lexicons;
  }

  /**
   * Reads the team's {@code gazetteer/lower-homonyms.tsv} and {@code gazetteer/not-places.tsv} of
   * {@code data}; the English names of months and weekdays are no places either.
   */
  static NameFlags read(NameLexicons lexicons, Path data) throws IOException {
    NameFlags flags = new NameFlags(lexicons);
    TeamTables.read(
        data, "gazetteer/lower-homonyms.tsv", 1, f -> flags.lowerHomonyms.add(TokenKey.of(f[0])));
    TeamTables.read(
        data, "gazetteer/not-places.tsv", 1, f -> flags.notPlaces.add(TokenKey.of(f[0])));
    for (Month m : Month.values()) {
      flags.notPlaces.add(
          m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
    }
    for (DayOfWeek d : DayOfWeek.values()) {
      flags.notPlaces.add(
          d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
    }
    return flags;
  }

  /**
   * The {@link PlaceEntry} flags of the name folded to {@code key}. A country-level name (country,
   * alias, demonym) is only ever flagged a lower-case homonym or, as one word, a given name.
   */
  int of(String key, boolean countryLevel) {
    int flags = 0;
    if (lowerHomonyms.contains(key)) {
      flags |= PlaceEntry.LOWER_HOMONYM;
    }
    boolean oneWord = key.indexOf(' ') < 0;
    if (countryLevel) {
      return flags | (oneWord && lexicons.givenNames().contains(key) ? PlaceEntry.GIVEN_NAME : 0);
    }
    if (notPlaces.contains(key) || GenericDescriptions.isGeneric(key)) {
      flags |= PlaceEntry.NOT_PLACE;
    }
    if (oneWord) {
      if (lexicons.givenNames().contains(key)) {
        flags |= PlaceEntry.GIVEN_NAME;
      }
      if (lexicons.commonWords().contains(key)) {
        flags |= PlaceEntry.COMMON_WORD;
      }
    }
    return flags;
  }
}
