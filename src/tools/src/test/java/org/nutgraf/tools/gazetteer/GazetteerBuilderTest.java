package org.nutgraf.tools.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;

/** Builds a gazetteer from tiny source files in the GeoNames dump format and reads it back. */
class GazetteerBuilderTest {
  @TempDir Path dir;

  private void write(String path, String... lines) throws IOException {
    Path p = dir.resolve(path);
    Files.createDirectories(p.getParent());
    Files.write(p, List.of(lines));
  }

  private static String city(String name, String code, String admin1, String feature, long pop) {
    return String.join(
        "\t",
        "1",
        name,
        name,
        "",
        "0",
        "0",
        "P",
        feature,
        code,
        "",
        admin1,
        "",
        "",
        "",
        Long.toString(pop),
        "",
        "0",
        "UTC",
        "2026-01-01");
  }

  private GazetteerBuilder builder() {
    return new GazetteerBuilder(
        dir.resolve("src"), dir.resolve("lex"), dir.resolve("data"), "cities15000.txt", 1_000_000);
  }

  @Test
  void buildsCountriesAliasesDemonymsRegionsCitiesAndFlags() throws IOException {
    write(
        "src/geonames/countryInfo.txt",
        "#ISO\tISO3\tISO-Numeric\tfips\tCountry\tCapital",
        "HN\tHND\t340\tHO\tHonduras\tTegucigalpa\t112090\t9587522\tNA\t.hn\tHNL\tLempira\t504\t\t\tes-HN\t3608932\tGT,NI,SV\t",
        "US\tUSA\t840\tUS\tUnited States\tWashington\t9629091\t327167434\tNA\t.us\tUSD\tDollar\t1\t\t\ten-US\t6252001\tCA,MX\t",
        "CS\tSCG\t891\tYI\tSerbia and Montenegro\tBelgrade\t102350\t10829175\tEU\t.cs\tRSD\tDinar\t381\t\t\tcu,hu,sq,sr\t8505033\tAL,HU,MK,RO,HR,BA,BG\t");
    write(
        "src/geonames/admin1CodesASCII.txt",
        "HN.06\tCortés Department\tCortes Department\t3613229",
        "US.GA\tGeorgia\tGeorgia\t4197000");
    write(
        "src/geonames/cities15000.txt",
        city("San Pedro Sula", "HN", "06", "PPLA", 801259),
        city("Tegucigalpa", "HN", "08", "PPLC", 850848),
        city("Atlanta", "US", "GA", "PPLA", 498715),
        city("Reading", "US", "PA", "PPL", 88000),
        city("Old Town", "US", "GA", "PPLH", 20000));
    write(
        "src/countries-list/countries.min.json",
        "{\"US\":{\"name\":\"United States\",\"alias\":[\"America\",\"USA\"]},"
            + "\"HN\":{\"name\":\"Honduras\"}}");
    write(
        "src/i18n-iso-countries/en.json",
        "{\"locale\":\"en\",\"countries\":{\"US\":[\"United States\",\"U.S.\",\"US\"],"
            + "\"HN\":\"Honduras\"}}");
    write(
        "src/i18n-nationality/en.json",
        "{\"locale\":\"en\",\"nationalities\":{\"US\":\"American\",\"HN\":\"Honduran\"}}");
    write("lex/given-names-male-en.txt", "Jordan", "Reading");
    write("lex/given-names-female-en.txt", "Georgia");
    write("lex/given-names-multi.tsv", "# name\tlanguages", "atlanta\ten");
    write("data/gazetteer/country-aliases.tsv", "US\tUS\texact", "US\tAmerica\tcased");
    write("data/gazetteer/demonyms.tsv", "US\tAmericans");
    write(
        "data/gazetteer/supranational.tsv", "Central America\tregion", "@seat\tTegucigalpa\tnone");
    write("data/gazetteer/not-places.tsv", "Reading\tword");
    write("data/gazetteer/region-aliases.tsv", "US.GA\tGa.");
    write("data/gazetteer/capitals.tsv", "HN\tTegucigalpa");
    write("data/gazetteer/places.tsv", "HN\tRivera Hernandez\tplace\t");
    write("data/gazetteer/lower-homonyms.tsv", "Turkey\tthe bird");
    write("data/lexicons/given-names-world.txt", "Juan");
    write("data/lexicons/common-words.txt", "reading", "the");
    write("data/lexicons/surname-particles.txt", "de", "van der");
    write(
        "data/actors/actors.tsv",
        "Juan Orlando Hernández\tJOH\tHN\tPresident\t2014-01-27\t2022-01-27");

    GazetteerBuilder b = builder();
    b.build();
    Path out = dir.resolve("out");
    b.write(out);
    Gazetteer g = Gazetteer.load(out.resolve("org/nutgraf/gazetteer/gazetteer.bin"));

    assertTrue(g.country("CS").isEmpty(), "retired codes are dropped");
    assertEquals("US", g.lookup("Americans").get(0).country(), "demonym from the team's table");
    assertTrue(g.lookup("American").isEmpty(), "the MIT list only fills countries the team lacks");
    assertEquals("HN", g.lookup("Honduran").get(0).country(), "demonym from the MIT list");
    assertTrue(g.lookup("US").get(0).has(PlaceEntry.EXACT_CASE));
    assertEquals("US", g.lookup("America").get(0).country());
    assertEquals(PlaceKind.REGION, g.lookup("Cortes").get(0).kind(), "cleaned of 'Department'");
    assertEquals("HN", g.lookup("San Pedro Sula").get(0).country());
    assertEquals(PlaceKind.CAPITAL, g.lookup("Tegucigalpa").get(0).kind());
    assertTrue(g.lookup("Tegucigalpa").get(0).has(PlaceEntry.SUPRANATIONAL_SEAT));
    assertTrue(g.lookup("Old Town").isEmpty(), "historical places are dropped");
    assertTrue(g.lookup("Reading").get(0).has(PlaceEntry.NOT_PLACE));
    assertTrue(g.lookup("Georgia").stream().allMatch(e -> e.has(PlaceEntry.GIVEN_NAME)));
    assertEquals("US.GA", g.lookup("Ga.").get(0).admin1());
    assertEquals(PlaceKind.SUPRANATIONAL, g.lookup("Central America").get(0).kind());
    assertEquals(PlaceKind.PLACE, g.lookup("Rivera Hernandez").get(0).kind());
    assertTrue(Files.exists(out.resolve("org/nutgraf/entity/actors.tsv")));
    assertTrue(
        Files.readString(out.resolve("org/nutgraf/recognition/particles.txt")).contains("\nder\n"));
  }

