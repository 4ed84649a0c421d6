package org.nutgraf.text;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Splits news text into word tokens with {@link TokenFlags}: words keep inner apostrophes
 * ("d'Ivoire") and the periods of abbreviations and initials ("U.S.", "Gen.", "W."), lose a
 * possessive ("Guatemala's" → "Guatemala"), split at hyphens ("Guinea-Bissau") and at every other
 * punctuation mark, which is recorded on the next token. Allocates nothing per token.
 */
public final class TextScanner {
  /** Words that keep a following period: titles and abbreviations common in news. */
  static final CharArraySet ABBREVIATIONS =
      new CharArraySet(
          List.of(
              "mr", "mrs", "ms", "dr", "st", "ste", "gen", "sen", "sens", "rep", "reps", "gov",
              "govs", "lt", "col", "sgt", "capt", "maj", "adm", "cmdr", "brig", "cpl", "pvt", "jr",
              "sr", "prof", "rev", "mt", "ft", "pres", "supt", "insp", "hon", "det", "gens",
              "messrs", "mme", "mlle", "fr", "sra", "sr", "vs", "no", "co", "corp", "inc", "ltd",
              "dept", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill",
              "ind", "kan", "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont",
              "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
              "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec"),
          true);

  /** The length of the longest of {@link #ABBREVIATIONS}. */
  private static final int LONGEST_ABBREVIATION =
      ABBREVIATIONS.stream().mapToInt(w -> ((char[]) w).length).max().orElse(0);

  /** Abbreviations that do not end a sentence: titles before a name, "No.", "vs.". */
  private static final CharArraySet MID_SENTENCE_ABBREVIATIONS =
      new CharArraySet(
          List.of(
              "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt",
              "maj", "adm", "prof", "rev", "mt", "ft", "pres", "hon", "det", "fr", "brig", "cmdr",
              "no", "vs"),
          true);

  private TextScanner() {}

  /** Tokenises {@code text} into {@code out}, replacing what it held. */
  public static void scan(String text, TokenSequence out) {
    char[] chars = out.textBuffer(text.length());
    text.getChars(0, text.length(), chars, 0);
    scan(chars, text.length(), out);
  }

  /** Tokenises the first {@code length} chars of {@code chars}; offsets index into them. */
  public static void scan(char[] chars, int length, TokenSequence out) {
    out.reset(chars, true);
    int i = 0;
    int pending = TokenFlags.SENTENCE_START;
    boolean pairBefore = false;
    while (i < length) {
      char c = chars[i];
      if (!isWordChar(c)) {
        if (c != ' ') {
          pending |= punctuationFlags(chars, i, length, pending);
        }
        i++;
        continue;
      }
      int s = i;
      char[] folded = out.foldTarget(length - i);
      int at = out.foldedEnd() - s; // chars[k] folds to folded[at + k]
      long word = scanWord(chars, i, length, folded, at);
      int e = (int) word;
      int hash = (int) (word >>> 32);
      int next = e;
      int tokenFlags = pending;
      // Spanish doubled-capital plurals keep their periods when two or more run together: "EE.
      // UU.",
      // "FF.AA."; the run ends a sentence only after its last pair
      boolean pairs = e < length && chars[e] == '.' && isDoubledCapital(chars, s, e);
      boolean pairFollows =
          pairs && isDoubledCapitalAt(chars, skipSpaces(chars, e + 1, length), length);
      pairs &= pairFollows || pairBefore;
      pairBefore = pairFollows;
      // abbreviations and initials keep their period
      if (e < length && chars[e] == '.' && (pairs || keepsPeriod(chars, s, e))) {
        folded[at + e] = '.';
        hash = 31 * hash + '.';
        e++;
        next = e;
        tokenFlags |= TokenFlags.ABBREVIATION;
        if (e - s == 2 || (e - s <= 6 && isInitialRun(chars, s, e - 1))) {
          tokenFlags |= TokenFlags.INITIAL; // "W." and "J.K."
        }
      } else if (e < length && isApostrophe(chars[e])) {
        // possessive: 's or a bare ' after s
        if (isPossessiveAt(chars, e, length)) {
          tokenFlags |= TokenFlags.POSSESSIVE;
          next = e + 2;
        } else if ((chars[e - 1] == 's' || chars[e - 1] == 'S')
            && (e + 1 >= length || !isWordChar(chars[e + 1]))) {
          tokenFlags |= TokenFlags.POSSESSIVE;
          next = e + 1;
        }
      }
      tokenFlags |= caseFlags(chars, s, e);
      out.addFolded(s, e, s, e, tokenFlags, hash);
      pending = 0;
      if ((tokenFlags & TokenFlags.ABBREVIATION) != 0
          && !pairFollows
          && endsSentenceAfterAbbreviation(chars, s, e)) {
        pending = sentenceEndAfter(chars, next, length);
      }
      i = next;
    }
    out.finish();
  }

