package org.nutgraf.query;

import java.util.Locale;

/**
 * Lexical checks made before Lucene's query syntax parser runs: the query's length, how deep its
 * parentheses nest (the parser recurses once per level), and constructs it would report at a wrong
 * position (an open quote, a trailing escape, a slash, which opens a regular expression).
 */
final class QueryPrescan {
  private QueryPrescan() {}

  /**
   * @throws QuerySyntaxException naming the bound or the construct, at its position
   */
  static void check(String query, QueryLimits limits) {
    if (query.length() > limits.maxLength()) {
      throw new QuerySyntaxException(
          String.format(
              Locale.ROOT,
              "query is %,d characters long; the limit is %,d (QueryLimits.maxLength)",
              query.length(),
              limits.maxLength()),
          limits.maxLength());
    }
    int depth = 0;
    int quoteAt = -1;
    boolean inRange = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        if (i + 1 == query.length()) {
          throw new QuerySyntaxException("query syntax error: escape character at the end", i);
        }
        i++;
      } else if (quoteAt >= 0) {
        if (c == '"') {
          quoteAt = -1;
        }
      } else if (c == '"') {
        quoteAt = i;
      } else if (inRange) {
        inRange = c != ']' && c != '}';
      } else if (c == '[' || c == '{') {
        inRange = true;
      } else if (c == '(') {
        if (++depth > limits.maxDepth()) {
          throw new QuerySyntaxException(
              "query nests parentheses deeper than "
                  + limits.maxDepth()
                  + " levels (QueryLimits.maxDepth)",
              i);
        }
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (c == '/') {
        throw new QuerySyntaxException(
            "query syntax error: '/' starts a regular expression, which is not supported; quote"
                + " the value (place:\"HN/San Pedro Sula\") or escape the slash (\\/)",
            i);
      }
    }
    if (quoteAt >= 0) {
      throw new QuerySyntaxException("query syntax error: unterminated quote", quoteAt);
    }
  }
}
