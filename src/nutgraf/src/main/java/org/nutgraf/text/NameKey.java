package org.nutgraf.text;

import java.util.regex.Pattern;

/**
 * The key of a name as people and lists write it, the one the actor filter, the actor dictionary,
 * the known-name lists and the source filter compare: folded ({@link Folding}: lower case, no
 * accents), words split at spaces and hyphens and joined by one space, apostrophes and periods
 * dropped inside a word, other punctuation dropped ("Beto O’Rourke" → "beto orourke", "George W.
 * Bush" → "george w bush", "Al-Naimat" → "al naimat"). Idempotent: a key is its own key.
 *
 * <p>Place names are keyed by {@link TokenKey} instead, which keeps apostrophes and abbreviation
 * periods, because the place matcher walks the gazetteer with the words of the text as {@link
 * TextScanner} splits them ("d'ivoire", "d.c.").
 */
public final class NameKey {
  private NameKey() {}

  /** The key of {@code name}; empty when it has no letter or digit. */
  public static String of(CharSequence name) {
    StringBuilder sb = new StringBuilder(name.length());
    boolean space = false;
    for (int i = 0; i < name.length(); i++) {
      char c = Folding.fold(name.charAt(i));
      if (Character.isLetterOrDigit(c)) {
        if (space && !sb.isEmpty()) {
          sb.append(' ');
        }
        sb.append(c);
        space = false;
      } else if (Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2011') {
        space = true;
      }
    }
    return sb.toString();
  }

  /**
   * The family name in the name key {@code key}: its last word (the surname in most name orders),
   * or the word before a generational suffix ("king" for "martin luther king jr"); empty when the
   * name ends in a regnal number ("charles iii", "juan carlos i"), which names no family. A key of
   * one word is its own.
   */
  public static String surnameOf(String key) {
    int space = key.lastIndexOf(' ');
    String last = key.substring(space + 1);
    if (space < 0) {
      return last;
    }
    if (REGNAL_NUMBER.matcher(last).matches()) {
      return "";
    }
    if (last.equals("jr") || last.equals("sr")) {
      String before = key.substring(0, space);
      return before.substring(before.lastIndexOf(' ') + 1);
    }
    return last;
  }

  /**
   * A Roman number up to 39, as monarchs and popes are numbered, folded; "xi" is left out, as it is
   * also the family name Xi.
   */
  private static final Pattern REGNAL_NUMBER = Pattern.compile("(?!xi$)x{0,3}(ix|iv|v?i{0,3})");
}
