package org.nutgraf.text;

/**
 * The key of a name as the place matcher reads text: the folded words {@link TextScanner} splits it
 * into, joined by one space ("Côte d’Ivoire" → "cote d'ivoire", "Guatemala's" → "guatemala",
 * "Washington, D.C." → "washington d.c."). The gazetteer is keyed by it and the title lexicons are
 * looked up by it, so that a span of text ({@link TokenSequence#foldedJoined}) and a listed name
 * meet on the same string.
 *
 * <p>It differs from {@link NameKey}, the key of people's and sources' names: it keeps inner
 * apostrophes and the periods of abbreviations, which the scanner keeps inside a word ("d'ivoire",
 * "d.c."), and drops a possessive "'s", which the scanner splits off. A key without periods is its
 * own key (the scanner reads a period by the case of the word after it).
 */
public final class TokenKey {
  private TokenKey() {}

  /** The key of {@code name}; empty when it has no word. */
  public static String of(String name) {
    TokenSequence tokens = new TokenSequence();
    TextScanner.scan(name, tokens);
    return tokens.foldedJoined(0, tokens.size());
  }
}
