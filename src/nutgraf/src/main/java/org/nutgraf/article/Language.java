package org.nutgraf.article;

import java.util.Locale;

/**
 * Language codes as Nutgraf keeps them: ISO 639-1, two lower-case letters ("es"), or {@link
 * #UNDETERMINED} when the language is not known.
 */
public final class Language {
  /** The ISO 639-2 code for "undetermined": the language is not given and was not detected. */
  public static final String UNDETERMINED = "und";

  /** Spanish. */
  public static final String SPANISH = "es";

  /** English. */
  public static final String ENGLISH = "en";

  private Language() {}

  /**
   * The ISO 639-1 code of a language tag: "es", "ES", "es-MX" and "es_419" give "es"; "und" and an
   * empty tag give {@link #UNDETERMINED}.
   *
   * @throws IllegalArgumentException if the tag does not start with a two-letter code, quoting it
   */
  public static String code(String tag) {
    String t = tag.strip().toLowerCase(Locale.ROOT);
    if (t.isEmpty() || t.equals(UNDETERMINED)) {
      return UNDETERMINED;
    }
    int end = 0;
    while (end < t.length() && t.charAt(end) >= 'a' && t.charAt(end) <= 'z') {
      end++;
    }
    boolean subtagFollows = end == t.length() || t.charAt(end) == '-' || t.charAt(end) == '_';
    if (end != 2 || !subtagFollows) {
      throw new IllegalArgumentException(
          "not an ISO 639-1 language code (such as \"es\" or \"en-US\"): \"" + tag + "\"");
    }
    return t.substring(0, 2);
  }

  /** True when {@code code} is a language, not {@link #UNDETERMINED}. */
  public static boolean isKnown(String code) {
    return !code.equals(UNDETERMINED);
  }

  /** The English name of a code ("es" → "Spanish"); the code itself when Java knows no name. */
  public static String name(String code) {
    if (!isKnown(code)) {
      return "Undetermined";
    }
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() || name.equals(code) ? code : name;
  }
}
