package org.nutgraf.recognition;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenSequence;

/** What the words right around a place name say about it: a preposition, a comma, a verb. */
final class PlaceContext {
  /** Words that put a place after them ("in Paris", "visited Kyiv", "between Gaza and Egypt"). */
  private static final CharArraySet PREPOSITIONS =
      new CharArraySet(
          List.of(
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
          false);

  /** Prepositions that say "located there" and nothing else ("in Nice", "near Reading"). */
  private static final CharArraySet LOCATIVES =
      new CharArraySet(
          List.of("in", "at", "near", "outside", "from", "inside", "throughout", "around"), false);

  /**
   * Verbs of saying that make the bare name next to them a speaker ("said Noma", "Noma told"),
   * never a place; fewer than {@link Lexicons#speechVerbs}, which also holds "won" or "visited".
   */
  private static final CharArraySet SAYING =
      new CharArraySet(
          List.of(
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
          false);

  private PlaceContext() {}

  /** Whether a lower-case preposition ("in", "from") stands right before token {@code i}. */
  static boolean prepositionBefore(TokenSequence t, int i) {
    return lowerWordBefore(t, i, PREPOSITIONS);
  }

  /**
   * Whether a preposition of location ("in", "near", "from") stands right before token i, "to"
   * after a verb of going there ("moved to", "flew to", "returned to"), or "of" after a word for a
   * place's parts, people or mayor ("the mayor of Buffalo", "north of Reading", "the people of
   * Nice").
   */
  static boolean locativeBefore(TokenSequence t, int i) {
    return lowerWordBefore(t, i, LOCATIVES)
        || (lowerWordBefore(t, i, DIRECTIONS) && lowerWordBefore(t, i - 1, GOING))
        || (lowerWordBefore(t, i, OF) && lowerWordBefore(t, i - 1, PARTS_OF_A_PLACE));
  }

  private static final CharArraySet OF = new CharArraySet(List.of("of"), false);

  /** Words that a place's name follows after "of": its parts, its sides, its people, its mayor. */
  private static final CharArraySet PARTS_OF_A_PLACE =
      new CharArraySet(
          List.of(
              "mayor",
              "city",
              "town",
              "village",
              "residents",
              "people",
              "streets",
              "outskirts",
              "suburbs",
              "centre",
              "center",
              "port",
              "north",
              "south",
              "east",
              "west",
              "northeast",
              "northwest",
              "southeast",
              "southwest"),
          false);

  /** The prepositions of a destination, which locate a name only after a verb of {@link #GOING}. */
  private static final CharArraySet DIRECTIONS =
      new CharArraySet(List.of("to", "into", "toward", "towards"), false);

  /**
   * Verbs of going somewhere, in the forms news writes them: "to" after one of these names a
   * destination ("she moved to Nice"), where after another verb it may name a team or a person
   * ("lost to Reading", "wrote to Austin").
   */
  private static final CharArraySet GOING =
      new CharArraySet(
          List.of(
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
          false);

  private static boolean lowerWordBefore(TokenSequence t, int i, CharArraySet words) {
    return i > 0
        && !t.is(i, TokenFlags.PUNCT_BEFORE)
        && t.is(i - 1, TokenFlags.LOWER)
        && Lexicons.in(words, t, i - 1);
  }

  /** "Paris, Texas": a comma and a capitalised word follow the name. */
  static boolean commaPlaceAfter(TokenSequence t, PlaceCandidate c) {
    return commaPlaceAfter(t, c.to);
  }

  /**
   * As {@link #commaPlaceAfter(TokenSequence, PlaceCandidate)} for a name ending before token to.
   */
  static boolean commaPlaceAfter(TokenSequence t, int to) {
    return to < t.size() && t.is(to, TokenFlags.COMMA_BEFORE) && t.is(to, TokenFlags.CAPITALIZED);
  }

  /**
   * "said Noma", "Noma told reporters": a one-word name right after or before a verb of saying, in
   * the same clause, is the speaker.
   */
  static boolean speakerPosition(TokenSequence t, PlaceCandidate c) {
    if (c.to - c.from != 1) {
      return false;
    }
    boolean after = lowerWordBefore(t, c.from, SAYING);
    boolean before =
        c.to < t.size()
            && !t.is(c.to, TokenFlags.PUNCT_BEFORE)
            && t.is(c.to, TokenFlags.LOWER)
            && Lexicons.in(SAYING, t, c.to);
    return after || before;
  }

  /**
   * "ATLANTA —" or "KYIV, Ukraine (Reuters) —": a name in capitals opening a text of ordinary case
   * and followed by punctuation is a dateline, which always names a place.
   */
  static boolean dateline(TokenSequence t, PlaceCandidate c) {
    return dateline(t, c.from, c.to);
  }

  /** As {@link #dateline(TokenSequence, PlaceCandidate)} for a name over tokens from..to. */
  static boolean dateline(TokenSequence t, int from, int to) {
    if (from != 0 || t.isAllCaps() || to >= t.size()) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!t.is(k, TokenFlags.ALL_CAPS)) {
        return false;
      }
    }
    return t.is(to, TokenFlags.PUNCT_BEFORE);
  }

  /**
   * "the National Turkey Federation": between capitalised words of a name, where the capital is the
   * name's, not the country's.
   */
  static boolean insideAName(TokenSequence t, PlaceCandidate c, Lexicons lex) {
    boolean capitalBefore =
        c.from > 0
            && !t.is(c.from, TokenFlags.PUNCT_BEFORE)
            && t.is(c.from - 1, TokenFlags.CAPITALIZED)
            && !t.is(c.from - 1, TokenFlags.SENTENCE_START);
    boolean orgAfter =
        c.to < t.size()
            && !t.is(c.to, TokenFlags.PUNCT_BEFORE)
            && t.is(c.to, TokenFlags.CAPITALIZED)
            && Lexicons.in(lex.orgWords, t, c.to);
    return capitalBefore && orgAfter;
  }
}
