package org.nutgraf.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Applies a user's changes to a gazetteer from a tab-separated file, one change a line ('#' starts
 * a comment):
 *
 * <pre>
 * add     Moultrie    city     US   14000     a place of your own (kind: country, alias,
 *                                             demonym, capital, region, city, place)
 * alias   Yankeeland  US                      another name of a country
 * remove  Reading                             drop every entry of a name
 * bias    MX          2.0                     favour a country when a name is ambiguous
 * </pre>
 *
 * Added names override built-in entries of the same name.
 */
public final class GazetteerOverrides {
  private GazetteerOverrides() {}

  /**
   * The gazetteer with the changes in {@code file} applied.
   *
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException naming file:line and what is wrong
   */
  public static Gazetteer apply(Gazetteer base, Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return apply(base, in, file.toString());
    }
  }

  /** As {@link #apply(Gazetteer, Path)}, reading from a stream named {@code name}. */
  public static Gazetteer apply(Gazetteer base, InputStream in, String name) throws IOException {
    Gazetteer.Builder b = base.toBuilder();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      String[] f = s.split("\t");
      try {
        switch (f[0].toLowerCase(Locale.ROOT)) {
          case "add" -> {
            need(f, 4, "add NAME KIND COUNTRY [POPULATION]");
            long pop = f.length > 4 ? Long.parseLong(f[4].strip()) : 0;
            b.add(
                new PlaceEntry(
                    f[1].strip(),
                    PlaceKind.of(f[2]),
                    code(f[3], base),
                    "",
                    pop,
                    PlaceEntry.USER,
                    f[1].strip()));
          }
          case "alias" -> {
            need(f, 3, "alias NAME COUNTRY");
            b.add(
                new PlaceEntry(
                    f[1].strip(),
                    PlaceKind.ALIAS,
                    code(f[2], base),
                    "",
                    0,
                    PlaceEntry.USER,
                    f[1].strip()));
          }
          case "remove" -> {
            need(f, 2, "remove NAME");
            b.remove(f[1].strip());
          }
          case "bias" -> {
            need(f, 3, "bias COUNTRY WEIGHT");
            b.bias(code(f[1], base), Double.parseDouble(f[2].strip()));
          }
          default ->
              throw new IllegalArgumentException(
                  "unknown change \"" + f[0] + "\" (add, alias, remove or bias)");
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + ":" + n + ": not a number: " + e.getMessage());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ":" + n + ": " + e.getMessage());
      }
    }
    return b.build();
  }

  private static void need(String[] f, int columns, String usage) {
    if (f.length < columns) {
      throw new IllegalArgumentException("expected \"" + usage + "\" (tab-separated)");
    }
  }

  private static String code(String value, Gazetteer base) {
    String c = value.strip().toUpperCase(Locale.ROOT);
    if (base.country(c).isEmpty()) {
      throw new IllegalArgumentException("unknown country code \"" + value.strip() + "\"");
    }
    return c;
  }
}
