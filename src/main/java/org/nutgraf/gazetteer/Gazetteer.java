package org.nutgraf.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;
import org.nutgraf.text.Folding;
import org.nutgraf.text.TextScanner;
import org.nutgraf.text.TokenSequence;

/**
 * Every place name Nutgraf knows, each resolved to its country, in an FST keyed by the folded token
 * sequence of the name ("san pedro sula"). Immutable and thread-safe.
 *
 * <p>{@link #defaults()} is the gazetteer that ships in the jar (built by {@link GazetteerBuilder}
 * from GeoNames and the team's own tables); {@link #toBuilder()} adds, removes or biases entries,
 * and {@link GazetteerOverrides} reads such changes from a file.
 */
public final class Gazetteer {
  /** Format marker on the first line of a gazetteer file. */
  static final String HEADER = "#nutgraf-gazetteer\t2";

  private static final String RESOURCE = "/org/nutgraf/gazetteer/gazetteer.tsv.gz";
  private static volatile Gazetteer defaults;

  private final Map<String, Country> countries;
  private final Map<String, List<PlaceEntry>> byKey;
  private final PlaceEntry[][] groups;
  private final FST<Long> fst;
  private final Map<String, Double> bias;
  private final int maxTokens;
  private final org.apache.lucene.analysis.CharArraySet firstWords;

  private Gazetteer(
      Map<String, Country> countries,
      Map<String, List<PlaceEntry>> byKey,
      Map<String, Double> bias) {
    this.countries = Collections.unmodifiableMap(new LinkedHashMap<>(countries));
    this.byKey = byKey;
    this.bias = Map.copyOf(bias);
    this.groups = new PlaceEntry[byKey.size()][];
    int maxTokens = 1;
    firstWords = new org.apache.lucene.analysis.CharArraySet(byKey.size(), false);
    for (String key : byKey.keySet()) {
      int space = key.indexOf(' ');
      firstWords.add(space < 0 ? key : key.substring(0, space));
    }
    try {
      FSTCompiler<Long> compiler =
          new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE4, PositiveIntOutputs.getSingleton())
              .build();
      IntsRefBuilder scratch = new IntsRefBuilder();
      int id = 0;
      for (Map.Entry<String, List<PlaceEntry>> e : byKey.entrySet()) {
        String key = e.getKey();
        scratch.clear();
        int tokens = 1;
        for (int i = 0; i < key.length(); i++) {
          char c = key.charAt(i);
          scratch.append(c);
          if (c == ' ') {
            tokens++;
          }
        }
        maxTokens = Math.max(maxTokens, tokens);
        groups[id] = e.getValue().toArray(PlaceEntry[]::new);
        compiler.add(scratch.get(), (long) id);
        id++;
      }
      this.fst = FST.fromFSTReader(compiler.compile(), compiler.getFSTReader());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.maxTokens = maxTokens;
  }

