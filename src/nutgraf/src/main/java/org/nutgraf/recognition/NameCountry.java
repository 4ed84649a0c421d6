package org.nutgraf.recognition;

/**
 * One line of a list that pairs a name with a country, "Name\tCC" ({@code
 * country-institutions.tsv}, {@code combining-forms.tsv}).
 *
 * @param name the name as written in running text, stripped
 * @param country its ISO 3166-1 alpha-2 code
 */
record NameCountry(String name, String country) {
  /**
   * Parses {@code line}.
   *
   * @throws IllegalArgumentException when it has no tab or no two-letter code after it, naming the
   *     line
   */
  static NameCountry parse(String line) {
    String[] f = line.split("\t");
    if (f.length != 2 || f[1].strip().length() != 2) {
      throw new IllegalArgumentException("not 'Name<TAB>CC': " + line);
    }
    return new NameCountry(f[0].strip(), f[1].strip());
  }
}
