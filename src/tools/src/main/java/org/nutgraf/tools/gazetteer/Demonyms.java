package org.nutgraf.tools.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.nutgraf.gazetteer.Country;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.text.TokenKey;

/**
 * Reads the words for a country's people ("Honduran", "Hondurans"): the team's {@code
 * demonyms.tsv}, then the MIT i18n-nationality list for the countries the table lacks.
 */
final class Demonyms {
  private Demonyms() {}

  /** Reads {@code gazetteer/demonyms.tsv} of {@code data}: code, form. */
  static void readTeamTable(Path data, EntryTable table) throws IOException {
    TeamTables.read(
        data,
        "gazetteer/demonyms.tsv",
        2,
        f -> table.addCountryLevel(f[1], PlaceKind.DEMONYM, f[0], 0, 0));
  }

  /**
   * Reads {@code i18n-nationality/en.json} under {@code sources}, cleaned of parenthesised notes,
   * for the countries no demonym was added for; a form with a comma, one that is the country's name
   * or one already a country-level name is left out.
   */
  static void readNationalities(Path sources, EntryTable table) throws IOException {
    Set<String> covered = table.demonymCountries();
    JsonNode n =
        new JsonMapper()
            .readTree(sources.resolve("i18n-nationality/en.json").toFile())
            .get("nationalities");
    n.fields()
        .forEachRemaining(
            e -> {
              String code = e.getKey();
              String form = e.getValue().asText().replaceAll("\\s*\\(.*\\)", "").strip();
              Optional<Country> c = table.country(code);
              if (covered.contains(code)
                  || c.isEmpty()
                  || form.contains(",")
                  || TokenKey.of(form).equals(TokenKey.of(c.get().name()))
                  || table.isCountryLevel(TokenKey.of(form))) {
                return;
              }
              table.addCountryLevel(form, PlaceKind.DEMONYM, code, 0, 0);
            });
  }
}
