package org.nutgraf.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;
import org.apache.lucene.util.fst.Util;
import org.nutgraf.text.TokenKey;

/**
 * Every place name Nutgraf knows, each resolved to its country, in an FST keyed by the folded token
 * sequence of the name ("san pedro sula"). Immutable and thread-safe.
 *
 * <p>{@link #defaults()} is the gazetteer that ships in the jar (built by {@code GazetteerBuilder}
 * (tools module) from GeoNames and the team's own tables); {@link #toBuilder()} adds, removes or
 * biases entries, and {@link GazetteerOverrides} reads such changes from a file.
 */
public final class Gazetteer {
  /** Format marker on the first line of a gazetteer file. */
  private static final String RESOURCE = "/org/nutgraf/gazetteer/gazetteer.bin";

  private static volatile Gazetteer defaults;
  private static volatile Gazetteer spanish;

  private final Map<String, Country> countries;
  private final PlaceEntry[][] groups;
  private final FST<Long> fst;
  private final Map<String, Double> bias;
  private final int maxTokens;
  private final CharArraySet firstWords;
  private final boolean lowerCaseForms;

  /**
   * The first words of the names that count in lower case (Spanish demonyms): a lower-case word is
   * looked up here, not among every name's first word, so that "la", "de" or "san" in running
   * Spanish text start no walk through the names.
   */
  private final CharArraySet lowerCaseFirstWords;

  /** A gazetteer of prebuilt parts, as {@link GazetteerFile} reads them. */
  Gazetteer(
      Map<String, Country> countries,
      PlaceEntry[][] groups,
      FST<Long> fst,
      Map<String, Double> bias,
      int maxTokens,
      CharArraySet firstWords) {
    this.countries = Collections.unmodifiableMap(new LinkedHashMap<>(countries));
    this.groups = groups;
    this.fst = fst;
    this.bias = Map.copyOf(bias);
    this.maxTokens = maxTokens;
    this.firstWords = firstWords;
    CharArraySet lowerFirst = new CharArraySet(16, false);
    for (PlaceEntry[] group : groups) {
      for (PlaceEntry e : group) {
        if (e.has(PlaceEntry.LOWER_CASE_FORM)) {
          String k = TokenKey.of(e.name());
          int space = k.indexOf(' ');
          lowerFirst.add(space < 0 ? k : k.substring(0, space));
        }
      }
    }
    this.lowerCaseForms = !lowerFirst.isEmpty();
    this.lowerCaseFirstWords = CharArraySet.unmodifiableSet(lowerFirst);
  }

