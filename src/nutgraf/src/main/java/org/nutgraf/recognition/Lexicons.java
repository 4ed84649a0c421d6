package org.nutgraf.recognition;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.nutgraf.text.Folding;
import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenKey;
import org.nutgraf.text.TokenSequence;

/**
 * The word lists person recognition weighs: given names, common words, titles, verbs of saying,
 * organisation words. All folded (lower case, no accents). Immutable and thread-safe.
 */
public final class Lexicons {
  /** What a title phrase is. */
  public enum TitleKind {
    /** An office or rank ("President", "Sen."). */
    TITLE,
    /** A form of address ("Mr.", "Sheikh"). */
    HONORIFIC,
    /** A lower-case job word ("coach", "spokesman"). */
    ROLE
  }

  private static volatile Lexicons defaults;
  private static volatile Lexicons spanish;

  /** The language whose extra lists ({@code es-*.txt}) this holds; empty for the base lists. */
  private final String language;

  /** The language whose extra lists this holds ("es"); empty for the base lists. */
  String language() {
    return language;
  }

  final CharArraySet givenNames;
  final CharArraySet commonWords;
  final CharArraySet speechVerbs;
  final CharArraySet orgWords;
  final CharArraySet personCues;
  final CharArraySet placeNouns;
  final CharArraySet eastAsianSurnames;
  final CharArraySet notPersons;
  final CharArraySet particles;
  final CharArraySet openingParticles;

  /**
   * Words before "de" that put a small town after it, a word for a settlement or for nearness
   * ({@code es-settlement-words.txt}: "el municipio de", "cerca de"); empty for the base lists.
   */
  final CharArraySet settlementWords;

  /**
   * A compound tense of saying after a name ({@link SpanishPerfectVerbs}): the adverbs that may
   * come first, the auxiliaries and the participles ({@code es-perfect-*.txt}); empty for the base
   * lists.
   */
  final CharArraySet perfectAdverbs;

  final CharArraySet perfectAuxiliaries;
  final CharArraySet perfectParticiples;
  static final int GIVEN = 1;
  static final int COMMON = 1 << 1;
  static final int PARTICLE = 1 << 2;
  static final int NOT_PERSON = 1 << 3;
  static final int ORG = 1 << 4;
  static final int EAST_ASIAN = 1 << 5;
  static final int PLACE_NOUN = 1 << 6;
  static final int SPEECH = 1 << 7;
  static final int PERSON_CUE = 1 << 8;
  static final int TITLE_START = 1 << 9;

  /** A particle that may open a name ("von der Leyen"); Spanish "de" only stands inside one. */
  static final int OPENING_PARTICLE = 1 << 10;

  /**
   * An organisation word of the base (English) list that the article's language does not use for
   * its own bodies: in a Spanish article "Power" after a given name is a surname.
   */
  static final int FOREIGN_ORG = 1 << 11;

  /** A word that opens an apposition describing a person ("a", "the", "una", "su"). */
  static final int APPOSITION_OPENER = 1 << 12;

  /**
   * One of the most frequent surnames of the 1990 US census ({@code surnames.txt.gz}, the 5,000
   * most frequent): "Rivers", "Hill", "Keys" are family names as often as words.
   */
  static final int SURNAME = 1 << 13;

  /**
   * The plural of a one-word title or role that is no honorific ("officials", "lawyers",
   * "strikers"): the role with an "s", four letters or more.
   */
  static final int PLURAL_ROLE = 1 << 14;

  /**
   * Every listed word with the bits of the lists it is on and the title phrases it opens: one
   * lookup answers them all.
   */
  private final CharArrayMap<WordClass> words;

  /** A title phrase: its folded words and what it is. */
  record Title(String[] words, TitleKind kind) {}

  final Map<String, TitleKind> titleKinds;

  private Lexicons() {
    this("");
  }

