package org.nutgraf.tools.gazetteer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.nutgraf.gazetteer.Country;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.gazetteer.PlaceEntry;

/** Small inputs for the gazetteer builder's tests, written to a temporary directory. */
final class SmallTables {
  private SmallTables() {}

  /**
   * An empty table with made-up countries ZV Zavonia, QR Quarrel Republic and RM Rimland, whose
   * names are flagged with {@code givenNames} and {@code commonWords}; no lower-case homonyms or
   * non-places beyond months and weekdays.
   */
  static EntryTable table(Path dir, Set<String> givenNames, Set<String> commonWords)
      throws IOException {
    write(dir, "gazetteer/lower-homonyms.tsv", "# none");
    write(dir, "gazetteer/not-places.tsv", "# none");
    EntryTable t = new EntryTable(NameFlags.read(new NameLexicons(givenNames, commonWords), dir));
    t.addCountry(new Country("ZV", "Zavonia", "Port Ilse", 12_000_000));
    t.addCountry(new Country("QR", "Quarrel Republic", "Dunmere", 4_000_000));
    t.addCountry(new Country("RM", "Rimland", "Osk", 800_000));
    return t;
  }

  /** Writes {@code lines} to {@code relative} under {@code dir}, creating its directories. */
  static Path write(Path dir, String relative, String... lines) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.write(file, List.of(lines));
    return file;
  }

  /**
   * A row of a GeoNames cities file: the 19 tab-separated columns, with those the builder reads
   * filled in.
   */
  static String city(
      long id,
      String name,
      String ascii,
      String alternates,
      String feature,
      String country,
      String admin1,
      long population) {
    return String.join(
        "\t",
        Long.toString(id),
        name,
        ascii,
        alternates,
        "10.5",
        "-60.25",
        "P",
        feature,
        country,
        "",
        admin1,
        "",
        "",
        "",
        Long.toString(population),
        "",
        "12",
        "Etc/UTC",
        "2024-01-01");
  }

  /** The entries of {@code name} in {@code g} as "kind country label", in rank order. */
  static List<String> entries(Gazetteer g, String name) {
    return g.lookup(name).stream().map(SmallTables::describe).toList();
  }

  private static String describe(PlaceEntry e) {
    return e.kind() + " " + e.country() + " " + e.label();
  }
}
