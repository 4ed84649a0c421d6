package org.nutgraf.tools.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.text.TokenKey;

/**
 * Reads other names of countries: the team's {@code country-aliases.tsv} and the MIT lists
 * (i18n-iso-countries, countries-list), which only add names the team's table leaves open.
 */
final class CountryAliases {
  /**
   * Old or ambiguous names that only the team's table may add, with an explicit case rule. "Gold
   * Coast", Ghana before 1957, is in news the Australian city.
   */
  private static final Set<String> HISTORIC_ALIASES =
      Set.of(
          "gold coast",
          "persia",
          "siam",
          "ceylon",
          "rhodesia",
          "kampuchea",
          "dahomey",
          "upper volta",
          "zaire",
          "bechuanaland",
          "basutoland",
          "nyasaland",
          "tanganyika",
          "formosa",
          "emirates",
          "congo",
          "korea",
          "timor",
          "macedonia",
          "micronesia");

  private CountryAliases() {}

  /** Reads {@code gazetteer/country-aliases.tsv} of {@code data}: code, alias, case rule. */
  static void readTeamTable(Path data, EntryTable table) throws IOException {
    TeamTables.read(
        data,
        "gazetteer/country-aliases.tsv",
        2,
        f -> alias(table, f[0], f[1], f.length > 2 ? f[2] : "cased"));
  }

  /** Reads the country names of the MIT lists under {@code sources}. */
  static void readMitLists(Path sources, EntryTable table) throws IOException {
    JsonMapper json = new JsonMapper();
    JsonNode iso =
        json.readTree(sources.resolve("i18n-iso-countries/en.json").toFile()).get("countries");
    iso.fields()
        .forEachRemaining(
            e -> {
              JsonNode v = e.getValue();
              List<String> names = new ArrayList<>();
              if (v.isArray()) {
                v.forEach(n -> names.add(n.asText()));
              } else {
                names.add(v.asText());
              }
              names.forEach(n -> alias(table, e.getKey(), n, ""));
            });
    JsonNode list = json.readTree(sources.resolve("countries-list/countries.min.json").toFile());
    list.fields()
        .forEachRemaining(
            e -> {
              alias(table, e.getKey(), e.getValue().path("name").asText(), "");
              e.getValue().path("alias").forEach(a -> alias(table, e.getKey(), a.asText(), ""));
            });
  }

  /**
   * Adds {@code name} for country {@code code}; {@code caseRule} is "exact", "cased", "context"
   * (exact, and only where the article names the country otherwise: {@link
   * PlaceEntry#NEEDS_ARTICLE_COUNTRY}) or empty (an MIT list: exact for a short all-capital
   * abbreviation). A name that is the country's own is added as the country.
   */
  private static void alias(EntryTable table, String code, String name, String caseRule) {
    String n = name.strip();
    if (n.isEmpty() || n.contains(",") || n.contains("(")) {
      return;
    }
    if (!code.equals("--") && !table.hasCountry(code)) {
      return;
    }
    String key = TokenKey.of(n);
    if (HISTORIC_ALIASES.contains(key) && caseRule.isEmpty()) {
      return; // only the team's table may add these, with an explicit rule
    }
    boolean context = caseRule.equals("context");
    boolean exact =
        caseRule.equals("exact")
            || context
            || (n.length() <= 4 && n.equals(n.toUpperCase(Locale.ROOT)) && !n.contains("."));
    boolean own = table.country(code).filter(c -> TokenKey.of(c.name()).equals(key)).isPresent();
    PlaceKind kind = own ? PlaceKind.COUNTRY : PlaceKind.ALIAS;
    int flags =
        (exact ? PlaceEntry.EXACT_CASE : 0) | (context ? PlaceEntry.NEEDS_ARTICLE_COUNTRY : 0);
    table.addCountryLevel(n, kind, code, flags, 0);
  }
}