  /**
   * The base lists, and for a language with lists of its own ("es") its titles, organisation words,
   * verbs of saying and non-persons added, the particles it never writes inside a name ({@code
   * es-not-particles.txt}: "el", "y" are articles and conjunctions there) removed, and those that
   * never open one ({@code es-not-opening-particles.txt}: "de Petro" is "of Petro") kept inside.
   */
  private Lexicons(String language) {
    this.language = language;
    givenNames = set(read("given-names.txt.gz"));
    commonWords = set(read("common-words.txt"));
    speechVerbs = set(withOwn("speech-verbs.txt"));
    orgWords = set(withOwn("org-words.txt"));
    List<String> foreign = new ArrayList<>();
    if (!language.isEmpty()) {
      foreign.addAll(read("org-words.txt"));
      foreign.removeAll(read(language + "-org-words.txt"));
    }
    CharArraySet foreignOrgWords = set(foreign);
    personCues = set(read("person-cues.txt"));
    placeNouns = set(read("place-nouns.txt"));
    eastAsianSurnames = set(read("east-asian-surnames.txt"));
    notPersons = set(withOwn("not-persons.txt"));
    List<String> particleList = read("particles.txt");
    if (!language.isEmpty()) {
      particleList.removeAll(read(language + "-not-particles.txt"));
    }
    particles = set(particleList);
    if (!language.isEmpty()) {
      particleList.removeAll(read(language + "-not-opening-particles.txt"));
    }
    openingParticles = set(particleList);
    settlementWords = own("settlement-words.txt");
    perfectAdverbs = own("perfect-adverbs.txt");
    perfectAuxiliaries = own("perfect-auxiliaries.txt");
    perfectParticiples = own("perfect-participles.txt");
    Map<String, List<String[]>> byFirst = new HashMap<>();
    titleKinds = new HashMap<>();
    for (String line : withFeminine(withOwn("titles.txt"))) {
      String[] f = line.split("\t");
      // capitalised as in running text, so abbreviations keep their period: "Gen." -> "gen."
      String title = Character.toUpperCase(f[0].charAt(0)) + f[0].substring(1);
      String[] words = TokenKey.of(title).split(" ");
      titleKinds.put(String.join(" ", words), TitleKind.valueOf(f[1].toUpperCase(Locale.ROOT)));
      byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
    }
    Map<String, List<Title>> titlesByFirst = new HashMap<>();
    for (Map.Entry<String, List<String[]>> e : byFirst.entrySet()) {
      List<String[]> longestFirst = new ArrayList<>(e.getValue());
      longestFirst.sort((a, b) -> b.length - a.length);
      List<Title> titles = new ArrayList<>(longestFirst.size());
      for (String[] words : longestFirst) {
        // a phrase listed twice ("captain": title, then role) has the kind of its last line
        titles.add(new Title(words, titleKinds.get(String.join(" ", words))));
      }
      titlesByFirst.put(e.getKey(), List.copyOf(titles));
    }
    Map<String, Integer> bits = new HashMap<>();
    mark(bits, givenNames, GIVEN);
    mark(bits, commonWords, COMMON);
    mark(bits, particles, PARTICLE);
    mark(bits, openingParticles, OPENING_PARTICLE);
    mark(bits, notPersons, NOT_PERSON);
    mark(bits, orgWords, ORG);
    mark(bits, eastAsianSurnames, EAST_ASIAN);
    mark(bits, placeNouns, PLACE_NOUN);
    mark(bits, speechVerbs, SPEECH);
    mark(bits, personCues, PERSON_CUE);
    mark(bits, foreignOrgWords, FOREIGN_ORG);
    mark(bits, set(withOwn("apposition-openers.txt")), APPOSITION_OPENER);
    mark(bits, set(read("surnames.txt.gz")), SURNAME);
    for (String first : byFirst.keySet()) {
      bits.merge(first, TITLE_START, (a, b) -> a | b);
    }
    for (List<Title> titles : titlesByFirst.values()) {
      for (Title title : titles) {
        String plural = title.words()[0] + "s";
        if (title.words().length == 1
            && title.kind() != TitleKind.HONORIFIC
            && plural.length() >= 4) {
          bits.merge(plural, PLURAL_ROLE, (a, b) -> a | b);
        }
      }
    }
    words = new CharArrayMap<>(bits.size(), false);
    bits.forEach(
        (word, b) ->
            words.put(word, new WordClass(b, titlesByFirst.getOrDefault(word, List.of()))));
  }

