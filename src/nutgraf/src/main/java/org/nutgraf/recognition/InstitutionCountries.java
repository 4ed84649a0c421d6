package org.nutgraf.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nutgraf.text.TokenSequence;

/**
 * Names of a country's own institutions ("Gardaí", "Taoiseach", "Bundestag", "Lok Sabha") as
 * evidence of the country an article is set in, read from {@code country-institutions.tsv}. They
 * name no place and are no mention, but an article whose police are the Gardaí is set in Ireland,
 * and "in Dundalk" there is the Irish town. A name matches where its first word is capitalised (or
 * all capitals) and its other words follow with no punctuation between; the longest name wins.
 * Immutable and thread-safe.
 */
final class InstitutionCountries {
  /** Where the list ships, beside the other lexicons. */
  static final String RESOURCE = "country-institutions.tsv";

  private static volatile InstitutionCountries defaults;

  /** Receives each institution name found: its tokens {@code from..to} and its country. */
  interface Found extends ListedNames.Found<String> {}

  /** The listed names, each with its country's code. */
  private final ListedNames<String> names;

  /**
   * The names of {@code lines}, each "Name\tCC" as written in running text.
   *
   * @throws IllegalArgumentException when a line has no tab or no two-letter code after it
   */
  static InstitutionCountries of(List<String> lines) {
    return new InstitutionCountries(lines);
  }

  /** The list that ships in the jar, loaded once. */
  static InstitutionCountries defaults() {
    InstitutionCountries d = defaults;
    if (d == null) {
      synchronized (InstitutionCountries.class) {
        d = defaults;
        if (d == null) {
          d = new InstitutionCountries(Lexicons.read(RESOURCE));
          defaults = d;
        }
      }
    }
    return d;
  }

  private InstitutionCountries(List<String> lines) {
    List<Map.Entry<String, String>> list = new ArrayList<>(lines.size());
    for (String line : lines) {
      NameCountry f = NameCountry.parse(line);
      list.add(Map.entry(f.name(), f.country()));
    }
    names = new ListedNames<>(list);
  }

  /** Reports every listed name in {@code t} to {@code found}, left to right, none overlapping. */
  void find(TokenSequence t, Found found) {
    names.find(t, found);
  }
}
