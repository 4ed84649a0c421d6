package org.nutgraf.recognition;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.nutgraf.text.TokenSequence;

/**
 * The short lists of lower-case words that the context rules look for beside a name ("in", "the
 * mayor of", "her son"), each a {@link CharArraySet} a token's folded letters are looked up in
 * without a copy. Lists are fixed; thread-safe.
 */
enum ContextWords {
  /** Words that put a place after them ("in Paris", "visited Kyiv", "between Gaza and Egypt"). */
  PREPOSITIONS(
      "in",
      "at",
      "from",
      "to",
      "near",
      "outside",
      "into",
      "across",
      "through",
      "toward",
      "towards",
      "via",
      "around",
      "throughout",
      "inside",
      "within",
      "of",
      "between",
      "and",
      "visited",
      "visit",
      "reached",
      "leaving",
      "left"),

  /** Prepositions that say "located there" and nothing else ("in Nice", "near Reading"). */
  LOCATIVES("in", "at", "near", "outside", "from", "inside", "throughout", "around"),

  /**
   * The locatives that put a small town in place: fewer than {@link #LOCATIVES}, as "from" and "at"
   * also precede persons.
   */
  TOWN_LOCATIVES("in", "near", "outside", "around", "inside", "throughout"),

  /**
   * Verbs of saying that make the bare name next to them a speaker ("said Noma", "Noma told"),
   * never a place; fewer than {@link Lexicons#speechVerbs}, which also holds "won" or "visited".
   */
  SAYING(
      "said",
      "says",
      "told",
      "tells",
      "added",
      "adds",
      "asked",
      "asks",
      "replied",
      "explained",
      "explains",
      "recalled",
      "recalls",
      "insisted",
      "insists",
      "wrote",
      "writes",
      "tweeted",
      "stated",
      "noted",
      "notes",
      "admitted",
      "admits",
      "claimed"),

  /** "of", which names a place after a word for its parts ("the mayor of Buffalo"). */
  OF("of"),

  /**
   * Words that a place's name follows after "of": its parts, its sides, its people, its mayor; the
   * words of {@link #PARTS_OF_A_TOWN} and a few that only a larger place has.
   */
  PARTS_OF_A_PLACE(TownParts.WORDS, "city", "centre", "center", "port"),

  /**
   * The words that put even a small town in place before "of" ("residents of Wahoo", "north of
   * Tonopah"): not "centre", which trade, a storm or a debate also has ("the centre of Viking
   * trade").
   */
  PARTS_OF_A_TOWN(TownParts.WORDS),

  /** The prepositions of a destination, which locate a name only after a verb of {@link #GOING}. */
  DIRECTIONS("to", "into", "toward", "towards"),

  /**
   * Verbs of going somewhere, in the forms news writes them: "to" after one of these names a
   * destination ("she moved to Nice"), where after another verb it may name a team or a person
   * ("lost to Reading", "wrote to Austin").
   */
  GOING(
      "moved",
      "relocated",
      "flew",
      "fly",
      "flying",
      "flown",
      "travelled",
      "traveled",
      "travel",
      "traveling",
      "travelling",
      "went",
      "go",
      "going",
      "goes",
      "gone",
      "returned",
      "return",
      "returning",
      "fled",
      "flee",
      "fleeing",
      "headed",
      "heading",
      "drove",
      "driven",
      "driving",
      "sailed",
      "walked",
      "marched",
      "migrated",
      "emigrated",
      "deported",
      "evacuated",
      "trip",
      "journey",
      "flight",
      "flights",
      "route",
      "road",
      "way",
      "back"),

  /** The possessives before a relative's or a pet's name ("her son Austin"). */
  POSSESSIVES("her", "his", "their", "my", "our", "your"),

  /** Relatives and pets, singular and plural; written by the team as general English. */
  KIN(
      "baby",
      "babies",
      "son",
      "sons",
      "daughter",
      "daughters",
      "child",
      "children",
      "kid",
      "kids",
      "wife",
      "husband",
      "brother",
      "brothers",
      "sister",
      "sisters",
      "mother",
      "father",
      "mom",
      "mum",
      "dad",
      "grandson",
      "granddaughter",
      "grandchild",
      "niece",
      "nephew",
      "cousin",
      "boyfriend",
      "girlfriend",
      "fiance",
      "fiancee",
      "twin",
      "twins",
      "dog",
      "dogs",
      "cat",
      "cats",
      "puppy",
      "horse",
      "pony"),

  /**
   * Words that name a part of the place after them ("North Oakland", "East Jerusalem", "Greater
   * Manchester"), compass words first; several are also given names or surnames ("North", "West").
   */
  PARTS_OF_A_NAMED_PLACE(
      "north",
      "south",
      "east",
      "west",
      "northern",
      "southern",
      "eastern",
      "western",
      "central",
      "upper",
      "lower",
      "greater",
      "inner",
      "outer"),

  /**
   * Words that open a sentence before the name of a street or a park and are not part of it ("From
   * Ainsworth Parade, the man…"; {@link LocalPlaces}).
   */
  STREET_OPENERS(
      "the",
      "a",
      "an",
      "from",
      "at",
      "in",
      "on",
      "near",
      "to",
      "and",
      "but",
      "by",
      "for",
      "of",
      "with",
      "into",
      "along",
      "outside",
      "inside",
      "across",
      "off",
      "behind",
      "opposite",
      "past",
      "beyond",
      "around",
      "through",
      "toward",
      "towards"),

  /**
   * Prepositions of place before a street's name: before a given name and a surname they make the
   * two a street ("on Hollis Street"; {@link LocalPlaces}).
   */
  STREET_LOCATIVES("on", "at", "in", "near", "along", "off", "from", "to", "into", "outside");

  /** The words, as listed. */
  private final List<String> words;

  private final CharArraySet set;

  /**
   * A filter over the words' hashes: a token's {@link TokenSequence#foldedHash} is tried here
   * first, so that the many tokens on no list are not hashed again.
   */
  private final WordFilter filter;

  ContextWords(String... words) {
    this(new String[0], words);
  }

  /** A list of the words of {@code shared} and {@code words}. */
  ContextWords(String[] shared, String... words) {
    List<String> all = new ArrayList<>(List.of(words));
    all.addAll(List.of(shared));
    this.words = List.copyOf(all);
    this.set = CharArraySet.unmodifiableSet(new CharArraySet(this.words, false));
    this.filter = new WordFilter(this.words);
  }

  /** The words of {@link #PARTS_OF_A_TOWN}, which {@link #PARTS_OF_A_PLACE} holds too. */
  private static final class TownParts {
    static final String[] WORDS = {
      "mayor",
      "town",
      "village",
      "residents",
      "people",
      "streets",
      "outskirts",
      "suburbs",
      "north",
      "south",
      "east",
      "west",
      "northeast",
      "northwest",
      "southeast",
      "southwest"
    };
  }

  /** The words of the list, folded. */
  List<String> words() {
    return words;
  }

  /** Whether token {@code i} of {@code t} is one of these words. */
  boolean at(TokenSequence t, int i) {
    return filter.mayHold(t.foldedHash(i))
        && set.contains(t.foldedBuffer(), t.foldedStart(i), t.length(i));
  }
}