  /**
   * The gazetteer that ships in the jar, loaded once.
   *
   * @throws IllegalStateException if the resource is missing or damaged (a broken build)
   */
  public static Gazetteer defaults() {
    Gazetteer g = defaults;
    if (g == null) {
      synchronized (Gazetteer.class) {
        g = defaults;
        if (g == null) {
          try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("gazetteer resource missing: " + RESOURCE);
            }
            g = readFile(new GZIPInputStream(in, 1 << 16), RESOURCE);
          } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE + ": " + e, e);
          }
          defaults = g;
        }
      }
    }
    return g;
  }

  /**
   * Loads a gazetteer file written by {@link GazetteerBuilder} (gzipped when it ends in .gz).
   *
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException naming file:line for a malformed row
   */
  public static Gazetteer load(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file)) {
      InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
      return readFile(in, file.toString());
    }
  }

  /** Reads the rows of a gazetteer file (see {@link #load}) into a builder. */
  public static Gazetteer read(InputStream in, String name) throws IOException {
    return readFile(in, name);
  }

  /**
   * Reads a gazetteer file. Its rows come sorted by key, each with its key, so loading needs no
   * tokenising or sorting: the FST is built in one pass.
   */
  static Gazetteer readFile(InputStream in, String name) throws IOException {
    Map<String, Country> countries = new TreeMap<>();
    Map<String, List<PlaceEntry>> byKey = new LinkedHashMap<>();
    BufferedReader r =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    String line = r.readLine();
    if (line == null || !line.equals(HEADER)) {
      throw new IllegalArgumentException(name + ":1: not a Nutgraf gazetteer (expected header)");
    }
    int n = 1;
    String previous = "";
    List<PlaceEntry> group = null;
    String[] f = new String[10];
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isEmpty() || line.charAt(0) == '#') {
        continue;
      }
      try {
        int cols = split(line, f);
        switch (f[0]) {
          case "C" -> {
            need(cols, 5);
            countries.put(f[1], new Country(f[1], f[2], f[3], Long.parseLong(f[4])));
          }
          case "P" -> {
            need(cols, 9);
            String key = f[8];
            PlaceEntry e =
                new PlaceEntry(
                    f[6],
                    PlaceKind.of(f[1]),
                    f[2],
                    f[3],
                    Long.parseLong(f[4]),
                    Integer.parseInt(f[5]),
                    f[7].isEmpty() ? f[6] : f[7]);
            int order = key.compareTo(previous);
            if (order < 0) {
              throw new IllegalArgumentException("rows are not sorted by key at \"" + key + "\"");
            }
            if (order > 0 || group == null) {
              group = new ArrayList<>(1);
              byKey.put(key, group);
              previous = key;
            }
            group.add(e);
          }
          default -> throw new IllegalArgumentException("unknown row type \"" + f[0] + "\"");
        }
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(name + ":" + n + ": " + e.getMessage(), e);
      }
    }
    byKey.replaceAll((k, v) -> List.copyOf(v));
    return new Gazetteer(countries, byKey, Map.of());
  }

  private static void need(int cols, int min) {
    if (cols < min) {
      throw new IllegalArgumentException("expected " + min + " columns, found " + cols);
    }
  }

  /** Splits on tabs into {@code out}; returns the number of fields. */
  private static int split(String line, String[] out) {
    int cols = 0;
    int start = 0;
    for (int i = 0; i <= line.length() && cols < out.length; i++) {
      if (i == line.length() || line.charAt(i) == '\t') {
        out[cols++] = line.substring(start, i);
        start = i + 1;
      }
    }
    return cols;
  }

  /** A builder holding this gazetteer's countries, entries and biases, to change them. */
  public Builder toBuilder() {
    Builder b = new Builder();
    countries.values().forEach(b::country);
    byKey.values().forEach(list -> list.forEach(b::add));
    b.bias.putAll(bias);
    return b;
  }

  /** The country with this ISO code, if known. */
  public Optional<Country> country(String code) {
    return Optional.ofNullable(countries.get(code.toUpperCase(Locale.ROOT)));
  }

  /** Every country, in code order. */
  public Collection<Country> countries() {
    return countries.values();
  }

  /** The display name of a country code, or the code itself when unknown. */
  public String countryName(String code) {
    Country c = countries.get(code);
    return c == null ? code : c.name();
  }

  /**
   * Entries whose name is {@code name}, ignoring case and accents; empty when none.
   *
   * <p>Example: {@code lookup("san pedro sula")} gives the city in HN.
   */
  public List<PlaceEntry> lookup(String name) {
    List<PlaceEntry> entries = byKey.get(key(name));
    return entries == null ? List.of() : entries;
  }

  /** True when the user biased some country. */
  public boolean hasBias() {
    return !bias.isEmpty();
  }

  /** The weight the user gave a country when ranking ambiguous names; 0 by default. */
  public double bias(String code) {
    return bias.getOrDefault(code, 0.0);
  }

  /** Number of distinct names. */
  public int size() {
    return groups.length;
  }

  FST<Long> fst() {
    return fst;
  }

  /** The entries of the FST output {@code id}. */
  public PlaceEntry[] group(long id) {
    return groups[(int) id];
  }

  /** The FST over folded names, output = group id for {@link #group}. */
  public FST<Long> names() {
    return fst;
  }

  /** True if some name starts with the folded word in {@code buf[start, start+len)}. */
  public boolean startsAName(char[] buf, int start, int len) {
    return firstWords.contains(buf, start, len);
  }

  /** The largest number of tokens in a name. */
  public int maxTokens() {
    return maxTokens;
  }

  /** Folded token key of a name, as the matcher sees it: "Côte d'Ivoire" → "cote d'ivoire". */
  public static String key(String name) {
    TokenSequence tokens = new TokenSequence();
    TextScanner.scan(name, tokens);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(tokens.folded(i));
    }
    return sb.toString();
  }

  /** Builds gazetteers; not thread-safe. */
  public static final class Builder {
    private final Map<String, Country> countries = new TreeMap<>();
    private final Map<String, List<PlaceEntry>> byKey = new TreeMap<>();
    private final Map<String, Double> bias = new LinkedHashMap<>();

    Builder() {}

    /** Adds or replaces a country. */
    public Builder country(Country country) {
      countries.put(country.code(), country);
      return this;
    }

    /**
     * Adds an entry. An entry flagged {@link PlaceEntry#USER} replaces the built-in entries of the
     * same name.
     */
    public Builder add(PlaceEntry entry) {
      String key = key(entry.name());
      if (key.isEmpty()) {
        throw new IllegalArgumentException("name: no word in \"" + entry.name() + "\"");
      }
      List<PlaceEntry> list = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
      if (entry.has(PlaceEntry.USER)) {
        list.removeIf(e -> !e.has(PlaceEntry.USER));
      } else if (list.stream().anyMatch(e -> e.has(PlaceEntry.USER))) {
        return this;
      }
      if (!list.contains(entry)) {
        list.add(entry);
      }
      return this;
    }

    /**
     * Adds a place the user names, overriding built-in entries of the same name.
     *
     * <p>Example: {@code addPlace("Moultrie", PlaceKind.CITY, "US")}.
     */
    public Builder addPlace(String name, PlaceKind kind, String country) {
      return add(new PlaceEntry(name, kind, country, "", 0, PlaceEntry.USER, name));
    }

    /** Removes every entry named {@code name} (ignoring case and accents). */
    public Builder remove(String name) {
      byKey.remove(key(name));
      return this;
    }

    /**
     * Favours {@code country} when a name is ambiguous, as if the article mentioned it {@code
     * weight} times; 0 removes the bias.
     */
    public Builder bias(String country, double weight) {
      if (!country.matches("[A-Z]{2}")) {
        throw new IllegalArgumentException("country: not an ISO 3166-1 alpha-2 code: " + country);
      }
      bias.put(country, weight);
      return this;
    }

    /** The gazetteer. */
    public Gazetteer build() {
      Map<String, List<PlaceEntry>> frozen = new LinkedHashMap<>();
      for (Map.Entry<String, List<PlaceEntry>> e : byKey.entrySet()) {
        if (!e.getValue().isEmpty()) {
          List<PlaceEntry> sorted = new ArrayList<>(e.getValue());
          sorted.sort(RANK);
          frozen.put(e.getKey(), List.copyOf(sorted));
        }
      }
      return new Gazetteer(countries, frozen, bias);
    }
  }

  /** Country-level names first, then regions, then larger places. */
  static final Comparator<PlaceEntry> RANK =
      Comparator.comparingInt((PlaceEntry e) -> e.kind().ordinal())
          .thenComparing(Comparator.comparingLong(PlaceEntry::population).reversed())
          .thenComparing(PlaceEntry::country);

  static String fold(String s) {
    return Folding.fold(s);
  }
}
