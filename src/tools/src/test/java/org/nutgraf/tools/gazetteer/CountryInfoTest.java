package org.nutgraf.tools.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.gazetteer.Country;

/** The countries of GeoNames' countryInfo.txt. */
class CountryInfoTest {
  @TempDir Path dir;

  private static String row(String code, String name, String capital, String population) {
    // ISO, ISO3, ISO-numeric, fips, Country, Capital, Area, Population, Continent, ...
    return String.join(
        "\t", code, code + "X", "999", code, name, capital, "1000", population, "EU");
  }

  @Test
  void eachCurrentCountryIsAddedWithItsNameAsACountryLevelName() throws IOException {
    EntryTable table =
        new EntryTable(NameFlags.read(new NameLexicons(Set.of(), Set.of()), flags()));
    SmallTables.write(
        dir,
        "geonames/countryInfo.txt",
        "#ISO\tISO3\tISO-Numeric\tfips\tCountry\tCapital\tArea\tPopulation\tContinent",
        row("ZV", "Zavonia", "Port Ilse", "12000000"),
        row("QR", "Quarrel Republic", "", ""),
        row("CS", "Serbia and Montenegro", "Belgrade", "10829175"),
        row("AN", "Netherlands Antilles", "Willemstad", "300000"));
    CountryInfo.read(dir.resolve("geonames"), table);
    assertEquals(
        List.of(
            new Country("QR", "Quarrel Republic", "", 0),
            new Country("ZV", "Zavonia", "Port Ilse", 12_000_000)),
        List.copyOf(table.countries()),
        "by code; an empty capital or population is empty or 0");
    assertEquals(List.of("COUNTRY ZV Zavonia"), SmallTables.entries(table.gazetteer(), "Zavonia"));
    assertFalse(table.hasCountry("CS"), "a country that no longer exists");
    assertEquals(List.of(), table.gazetteer().lookup("Netherlands Antilles"));
  }

  private Path flags() throws IOException {
    SmallTables.write(dir, "flags/gazetteer/lower-homonyms.tsv", "# none");
    SmallTables.write(dir, "flags/gazetteer/not-places.tsv", "# none");
    return dir.resolve("flags");
  }
}
