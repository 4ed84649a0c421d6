package org.nutgraf.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Lower-cases and strips accents one character at a time ("Hernández" → "hernandez"), through a
 * table for the Latin ranges so that matching allocates nothing. Curly apostrophes become straight
 * ones.
 */
public final class Folding {
  private static final int TABLE_SIZE = 0x0250;
  private static final char[] TABLE = new char[TABLE_SIZE];

  /** Vietnamese and other letters with marks, U+1E00 to U+1EFF: folded to their base letter. */
  private static final int LATIN_EXTENDED_ADDITIONAL = 0x1e00;

  private static final char[] EXTENDED_ADDITIONAL = new char[0x100];

  static {
    for (int c = 0; c < TABLE_SIZE; c++) {
      String lower = String.valueOf((char) c).toLowerCase(Locale.ROOT);
      String stripped = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
      TABLE[c] =
          stripped.length() == 1
              ? stripped.charAt(0)
              : lower.length() == 1 ? lower.charAt(0) : (char) c;
    }
    TABLE['\u00d8'] = 'o';
    TABLE['\u00f8'] = 'o';
    TABLE['\u0141'] = 'l';
    TABLE['\u0142'] = 'l';
    TABLE['\u0110'] = 'd';
    TABLE['\u0111'] = 'd';
    TABLE['\u0131'] = 'i';
    for (int k = 0; k < EXTENDED_ADDITIONAL.length; k++) {
      char c = (char) (LATIN_EXTENDED_ADDITIONAL + k);
      String s = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      EXTENDED_ADDITIONAL[k] = Character.toLowerCase(s.charAt(0));
    }
  }

  private Folding() {}

  /** Folds one character. */
  public static char fold(char c) {
    if (c < TABLE_SIZE) {
      return TABLE[c];
    }
    if (c == '\u2019' || c == '\u2018' || c == '\u02bc') {
      return '\'';
    }
    if (c >= LATIN_EXTENDED_ADDITIONAL && c < LATIN_EXTENDED_ADDITIONAL + 0x100) {
      return EXTENDED_ADDITIONAL[c - LATIN_EXTENDED_ADDITIONAL];
    }
    return Character.toLowerCase(c);
  }

  /**
   * Folds {@code len} chars of {@code src} from {@code from} into {@code dst} at {@code at}.
   *
   * @return the hash of the folded chars, as {@link String#hashCode} gives it for them
   */
  static int fold(char[] src, int from, int len, char[] dst, int at) {
    int hash = 0;
    for (int k = 0; k < len; k++) {
      char c = fold(src[from + k]);
      dst[at + k] = c;
      hash = 31 * hash + c;
    }
    return hash;
  }

  /** Folds a whole string. */
  public static String fold(CharSequence s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = fold(s.charAt(i));
    }
    return new String(out);
  }
}