  /** Compiles the FST over {@code byKey}, whose keys must be sorted. */
  private static Gazetteer compile(
      Map<String, Country> countries,
      Map<String, List<PlaceEntry>> byKey,
      Map<String, Double> bias) {
    PlaceEntry[][] groups = new PlaceEntry[byKey.size()][];
    int maxTokens = 1;
    CharArraySet firstWords = new CharArraySet(byKey.size(), false);
    try {
      FSTCompiler<Long> compiler =
          new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE4, PositiveIntOutputs.getSingleton())
              .build();
      IntsRefBuilder scratch = new IntsRefBuilder();
      int id = 0;
      for (Map.Entry<String, List<PlaceEntry>> e : byKey.entrySet()) {
        String key = e.getKey();
        int space = key.indexOf(' ');
        firstWords.add(space < 0 ? key : key.substring(0, space));
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
      FST<Long> fst = FST.fromFSTReader(compiler.compile(), compiler.getFSTReader());
      return new Gazetteer(countries, groups, fst, bias, maxTokens, firstWords);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
            g = GazetteerFile.read(in, RESOURCE);
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
   * The built-in gazetteer with the Spanish names added (country names, abbreviations, exonyms and
   * lower-case demonyms of the team's table), for articles in Spanish; read once, on first use,
   * from the copy {@code GazetteerBuilder} prebuilt, or built then if that copy is missing or was
   * built from other resources.
   */
  public static Gazetteer spanish() {
    Gazetteer g = spanish;
    if (g == null) {
      synchronized (Gazetteer.class) {
        g = spanish;
        if (g == null) {
          g = SpanishGazetteer.prebuilt().orElseGet(() -> defaults().withSpanishNames());
          spanish = g;
        }
      }
    }
    return g;
  }

  /**
   * Writes {@code gazetteer-es.bin}, the gazetteer of {@code dir}'s {@code gazetteer.bin} with the
   * Spanish names of its {@code es-names.tsv}, and {@code gazetteer-es.sums}, the checksums of
   * those two files: what {@code GazetteerBuilder} (tools module) ships so that {@link #spanish()}
   * reads the names instead of compiling them.
   *
   * @throws IOException if a file cannot be read or written
   */
  public static void writeSpanish(Path dir) throws IOException {
    SpanishGazetteer.write(dir);
  }

  /** This gazetteer with the Spanish names added. */
  public Gazetteer withSpanishNames() {
    Builder b = toBuilder();
    SpanishNames.addTo(b, this);
    return b.build();
  }

  /** True when some name counts in lower case ({@link PlaceEntry#LOWER_CASE_FORM}). */
  public boolean hasLowerCaseForms() {
    return lowerCaseForms;
  }

  /**
   * Loads a gazetteer file written by {@code GazetteerBuilder} (tools module) or {@link #save}.
   *
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException naming the file if it is no Nutgraf gazetteer
   */
  public static Gazetteer load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return GazetteerFile.read(in, file.toString());
    }
  }

  /** Reads a gazetteer file (see {@link #load}) from a stream named {@code name}. */
  public static Gazetteer read(InputStream in, String name) throws IOException {
    return GazetteerFile.read(in, name);
  }

  /** Writes this gazetteer in the file format {@link #load} reads. */
  public void save(OutputStream out) throws IOException {
    GazetteerFile.write(this, out);
  }

  /** A builder holding this gazetteer's countries, entries and biases, to change them. */
  public Builder toBuilder() {
    Builder b = new Builder();
    countries.values().forEach(b::country);
    for (PlaceEntry[] group : groups) {
      for (PlaceEntry e : group) {
        b.add(e);
      }
    }
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
    if (fst == null) {
      return List.of(); // a gazetteer without entries compiles to no FST
    }
    String key = TokenKey.of(name);
    IntsRefBuilder in = new IntsRefBuilder();
    for (int i = 0; i < key.length(); i++) {
      in.append(key.charAt(i));
    }
    try {
      Long id = Util.get(fst, in.get());
      return id == null ? List.of() : List.of(groups[id.intValue()]);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the FST is on heap
    }
  }

  /** True when the user biased some country. */
  public boolean hasBias() {
    return !bias.isEmpty();
  }

  Map<String, Double> biases() {
    return bias;
  }

  Map<String, Country> countryMap() {
    return countries;
  }

  PlaceEntry[][] groupArray() {
    return groups;
  }

  /** Every group of entries that share a name, in the order of their folded names; unmodifiable. */
  public List<List<PlaceEntry>> groups() {
    List<List<PlaceEntry>> out = new ArrayList<>(groups.length);
    for (PlaceEntry[] group : groups) {
      out.add(Collections.unmodifiableList(Arrays.asList(group)));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The folded first words of all names ("san" of "san pedro sula"), unmodifiable, for a caller
   * that looks words up in one table of its own.
   *
   * <p>For the recognition engine, which builds its word table from them.
   *
   * @lucene.internal
   */
  public CharArraySet firstWords() {
    return CharArraySet.unmodifiableSet(firstWords);
  }

  /** The weight the user gave a country when ranking ambiguous names; 0 by default. */
  public double bias(String code) {
    return bias.getOrDefault(code, 0.0);
  }

  /** Number of distinct names. */
  public int size() {
    return groups.length;
  }

  /**
   * A new walk through the folded names, for one thread.
   *
   * <p>For the recognition engine's place matcher (another package).
   *
   * @lucene.internal
   */
  public NameWalk walk() {
    return new NameWalk(fst, groups);
  }

  FST<Long> fst() {
    return fst;
  }

  /** True if some name starts with the folded word in {@code buf[start, start+len)}. */
  boolean startsAName(char[] buf, int start, int len) {
    return firstWords.contains(buf, start, len);
  }

  /**
   * True if the folded word {@code buf[start, start+len)} is the first word of a name that counts
   * in lower case ({@link PlaceEntry#LOWER_CASE_FORM}); only such names can start at a lower-case
   * word.
   *
   * <p>For the recognition engine's place matcher.
   *
   * @lucene.internal
   */
  public boolean startsALowerCaseName(char[] buf, int start, int len) {
    return lowerCaseFirstWords.contains(buf, start, len);
  }

  /** The largest number of tokens in a name (as {@link GazetteerFile} stores it). */
  int maxTokens() {
    return maxTokens;
  }

  /** Builds gazetteers; not thread-safe. */
  public static final class Builder {
    private final Map<String, Country> countries = new TreeMap<>();
    private final Map<String, List<PlaceEntry>> byKey = new TreeMap<>();
    private final Map<String, Double> bias = new LinkedHashMap<>();

    /** An empty builder (the gazetteer tools build from sources). */
    public Builder() {}

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
      String key = TokenKey.of(entry.name());
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
      byKey.remove(TokenKey.of(name));
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
      if (weight == 0) {
        bias.remove(country); // as documented: no bias left, so hasBias() is false again
      } else {
        bias.put(country, weight);
      }
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
      return compile(countries, frozen, bias);
    }
  }

  /** Country-level names first, then regions, then larger places. */
  static final Comparator<PlaceEntry> RANK =
      Comparator.comparingInt((PlaceEntry e) -> e.kind().ordinal())
          .thenComparing(Comparator.comparingLong(PlaceEntry::population).reversed())
          .thenComparing(PlaceEntry::country);
}