  /**
   * Scans the word starting at {@code i} (letters, digits, inner apostrophes and dots) and folds
   * each of its chars into {@code folded}, char {@code k} at {@code at + k}, as it goes.
   *
   * @return the word's end in the low half, the {@link String#hashCode} of its folded chars in the
   *     high half
   */
  private static long scanWord(char[] chars, int i, int length, char[] folded, int at) {
    int e = i;
    int hash = 0;
    // most words are ASCII letters and digits up to a space: one table load a char says whether
    // and how each folds, in a loop small enough to be compiled into the scan
    while (e < length) {
      char c = chars[e];
      char f;
      if (c >= 0x80 || (f = ASCII_FOLDED[c]) == 0) {
        break;
      }
      folded[at + e] = f;
      hash = 31 * hash + f;
      e++;
    }
    if (e == length || chars[e] == ' ') {
      return ((long) hash << 32) | e;
    }
    return scanWordRest(chars, i, e, hash, length, folded, at);
  }

  /**
   * Goes on with the word starting at {@code i} from {@code e}, where its ASCII letters and digits
   * end, with {@code hash} theirs: accented letters, inner apostrophes and dots, digit groups.
   */
  private static long scanWordRest(
      char[] chars, int i, int e, int hash, int length, char[] folded, int at) {
    boolean digits = Character.isDigit(chars[i]);
    // chars[i, alternating) alternate letter, dot, letter: grown as e grows, so that a word of
    // many initials ("A.B.C.…") is scanned in linear time
    int alternating = i;
    while (e < length) {
      char c = chars[e];
      char f;
      if (c < 0x80 && (f = ASCII_FOLDED[c]) != 0) {
        folded[at + e] = f;
        hash = 31 * hash + f;
        e++;
        continue;
      }
      boolean inWord =
          isWordChar(c)
              // d'Ivoire, O'Brien, don't
              || (isApostrophe(c)
                  && e + 1 < length
                  && Character.isLetter(chars[e + 1])
                  && !isPossessiveAt(chars, e, length))
              // U.S, D.C
              || (c == '.'
                  && e + 1 < length
                  && Character.isLetter(chars[e + 1])
                  && (alternating = alternatingEnd(chars, i, alternating, e)) == e
                  && (e - i) % 2 == 1)
              // 1,300  3.5  10:30
              || (digits
                  && (c == '.' || c == ',' || c == ':')
                  && e + 1 < length
                  && Character.isDigit(chars[e + 1]));
      if (!inWord) {
        break;
      }
      f = Folding.fold(c);
      folded[at + e] = f;
      hash = 31 * hash + f;
      e++;
    }
    return ((long) hash << 32) | e;
  }

  /**
   * Extends {@code end}, where chars[from, end) alternate letter and dot, as far as they go before
   * {@code limit}.
   */
  private static int alternatingEnd(char[] chars, int from, int end, int limit) {
    int k = end;
    while (k < limit && ((k - from) % 2 == 0 ? Character.isLetter(chars[k]) : chars[k] == '.')) {
      k++;
    }
    return k;
  }

