package org.nutgraf.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Spanish names of the gazetteer (the team's table {@code
 * src/data/gazetteer/spanish-names.tsv}, shipped as {@code es-names.tsv}): country names and
 * abbreviations ("Estados Unidos", "EE. UU."), exonyms ("Londres", "Ciudad de México") and
 * lower-case demonyms in every gender and number ("hondureño", "hondureñas"), which count in lower
 * case.
 */
final class SpanishNames {
  static final String RESOURCE = "es-names.tsv";

  private SpanishNames() {}

  /**
   * Adds every entry of the table to {@code b} (demonyms with their derived forms; a capital ranks
   * as large as its country, so "Pekín" beats a small namesake), and removes the names the table
   * marks as Spanish words ({@code word}: "Nacional", "Para"), which are no places in Spanish text.
   */
  static void addTo(Gazetteer.Builder b, Gazetteer base) {
    try (InputStream in = SpanishNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("gazetteer resource missing: " + RESOURCE);
      }
      addTo(b, base, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** As {@link #addTo(Gazetteer.Builder, Gazetteer)}, from the table in {@code in}. */
  static void addTo(Gazetteer.Builder b, Gazetteer base, InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length < 3) {
        throw new IllegalStateException(RESOURCE + ":" + n + ": expected code, kind, name");
      }
      if (f[1].equals("word")) {
        b.remove(f[2]);
        continue;
      }
      PlaceKind kind = PlaceKind.of(f[1]);
      int flags = f.length > 3 && f[3].equals("seat") ? PlaceEntry.SUPRANATIONAL_SEAT : 0;
      if (kind == PlaceKind.DEMONYM) {
        for (String form : forms(f[2])) {
          b.add(new PlaceEntry(form, kind, f[0], "", 0, PlaceEntry.LOWER_CASE_FORM, form));
        }
      } else {
        long population =
            kind == PlaceKind.CAPITAL ? base.country(f[0]).map(Country::population).orElse(0L) : 0;
        b.add(new PlaceEntry(f[2], kind, f[0], "", population, flags, f[2]));
      }
    }
  }

  /** The masculine singular with its feminine and plural forms: "hondureño" → 4 forms. */
  static List<String> forms(String m) {
    if (m.endsWith("o")) {
      String stem = m.substring(0, m.length() - 1);
      return List.of(m, stem + "a", stem + "os", stem + "as");
    }
    for (String[] e : new String[][] {{"és", "es"}, {"án", "an"}}) {
      if (m.endsWith(e[0])) {
        String stem = m.substring(0, m.length() - 2) + e[1];
        return List.of(m, stem + "a", stem + "es", stem + "as");
      }
    }
    if (m.endsWith("ol")) {
      return List.of(m, m + "a", m + "es", m + "as");
    }
    if (m.endsWith("í")) {
      return List.of(m, m + "es", m + "s");
    }
    if (m.endsWith("a") || m.endsWith("e")) {
      return List.of(m, m + "s");
    }
    return List.of(m);
  }
}
