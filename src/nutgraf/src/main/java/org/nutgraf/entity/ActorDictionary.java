package org.nutgraf.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.nutgraf.recognition.KnownNames;
import org.nutgraf.recognition.Lexicons;

/**
 * Persons known across articles (CAMEO-like): canonical names, aliases and nicknames ("AMLO",
 * "Lula"), country and dated roles. It merges the names of one person across articles, and resolves
 * a bare surname the article never gives in full when exactly one entry fits the article's date and
 * countries. Immutable and thread-safe.
 *
 * <p>{@link #defaults()} holds heads of state and government and foreign ministers of every
 * country, written by the Nutgraf team as facts; {@link #load(Path)} reads a user's own file (TSV,
 * CSV or JSON) and {@link #merge} combines dictionaries.
 */
public final class ActorDictionary implements KnownNames {
  private static final String RESOURCE = "/org/nutgraf/entity/actors.tsv";
  private static volatile ActorDictionary defaults;

  private final Map<String, ActorEntry> byKey;
  private final Map<String, ActorEntry> byName;
  private final Map<String, List<ActorEntry>> bySurname;

  /** The keys of {@link #byName}, to look a span of a text up without making a String of it. */
  private final CharArraySet nameKeys;

  /** The surname keys that exactly one entry bears, likewise. */
  private final CharArraySet soleSurnames;

  private ActorDictionary(Collection<ActorEntry> entries) {
    Map<String, ActorEntry> keys = new LinkedHashMap<>();
    for (ActorEntry e : entries) {
      keys.merge(e.key(), e, ActorDictionary::combine);
    }
    byKey = Map.copyOf(keys);
    Map<String, ActorEntry> names = new HashMap<>();
    Map<String, List<ActorEntry>> surnames = new HashMap<>();
    for (ActorEntry e : keys.values()) {
      names.put(e.key(), e);
      for (String alias : e.aliases()) {
        names.putIfAbsent(Actor.keyOf(alias), e);
      }
      if (!e.surnameKey().isEmpty()) {
        surnames.computeIfAbsent(e.surnameKey(), k -> new ArrayList<>()).add(e);
      }
    }
    byName = Map.copyOf(names);
    surnames.replaceAll((k, v) -> List.copyOf(v));
    bySurname = Map.copyOf(surnames);
    // four slots a key: a name that is no key (most spans asked about) meets an empty slot at once
    CharArraySet nameSet = new CharArraySet(4 * byName.size(), false);
    nameSet.addAll(byName.keySet());
    nameKeys = CharArraySet.unmodifiableSet(nameSet);
    CharArraySet sole = new CharArraySet(4 * bySurname.size(), false);
    bySurname.forEach(
        (key, bearers) -> {
          if (bearers.size() == 1) {
            sole.add(key);
          }
        });
    soleSurnames = CharArraySet.unmodifiableSet(sole);
  }

  private static ActorEntry combine(ActorEntry a, ActorEntry b) {
    List<String> aliases = new ArrayList<>(a.aliases());
    b.aliases().stream().filter(x -> !aliases.contains(x)).forEach(aliases::add);
    List<ActorEntry.Role> roles = new ArrayList<>(a.roles());
    b.roles().stream().filter(x -> !roles.contains(x)).forEach(roles::add);
    return new ActorEntry(a.name(), aliases, a.country().or(b::country), roles);
  }

  /** A dictionary holding {@code entries}. */
  public static ActorDictionary of(Collection<ActorEntry> entries) {
    return new ActorDictionary(entries);
  }

  /** A dictionary with no entries. */
  public static ActorDictionary empty() {
    return new ActorDictionary(List.of());
  }

  /** The dictionary that ships in the jar, loaded once. */
  public static ActorDictionary defaults() {
    ActorDictionary d = defaults;
    if (d == null) {
      synchronized (ActorDictionary.class) {
        d = defaults;
        if (d == null) {
          try (InputStream in = ActorDictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("actor dictionary resource missing: " + RESOURCE);
            }
            d = new ActorDictionary(readRows(in, RESOURCE, false));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          defaults = d;
        }
      }
    }
    return d;
  }

