package org.nutgraf.tools.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** Reads the GeoNames dump files (tab-separated, UTF-8, optionally gzipped). */
final class GeoNamesFiles {
  private GeoNamesFiles() {}

  /** A row of cities15000/cities5000/allCountries; {@code id} is the GeoNames id. */
  record City(
      long id,
      String name,
      String asciiName,
      List<String> alternateNames,
      String featureCode,
      String country,
      String admin1,
      long population) {}

  /** Finds {@code name} or {@code name.gz} in {@code dir}. */
  static Path find(Path dir, String name) throws IOException {
    Path plain = dir.resolve(name);
    if (Files.exists(plain)) {
      return plain;
    }
    Path gz = dir.resolve(name + ".gz");
    if (Files.exists(gz)) {
      return gz;
    }
    throw new IOException("missing source file: " + plain + " (or .gz)");
  }

  /**
   * Calls {@code sink} with the tab-split fields of every non-comment line; a byte that is no UTF-8
   * reads as U+FFFD.
   */
  static void rows(Path file, Consumer<String[]> sink) throws IOException {
    rows(file, false, sink);
  }

  /**
   * As {@link #rows(Path, Consumer)}; when {@code strict}, a byte that is no UTF-8 is an error
   * ({@link java.nio.charset.MalformedInputException}). An exception from {@code sink} comes back
   * as an {@link IllegalArgumentException} whose message starts with "file:line: ".
   */
  static void rows(Path file, boolean strict, Consumer<String[]> sink) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r =
            new BufferedReader(
                strict
                    ? new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder())
                    : new InputStreamReader(in, StandardCharsets.UTF_8),
                1 << 16)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.endsWith("\r")) {
          line = line.substring(0, line.length() - 1);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        try {
          sink.accept(line.split("\t", -1));
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(file + ":" + n + ": " + e.getMessage(), e);
        }
      }
    }
  }

  static void cities(Path file, Consumer<City> sink) throws IOException {
    rows(
        file,
        f -> {
          List<String> alternates = new ArrayList<>();
          if (!f[3].isEmpty()) {
            for (String a : f[3].split(",")) {
              alternates.add(a.strip());
            }
          }
          String admin1 = f[10].isEmpty() ? "" : f[8] + "." + f[10];
          long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
          sink.accept(
              new City(
                  Long.parseLong(f[0]), f[1], f[2], alternates, f[7], f[8], admin1, population));
        });
  }
}