  @Test
  void smallTownsComeFromTheFullerListAndAreFlagged() throws IOException {
    buildsCountriesAliasesDemonymsRegionsCitiesAndFlags();
    Path pbf = dir.resolve("cities.pbf");
    Files.write(pbf, AllTheCitiesFileTest.place(7, "Wahoo", "US", "NE", 4511));
    GazetteerBuilder b = builder();
    b.smallCities(pbf);
    b.build();
    Gazetteer g = b.gazetteer();
    PlaceEntry wahoo = g.lookup("Wahoo").get(0);
    assertEquals("US", wahoo.country());
    assertEquals("US.NE", wahoo.admin1());
    assertTrue(wahoo.has(PlaceEntry.SMALL_TOWN));
    assertTrue(g.lookup("Atlanta").stream().noneMatch(e -> e.has(PlaceEntry.SMALL_TOWN)));
  }

  @Test
  void theSpanishCopyIsWrittenWhenTheSpanishNamesTableIsThere() throws IOException {
    buildsCountriesAliasesDemonymsRegionsCitiesAndFlags();
    Path out = dir.resolve("out");
    assertTrue(Files.notExists(out.resolve("org/nutgraf/gazetteer/gazetteer-es.bin")));
    write("out/org/nutgraf/gazetteer/es-names.tsv", "HN\tcountry\tRepública de Honduras");

    GazetteerBuilder b = builder();
    b.build();
    b.write(out);

    Gazetteer es = Gazetteer.load(out.resolve("org/nutgraf/gazetteer/gazetteer-es.bin"));
    assertEquals("HN", es.lookup("República de Honduras").get(0).country());
    assertTrue(Files.exists(out.resolve("org/nutgraf/gazetteer/gazetteer-es.sums")));
  }

  @Test
  void aBadRowNamesItsFileAndLine() throws IOException {
    buildsCountriesAliasesDemonymsRegionsCitiesAndFlags();
    write("data/gazetteer/capitals.tsv", "# capitals", "ZZ\tNowhere");
    GazetteerBuilder b = builder();
    IllegalArgumentException e = Assertions.assertThrows(IllegalArgumentException.class, b::build);
    assertTrue(e.getMessage().contains("capitals.tsv:2: unknown country code ZZ"), e.getMessage());
  }
}