  /**
   * Reads a dictionary file: {@code .json} (an array of objects with "name", "aliases", "country",
   * "roles": [{"title", "from", "to"}]), {@code .csv} (a header row, then name, aliases separated
   * by ';', country, role, from, to) or {@code .tsv} (the same columns, '#' comments).
   *
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException naming file:line and field for a malformed entry
   */
  public static ActorDictionary load(Path file) throws IOException {
    String name = file.toString();
    String lower = name.toLowerCase(Locale.ROOT);
    try (InputStream in = Files.newInputStream(file)) {
      if (lower.endsWith(".json")) {
        return new ActorDictionary(readJson(in, name));
      }
      return new ActorDictionary(readRows(in, name, lower.endsWith(".csv")));
    }
  }

  /** This dictionary with {@code other}'s entries added; entries with one key are combined. */
  public ActorDictionary merge(ActorDictionary other) {
    List<ActorEntry> all = new ArrayList<>(byKey.values());
    all.addAll(other.byKey.values());
    return new ActorDictionary(all);
  }

  /** Number of persons. */
  public int size() {
    return byKey.size();
  }

  /** Every person. */
  public Collection<ActorEntry> entries() {
    return byKey.values();
  }

  /** The entry whose canonical name or alias is {@code name} (case and accents ignored). */
  public Optional<ActorEntry> find(String name) {
    return Optional.ofNullable(byName.get(Actor.keyOf(name)));
  }

  /**
   * The one entry with this surname that fits the article: held a role on its date, or is
   * affiliated with a country it mentions; empty when none or several fit. A common surname
   * ("Smith": a word, a given name, or the surname of several entries) needs both clues, so that
   * "Ms. Smith, a farmer near Des Moines" is not a foreign minister who served that year.
   */
  public Optional<ActorEntry> resolveSurname(
      String surname, Optional<Instant> published, Set<String> articleCountries) {
    String key = Actor.keyOf(surname);
    List<ActorEntry> all = bySurname.get(key);
    if (all == null) {
      return Optional.empty();
    }
    int needed = isCommonSurname(key, all) ? 2 : 1;
    Optional<LocalDate> day = published.map(p -> p.atOffset(ZoneOffset.UTC).toLocalDate());
    ActorEntry fit = null;
    for (ActorEntry e : all) {
      boolean held = day.map(d -> e.roles().stream().anyMatch(r -> r.heldOn(d))).orElse(false);
      boolean country = e.country().map(articleCountries::contains).orElse(false);
      if ((held ? 1 : 0) + (country ? 1 : 0) >= needed) {
        if (fit != null) {
          return Optional.empty();
        }
        fit = e;
      }
    }
    return Optional.ofNullable(fit);
  }

  /** A surname many people bear: an everyday word or given name, or several entries' surname. */
  private static boolean isCommonSurname(String key, List<ActorEntry> bearers) {
    Lexicons words = Lexicons.defaults();
    return bearers.size() > 1 || words.isCommonWord(key) || words.isGivenName(key);
  }

  @Override
  public boolean isKnown(String folded) {
    return byName.containsKey(asKey(folded));
  }

  @Override
  public boolean isKnown(char[] folded, int offset, int length) {
    return isKey(folded, offset, length)
        ? nameKeys.contains(folded, offset, length)
        : isKnown(new String(folded, offset, length));
  }

  @Override
  public boolean isKnownSurname(char[] folded, int offset, int length) {
    return isKey(folded, offset, length)
        ? soleSurnames.contains(folded, offset, length)
        : isKnownSurname(new String(folded, offset, length));
  }

  /** {@code s} as a key: itself when it is one already, else {@link Actor#keyOf} of it. */
  private static String asKey(String s) {
    return isKey(s) ? s : Actor.keyOf(s);
  }