  /** The lists that ship in the jar, loaded once. */
  public static Lexicons defaults() {
    Lexicons l = defaults;
    if (l == null) {
      synchronized (Lexicons.class) {
        l = defaults;
        if (l == null) {
          l = new Lexicons();
          defaults = l;
        }
      }
    }
    return l;
  }

  /**
   * The lists for articles in {@code language}: Spanish ("es") has titles ("el mandatario", "la
   * canciller"), organisation words ("Fiscalía", "Congreso") and verbs of saying of its own; other
   * languages get {@link #defaults()}.
   */
  public static Lexicons forLanguage(String language) {
    if (!language.equals("es")) {
      return defaults();
    }
    Lexicons l = spanish;
    if (l == null) {
      synchronized (Lexicons.class) {
        l = spanish;
        if (l == null) {
          l = new Lexicons("es");
          spanish = l;
        }
      }
    }
    return l;
  }

  /**
   * True when the language writes two surnames, the father's and the mother's ("Hernández
   * Alvarado"): a known name followed by one more surname is the same person, named in full. True
   * for Spanish.
   */
  public boolean writesTwoSurnames() {
    return language.equals("es");
  }

  /**
   * True when the language names institutions with the organisation word first, so that a person's
   * name after it is part of the institution's ("Centro Cultural Rubén Darío", "Estadio
   * Cuscatlán"). True for Spanish.
   */
  public boolean namesInstitutionsFirst() {
    return language.equals("es");
  }

