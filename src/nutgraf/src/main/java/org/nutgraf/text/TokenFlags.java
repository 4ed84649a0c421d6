package org.nutgraf.text;

/**
 * Bits that {@link NewsTokenizer} sets on each word token (through Lucene's {@code FlagsAttribute})
 * to tell the recognisers about case and the punctuation around the word.
 */
public final class TokenFlags {
  /** First letter upper case ("Honduras", "US"). */
  public static final int CAPITALIZED = 1;

  /** Two or more letters, all upper case ("US", "HONDURAS"). */
  public static final int ALL_CAPS = 1 << 1;

  /** First character is a lower-case letter. */
  public static final int LOWER = 1 << 2;

  /** First character is a digit. */
  public static final int DIGIT = 1 << 3;

  /** The first word of a sentence, a line or a text, where capitals say little. */
  public static final int SENTENCE_START = 1 << 4;

  /** Punctuation other than a joining hyphen stands between this token and the previous. */
  public static final int PUNCT_BEFORE = 1 << 5;

  /** A comma stands between this token and the previous one. */
  public static final int COMMA_BEFORE = 1 << 6;

  /** Joined to the previous token by a hyphen with no space ("Guinea-Bissau"). */
  public static final int HYPHEN_BEFORE = 1 << 7;

  /** Followed by a possessive 's or ' that is not part of the token ("Guatemala's"). */
  public static final int POSSESSIVE = 1 << 8;

  /** Ends with a period that belongs to it: an abbreviation or an initial ("U.S.", "W."). */
  public static final int ABBREVIATION = 1 << 9;

  /** A single letter and a period, as in a middle initial ("W."). */
  public static final int INITIAL = 1 << 10;

  /** A line break stands between this token and the previous one. */
  public static final int NEWLINE_BEFORE = 1 << 11;

  /** Preceded by an at sign or hash ("@washingtonpost", "#caravan"). */
  public static final int HANDLE = 1 << 12;

  /** A quotation mark or bracket opens just before this token. */
  public static final int QUOTE_BEFORE = 1 << 13;

  /** An ampersand stands between this token and the previous one ("Ernst &amp; Young"). */
  public static final int AMPERSAND_BEFORE = 1 << 14;

  private TokenFlags() {}

  /** True when {@code flags} has every bit of {@code bit}. */
  public static boolean has(int flags, int bit) {
    return (flags & bit) == bit;
  }
}