  /** True when {@code s} is already a key: lower-case letters and digits, single spaces. */
  private static boolean isKey(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isKeyChar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** As {@link #isKey(String)}, for {@code chars[offset..offset+length)}. */
  private static boolean isKey(char[] chars, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      if (!isKeyChar(chars[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isKeyChar(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ';
  }

  @Override
  public boolean isKnownSurname(String folded) {
    List<ActorEntry> list = bySurname.get(asKey(folded));
    return list != null && list.size() == 1;
  }

  private static List<ActorEntry> readRows(InputStream in, String file, boolean csv)
      throws IOException {
    List<ActorEntry> out = new ArrayList<>();
    for (DictionaryRows.Row row : DictionaryRows.read(in, file, csv)) {
      String[] f = row.fields();
      int n = row.line();
      try {
        if (f.length < 1 || f[0].isBlank()) {
          throw new IllegalArgumentException("field \"name\" is empty");
        }
        List<String> aliases = new ArrayList<>();
        if (f.length > 1) {
          for (String a : f[1].split(";")) {
            if (!a.isBlank()) {
              aliases.add(a.strip());
            }
          }
        }
        Optional<String> country = f.length > 2 ? country(f[2]) : Optional.empty();
        List<ActorEntry.Role> roles = new ArrayList<>();
        if (f.length > 3 && !f[3].isBlank()) {
          roles.add(
              new ActorEntry.Role(
                  f[3].strip(),
                  date(f.length > 4 ? f[4] : "", "from", false),
                  date(f.length > 5 ? f[5] : "", "to", true)));
        }
        out.add(new ActorEntry(f[0].strip(), aliases, country, roles));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ":" + n + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static List<ActorEntry> readJson(InputStream in, String file) throws IOException {
    JsonNode root = new JsonMapper().readTree(in);
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException(file + ": expected a JSON array of actors");
    }
    List<ActorEntry> out = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode a = root.get(i);
      String where = file + ": actor " + (i + 1) + ": ";
      try {
        if (!a.path("name").isTextual() || a.path("name").asText().isBlank()) {
          throw new IllegalArgumentException("field \"name\" is missing or empty");
        }
        List<String> aliases = new ArrayList<>();
        a.path("aliases").forEach(x -> aliases.add(x.asText()));
        Optional<String> country =
            a.hasNonNull("country") ? country(a.get("country").asText()) : Optional.empty();
        List<ActorEntry.Role> roles = new ArrayList<>();
        for (JsonNode r : a.path("roles")) {
          roles.add(
              new ActorEntry.Role(
                  r.path("title").asText(),
                  date(r.path("from").asText(""), "from", false),
                  date(r.path("to").asText(""), "to", true)));
        }
        out.add(new ActorEntry(a.get("name").asText().strip(), aliases, country, roles));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + e.getMessage(), e);
      }
    }
    return out;
  }

  private static Optional<String> country(String s) {
    String c = s.strip();
    if (c.isEmpty()) {
      return Optional.empty();
    }
    if (!c.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException(
          "field \"country\": not an ISO 3166-1 alpha-2 code: \"" + c + "\"");
    }
    return Optional.of(c);
  }

  /** YYYY, YYYY-MM or YYYY-MM-DD; an open end reads as the first or last day of the period. */
  static Optional<LocalDate> date(String s, String field, boolean end) {
    String v = s.strip();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (v.matches("\\d{4}")) {
        int y = Integer.parseInt(v);
        return Optional.of(end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1));
      }
      if (v.matches("\\d{4}-\\d{2}")) {
        LocalDate first = LocalDate.parse(v + "-01");
        return Optional.of(end ? first.withDayOfMonth(first.lengthOfMonth()) : first);
      }
      return Optional.of(LocalDate.parse(v));
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException("field \"" + field + "\": not a date: \"" + v + "\"");
    }
  }
}