  /** True when chars[s, e) is one capital letter twice: "EE", "UU". */
  private static boolean isDoubledCapital(char[] chars, int s, int e) {
    return e - s == 2 && Character.isUpperCase(chars[s]) && chars[s + 1] == chars[s];
  }

  /** True when a doubled capital with its period starts at {@code k}: "UU." of "EE. UU.". */
  private static boolean isDoubledCapitalAt(char[] chars, int k, int length) {
    return k + 2 < length
        && isDoubledCapital(chars, k, k + 2)
        && chars[k + 2] == '.'
        && (k + 3 == length || !isWordChar(chars[k + 3]));
  }

  /** The first index from {@code k} that is not a space. */
  private static int skipSpaces(char[] chars, int k, int length) {
    while (k < length && chars[k] == ' ') {
      k++;
    }
    return k;
  }

  /** True when chars[from, to) is a run of single letters separated by dots: "U", "U.S". */
  private static boolean isInitialRun(char[] chars, int from, int to) {
    for (int k = from; k < to; k++) {
      boolean letterSlot = (k - from) % 2 == 0;
      if (letterSlot ? !Character.isLetter(chars[k]) : chars[k] != '.') {
        return false;
      }
    }
    return (to - from) % 2 == 1;
  }

  /**
   * Whether the word in chars[s, e), followed by a period, keeps it: a capitalised initial run or
   * abbreviation. Most words before a period are neither, and the case and length tests turn them
   * away before the list is looked up.
   */
  private static boolean keepsPeriod(char[] chars, int s, int e) {
    if (!Character.isUpperCase(chars[s])) {
      return false;
    }
    return isInitialRun(chars, s, e)
        || (e - s <= LONGEST_ABBREVIATION && ABBREVIATIONS.contains(chars, s, e - s));
  }

  /** "U.S." or "Calif." may end a sentence; "Mr." and "W." never do. */
  private static boolean endsSentenceAfterAbbreviation(char[] chars, int s, int e) {
    int len = e - s;
    if (len == 2) {
      return false; // an initial
    }
    if (isInitialRun(chars, s, e - 1)) {
      return true;
    }
    if (!MID_SENTENCE_ABBREVIATIONS.contains(chars, s, len - 1)) {
      return true;
    }
    // the set lower-cases U+0130 (capital I with dot) to 'i', where String.toLowerCase, which
    // this lookup replaced, gave two chars: a word with it was never on the list
    for (int k = s; k < e - 1; k++) {
      if (chars[k] == '\u0130') {
        return true;
      }
    }
    return false;
  }

  /** After an abbreviation: a new sentence starts if a capitalised word follows after space. */
  private static int sentenceEndAfter(char[] chars, int i, int length) {
    int k = i;
    while (k < length && chars[k] == ' ') {
      k++;
    }
    if (k > i && k < length && Character.isUpperCase(chars[k])) {
      return TokenFlags.SENTENCE_START;
    }
    return 0;
  }

  private static int punctuationFlags(char[] chars, int i, int length, int pending) {
    char c = chars[i];
    switch (c) {
      case ' ', '\t', '\u00a0' -> {
        return 0;
      }
      case '\n', '\r' -> {
        return TokenFlags.NEWLINE_BEFORE | TokenFlags.SENTENCE_START | TokenFlags.PUNCT_BEFORE;
      }
      case '-', '\u2010', '\u2011' -> {
        boolean joins =
            i > 0
                && i + 1 < length
                && isWordChar(chars[i - 1])
                && isWordChar(chars[i + 1])
                && pending == 0;
        return joins ? TokenFlags.HYPHEN_BEFORE : TokenFlags.PUNCT_BEFORE;
      }
      case ',' -> {
        return TokenFlags.COMMA_BEFORE | TokenFlags.PUNCT_BEFORE;
      }
      case '.', '!', '?', ';', ':' -> {
        return TokenFlags.SENTENCE_START | TokenFlags.PUNCT_BEFORE;
      }
      case '@', '#' -> {
        return TokenFlags.HANDLE | TokenFlags.PUNCT_BEFORE;
      }
      case '&' -> {
        return TokenFlags.AMPERSAND_BEFORE | TokenFlags.PUNCT_BEFORE;
      }
      case '"',
          '\u201c',
          '\u201d',
          '(',
          ')',
          '[',
          ']',
          '\'',
          '\u2018',
          '\u2019',
          '\u00ab',
          '\u00bb' -> {
        return TokenFlags.QUOTE_BEFORE | TokenFlags.PUNCT_BEFORE;
      }
      default -> {
        return Character.isSpaceChar(c) ? 0 : TokenFlags.PUNCT_BEFORE;
      }
    }
  }

