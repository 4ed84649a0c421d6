package org.nutgraf.cli;

/**
 * Escapes control characters in values before they reach a terminal, so that an id or a text cannot
 * end a line, clear the screen or recolour it: a line feed prints as backslash-n, an escape
 * character (U+001B) as backslash-u001b, and so on; other characters, backslashes included, print
 * as they are. JSON output does not use this: Jackson escapes control characters itself.
 */
final class Printable {
  private Printable() {}

  /** {@code value} with C0 and C1 controls, DEL, line separators and bidi controls escaped. */
  static String of(String value) {
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean escape = needsEscape(c);
      if (escape && out == null) {
        out = new StringBuilder(value.length() + 16).append(value, 0, i);
      }
      if (out == null) {
        continue;
      }
      if (!escape) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        String hex = Integer.toHexString(c);
        out.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
      }
    }
    return out == null ? value : out.toString();
  }

  private static boolean needsEscape(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