  /**
   * The title lines with, for Spanish, the feminine of each masculine title or role that has a
   * regular one ("ministro" → "ministra", "embajador" → "embajadora", "secretario de estado" →
   * "secretaria de estado"); titles that are the same in both genders ("fiscal", "portavoz") stay.
   */
  private List<String> withFeminine(List<String> lines) {
    if (!language.equals("es")) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines);
    for (String line : lines) {
      int tab = line.indexOf('\t');
      String phrase = line.substring(0, tab);
      int space = phrase.indexOf(' ');
      String first = space < 0 ? phrase : phrase.substring(0, space);
      String rest = space < 0 ? "" : phrase.substring(space);
      String feminine;
      if (first.endsWith("o")) {
        feminine = first.substring(0, first.length() - 1) + "a";
      } else if (first.endsWith("or")) {
        feminine = first + "a";
      } else {
        continue;
      }
      out.add(feminine + rest + line.substring(tab));
    }
    return out;
  }

  /** The base list {@code name} with the language's own list {@code es-name} added. */
  private List<String> withOwn(String name) {
    List<String> words = read(name);
    if (!language.isEmpty()) {
      words.addAll(read(language + "-" + name));
    }
    return words;
  }

  /** The language's own list {@code es-name}; empty for the base lists, which have none. */
  private CharArraySet own(String name) {
    return language.isEmpty() ? CharArraySet.EMPTY_SET : set(read(language + "-" + name));
  }

  /** True if the folded word is a known given name. */
  public boolean isGivenName(String folded) {
    return givenNames.contains(folded);
  }

  /** True if the folded word is a common English word. */
  public boolean isCommonWord(String folded) {
    return commonWords.contains(folded);
  }

  /** True if {@code title} is a form of address ("Mr.", "Sheikh") rather than an office. */
  public boolean isHonorific(String title) {
    String t =
        title.isEmpty() ? title : Character.toUpperCase(title.charAt(0)) + title.substring(1);
    return titleKinds.get(TokenKey.of(t)) == TitleKind.HONORIFIC;
  }

  /**
   * True if the folded word is a generational suffix written after a surname: "jr", "sr", "ii",
   * "iii", "iv", with or without a period.
   */
  public static boolean isNameSuffix(String folded) {
    String w = folded.endsWith(".") ? folded.substring(0, folded.length() - 1) : folded;
    return switch (w) {
      case "jr", "sr", "ii", "iii", "iv" -> true;
      default -> false;
    };
  }

  /** True if the folded word is a family name written first (Chinese, Korean). */
  public boolean isEastAsianSurname(String folded) {
    return eastAsianSurnames.contains(folded);
  }

  /** The months, which English writes with a capital and some persons bear as a surname. */
  private static final CharArraySet MONTHS =
      CharArraySet.unmodifiableSet(
          new CharArraySet(
              List.of(
                  "january",
                  "february",
                  "march",
                  "april",
                  "may",
                  "june",
                  "july",
                  "august",
                  "september",
                  "october",
                  "november",
                  "december"),
              false));

  /** Whether the folded word is the name of a month. */
  static boolean isMonth(String folded) {
    return MONTHS.contains(folded);
  }

  /** The bits of the lists the folded word is on; 0 for a word on none. */
  int classify(String folded) {
    WordClass word = words.get(folded);
    return word == null ? 0 : word.bits;
  }

  /** Whether token {@code i} is the name of a month ("May", "June"). */
  static boolean isMonth(TokenSequence t, int i) {
    return in(MONTHS, t, i);
  }

  /** True if the folded token {@code i} is in {@code set}. */
  static boolean in(CharArraySet set, TokenSequence t, int i) {
    return set.contains(t.foldedBuffer(), t.foldedStart(i), t.length(i));
  }

  /**
   * The length in tokens of the longest title starting at token {@code i}, whose class is {@code
   * word}, or 0.
   *
   * @param kind receives the kind of the matched title
   */
  static int titleAt(TokenSequence t, int i, WordClass word, TitleKind[] kind) {
    for (Title title : word.titles) {
      String[] words = title.words();
      if (i + words.length > t.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < words.length && ok; k++) {
        ok = t.foldedEquals(i + k, words[k]) && !t.is(i + k, TokenFlags.PUNCT_BEFORE);
      }
      if (ok) {
        kind[0] = title.kind();
        return words.length;
      }
    }
    return 0;
  }

  /** How many title phrases start with {@code word} (what titleAt compares). */
  static int titlesStartingWith(WordClass word) {
    return word.titles.size();
  }

  private static void mark(Map<String, Integer> bits, CharArraySet set, int bit) {
    for (Object o : set) {
      bits.merge(new String((char[]) o), bit, (a, b) -> a | b);
    }
  }

  /** The list bits of token {@code i}; 0 when it is on no list. */
  int classify(TokenSequence t, int i) {
    WordClass word = words.get(t.foldedBuffer(), t.foldedStart(i), t.length(i));
    return word == null ? 0 : word.bits;
  }

  /** Every listed word with its class, for {@link WordTable}. */
  CharArrayMap<WordClass> words() {
    return words;
  }

  private static CharArraySet set(List<String> words) {
    return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
  }

  /**
   * The lines of the resource {@code name} beside this class, blank lines and {@code #} comments
   * left out; a line with no tab folded, a line with one kept as written.
   *
   * @throws IllegalStateException when the resource is missing
   */
  static List<String> read(String name) {
    List<String> out = readAsWritten(name);
    out.replaceAll(s -> s.indexOf('\t') >= 0 ? s : Folding.fold(s));
    return out;
  }

  /**
   * The lines of the resource {@code name} beside this class as written (names whose case and stops
   * the scanner reads: "T. Rowe Price"), blank lines and {@code #} comments left out.
   *
   * @throws IllegalStateException when the resource is missing
   */
  static List<String> readAsWritten(String name) {
    try (InputStream raw = Lexicons.class.getResourceAsStream(name)) {
      if (raw == null) {
        throw new IllegalStateException("lexicon resource missing: " + name);
      }
      InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      String line;
      while ((line = r.readLine()) != null) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