  static int caseFlags(char[] chars, int s, int e) {
    char first = chars[s];
    if (first >= 'a' && first <= 'z') {
      return TokenFlags.LOWER;
    }
    if (first >= 'A' && first <= 'Z') {
      return TokenFlags.CAPITALIZED | allCapsFlag(chars, s, e);
    }
    if (Character.isDigit(first)) {
      return TokenFlags.DIGIT;
    }
    if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
      return TokenFlags.CAPITALIZED | allCapsFlag(chars, s, e);
    }
    return Character.isLowerCase(first) ? TokenFlags.LOWER : 0;
  }

  /**
   * {@link TokenFlags#ALL_CAPS} when chars[s, e) has two letters or more and none in lower case.
   */
  private static int allCapsFlag(char[] chars, int s, int e) {
    int letters = 0;
    for (int k = s; k < e; k++) {
      char c = chars[k];
      if (c >= 'A' && c <= 'Z') {
        letters++;
        continue;
      }
      if (c >= 'a' && c <= 'z') {
        return 0;
      }
      if (c >= 0x80 && Character.isLetter(c)) {
        letters++;
        if (Character.isLowerCase(c)) {
          return 0;
        }
      }
    }
    return letters >= 2 ? TokenFlags.ALL_CAPS : 0;
  }

  /** True when the apostrophe at {@code e} starts a possessive 's that ends the word. */
  private static boolean isPossessiveAt(char[] chars, int e, int length) {
    return e + 1 < length
        && (chars[e + 1] == 's' || chars[e + 1] == 'S')
        && (e + 2 >= length || !isWordChar(chars[e + 2]));
  }

  /** Which ASCII characters are word characters: letters and digits; one load, no branches. */
  private static final boolean[] ASCII_WORD_CHARS = new boolean[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      ASCII_WORD_CHARS[c] =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
  }

  /** Each ASCII word character folded ("A" → "a"), 0 for the others. */
  private static final char[] ASCII_FOLDED = new char[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      ASCII_FOLDED[c] = ASCII_WORD_CHARS[c] ? Folding.fold(c) : 0;
    }
  }

  /**
   * Which characters below {@link #TABLED} are word characters, one bit each: Latin letters with
   * accents, and the quotes and dashes of General Punctuation, answered without a lookup of their
   * Unicode type.
   */
  private static final long[] WORD_CHAR_BITS;

  /** The characters {@link #WORD_CHAR_BITS} holds: up to the end of General Punctuation. */
  private static final int TABLED = 0x2080;

  static {
    WORD_CHAR_BITS = new long[TABLED / Long.SIZE];
    for (char c = 0; c < TABLED; c++) {
      if (isWordCharByType(c)) {
        WORD_CHAR_BITS[c >>> 6] |= 1L << c;
      }
    }
  }

  static boolean isWordChar(char c) {
    if (c < 0x80) {
      return ASCII_WORD_CHARS[c];
    }
    if (c < TABLED) {
      return (WORD_CHAR_BITS[c >>> 6] & (1L << c)) != 0;
    }
    return isWordCharByType(c);
  }

  /** Letters, digits and combining marks. */
  private static boolean isWordCharByType(char c) {
    return Character.isLetterOrDigit(c)
        || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.getType(c) == Character.COMBINING_SPACING_MARK;
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02bc';
  }
}
