package org.nutgraf.query;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.charstream.FastCharStream;
import org.apache.lucene.queryparser.flexible.core.nodes.AndQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.BooleanQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.FieldQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.FuzzyQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.GroupQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.ModifierQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.OrQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.QueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.QuotedFieldQueryNode;
import org.apache.lucene.queryparser.flexible.standard.nodes.TermRangeQueryNode;
import org.apache.lucene.queryparser.flexible.standard.parser.ParseException;
import org.apache.lucene.queryparser.flexible.standard.parser.StandardSyntaxParser;
import org.apache.lucene.queryparser.flexible.standard.parser.Token;
import org.apache.lucene.queryparser.flexible.standard.parser.TokenMgrError;
import org.nutgraf.article.PublishedDate;

/**
 * Parses the query syntax, on Lucene's standard query syntax parser:
 *
 * <pre>
 * caravan AND country:Honduras actor:"Mike Pence" published:[2018-10-01 TO 2018-10-31] -source:Reuters
 * </pre>
 *
 * <ul>
 *   <li>Bare words next to each other form one ranked any-of-the-words clause; {@code +word}
 *       requires a word, {@code -word} excludes it, {@code "a phrase"} matches a phrase.
 *   <li>Fields: {@code headline:}, {@code country:}, {@code actor:}, {@code source:}, {@code
 *       place:}, {@code language:} (an ISO 639-1 code), {@code article:}, {@code published:} (a
 *       day, or a range of days or quoted date-times, {@code *} for an open end).
 *   <li>Clauses side by side must all match (AND); {@code OR}, {@code NOT}, {@code -} and
 *       parentheses combine them.
 * </ul>
 *
 * The result equals what the builder makes for the same conditions: {@code country:Honduras
 * caravan} gives the same criteria as {@code builder().anyCountry("Honduras").text("caravan")}.
 */
public final class QueryStringParser {
  private static final Set<String> FIELDS =
      Set.of(
          "text",
          "headline",
          "country",
          "actor",
          "source",
          "place",
          "language",
          "article",
          "published");

  private QueryStringParser() {}

  /**
   * Parses {@code query} within {@link QueryLimits#DEFAULTS}; a blank query matches everything.
   *
   * @throws QuerySyntaxException with the 0-based position of the problem, or naming the bound the
   *     query is over
   */
  public static Criterion parse(String query) {
    return parse(query, QueryLimits.DEFAULTS);
  }

  /**
   * Parses {@code query} within {@code limits}. Wildcards ({@code cara*}, {@code *avan}, {@code
   * ca?avan}), fuzzy words ({@code caravan~2}), regular expressions, boosts and slop are refused,
   * never read as plain words.
   *
   * @throws QuerySyntaxException with the 0-based position of the problem, or naming the bound the
   *     query is over
   */
  public static Criterion parse(String query, QueryLimits limits) {
    if (query == null || query.isBlank()) {
      return Criteria.all();
    }
    QueryPrescan.check(query, limits);
    QueryNode root;
    try {
      root =
          new StandardSyntaxParser(new FastCharStream(new StringReader(query)))
              .TopLevelQuery("text");
    } catch (ParseException e) {
      Token bad = e.currentToken == null ? null : e.currentToken.next;
      boolean end = bad == null || bad.kind == 0;
      int column = end ? query.length() : Math.max(0, Math.min(bad.beginColumn, query.length()));
      String what = end ? "unexpected end of query" : "unexpected \"" + bad.image + "\"";
      throw new QuerySyntaxException("query syntax error: " + what, column);
    } catch (TokenMgrError e) {
      throw lexicalError(e, query);
    }
    Criterion where = convert(root, query, limits);
    limits.check(where);
    return where;
  }

  /** A lexical error at the column the parser reports (1-based, past the end at end of input). */
  private static QuerySyntaxException lexicalError(TokenMgrError e, String query) {
    Matcher m = Pattern.compile("column (\\d+)").matcher(String.valueOf(e.getMessage()));
    int column = m.find() ? Integer.parseInt(m.group(1)) - 1 : 0;
    if (column >= query.length()) {
      return new QuerySyntaxException(
          "query syntax error: unexpected end of query", query.length());
    }
    int at = Math.max(0, column);
    return new QuerySyntaxException(
        "query syntax error: unexpected character '" + query.charAt(at) + "'", at);
  }

  private static Criterion convert(QueryNode node, String query, QueryLimits limits) {
    if (node instanceof GroupQueryNode g) {
      return convert(g.getChild(), query, limits);
    }
    if (node instanceof OrQueryNode or) {
      List<Criterion> any = new ArrayList<>();
      for (QueryNode child : or.getChildren()) {
        any.add(convert(child, query, limits));
      }
      return any.size() == 1 ? any.get(0) : new Criterion.Or(any);
    }
    if (node instanceof AndQueryNode || node instanceof BooleanQueryNode) {
      return and(node.getChildren(), query, limits);
    }
    if (node instanceof ModifierQueryNode m) {
      Criterion inner = convert(m.getChild(), query, limits);
      return switch (m.getModifier()) {
        case MOD_NOT -> negate(inner);
        case MOD_REQ -> require(inner);
        default -> inner;
      };
    }
    if (node instanceof TermRangeQueryNode range) {
      return range(range, query);
    }
    if (node instanceof FieldQueryNode f) {
      return field(f, node instanceof QuotedFieldQueryNode, query, limits);
    }
    throw new QuerySyntaxException(
        "query syntax error: unsupported construct "
            + node.getClass().getSimpleName().replace("QueryNode", "").toLowerCase(Locale.ROOT),
        position(node, query));
  }

  /** Side-by-side clauses: bare words merge into one ranked clause, the rest are ANDed. */
  private static Criterion and(List<QueryNode> children, String query, QueryLimits limits) {
    List<Criterion> all = new ArrayList<>();
    StringBuilder words = new StringBuilder();
    int wordsAt = -1;
    List<Criterion> flat = new ArrayList<>();
    for (QueryNode child : children) {
      Criterion c = convert(child, query, limits);
      if (c instanceof Criterion.And inner) {
        flat.addAll(inner.all());
      } else {
        flat.add(c);
      }
    }
    for (Criterion c : flat) {
      if (c instanceof Criterion.Words w
          && w.mode() == Criterion.WordMode.ANY
          && w.field() == Criterion.TextField.TEXT) {
        if (wordsAt < 0) {
          wordsAt = all.size();
          all.add(c);
        }
        words.append(words.isEmpty() ? "" : " ").append(w.text());
        all.set(wordsAt, Criteria.text(words.toString()));
      } else {
        all.add(c);
      }
    }
    return all.size() == 1 ? all.get(0) : new Criterion.And(all);
  }

  private static Criterion negate(Criterion c) {
    if (c instanceof Criterion.Words w && w.mode() != Criterion.WordMode.PHRASE) {
      return new Criterion.Words(w.text(), Criterion.WordMode.NONE, w.field());
    }
    if (c instanceof Criterion.Countries x && x.mode() == Criterion.SetMode.ANY_OF) {
      return new Criterion.Countries(x.values(), Criterion.SetMode.NONE_OF);
    }
    if (c instanceof Criterion.Actors x && x.mode() == Criterion.SetMode.ANY_OF) {
      return new Criterion.Actors(x.values(), Criterion.SetMode.NONE_OF);
    }
    if (c instanceof Criterion.Sources x && x.mode() == Criterion.SetMode.ANY_OF) {
      return new Criterion.Sources(x.values(), Criterion.SetMode.NONE_OF);
    }
    if (c instanceof Criterion.Languages x && x.mode() == Criterion.SetMode.ANY_OF) {
      return new Criterion.Languages(x.values(), Criterion.SetMode.NONE_OF);
    }
    return new Criterion.Not(c);
  }

  private static Criterion require(Criterion c) {
    if (c instanceof Criterion.Words w && w.mode() == Criterion.WordMode.ANY) {
      return new Criterion.Words(w.text(), Criterion.WordMode.ALL, w.field());
    }
    return c;
  }

  private static Criterion field(
      FieldQueryNode f, boolean quoted, String query, QueryLimits limits) {
    String field = f.getFieldAsString().toLowerCase(Locale.ROOT);
    String text = f.getTextAsString();
    if (f instanceof FuzzyQueryNode) {
      throw new QuerySyntaxException(
          "query syntax error: fuzzy search (\""
              + text
              + "~\") is not supported; search for the word as written",
          f.getBegin());
    }
    if (!quoted && hasWildcard(query, f)) {
      throw new QuerySyntaxException(
          "query syntax error: wildcard and prefix search (\""
              + query.substring(f.getBegin(), f.getEnd())
              + "\") is not supported; search for whole words, or escape the character (\\*)",
          f.getBegin());
    }
    if (quoted && QueryLimits.words(text).length > limits.maxPhraseWords()) {
      throw new QuerySyntaxException(
          limits.tooLongPhrase(QueryLimits.words(text).length), Math.max(0, f.getBegin() - 1));
    }
    if (!FIELDS.contains(field)) {
      throw new QuerySyntaxException(
          "unknown field \""
              + f.getFieldAsString()
              + "\" (known: "
              + String.join(", ", FIELDS.stream().sorted().toList())
              + ")",
          position(f, query));
    }
    if (text.isBlank()) {
      throw new QuerySyntaxException("empty value for " + field, position(f, query));
    }
    return switch (field) {
      case "text" -> quoted ? Criteria.phrase(text) : Criteria.text(text);
      case "headline" ->
          new Criterion.Words(
              text,
              quoted ? Criterion.WordMode.PHRASE : Criterion.WordMode.ALL,
              Criterion.TextField.HEADLINE);
      case "country" -> Criteria.anyCountry(text);
      case "actor" -> Criteria.anyActor(text);
      case "source" -> Criteria.source(text);
      case "place" -> Criteria.anyPlace(text);
      case "language" -> language(text, f, query);
      case "article" -> Criteria.article(text);
      case "published" -> day(text, f, query);
      default -> throw new IllegalStateException(field);
    };
  }

  private static Criterion language(String text, FieldQueryNode f, String query) {
    try {
      return Criteria.language(text);
    } catch (IllegalArgumentException e) {
      throw new QuerySyntaxException("language: " + e.getMessage(), position(f, query));
    }
  }

  private static Criterion day(String text, FieldQueryNode f, String query) {
    try {
      LocalDate d = LocalDate.parse(text);
      return Criteria.published(d, d);
    } catch (RuntimeException e) {
      throw new QuerySyntaxException(
          "published: not a date \"" + text + "\" (expected 2018-10-15)", position(f, query));
    }
  }

  private static Criterion range(TermRangeQueryNode range, String query) {
    FieldQueryNode lower = range.getLowerBound();
    FieldQueryNode upper = range.getUpperBound();
    String field = lower.getFieldAsString().toLowerCase(Locale.ROOT);
    if (!field.equals("published")) {
      throw new QuerySyntaxException(
          "ranges are only supported on published, not on \"" + field + "\"",
          position(lower, query));
    }
    Optional<Instant> from = bound(lower, range.isLowerInclusive(), false, query);
    Optional<Instant> to = bound(upper, range.isUpperInclusive(), true, query);
    try {
      return new Criterion.Published(from, to);
    } catch (IllegalArgumentException e) {
      throw new QuerySyntaxException(
          "published: from \""
              + lower.getTextAsString().strip()
              + "\" is after to \""
              + upper.getTextAsString().strip()
              + "\"",
          position(lower, query));
    }
  }

  /** A range end: a day covers the whole day when inclusive; "*" is open. */
  private static Optional<Instant> bound(
      FieldQueryNode node, boolean inclusive, boolean upper, String query) {
    String text = node.getTextAsString().strip();
    if (text.isEmpty() || text.equals("*")) {
      return Optional.empty();
    }
    try {
      if (text.length() == 10) {
        LocalDate d = LocalDate.parse(text);
        boolean nextDay = upper == inclusive;
        return Optional.of((nextDay ? d.plusDays(1) : d).atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      Instant t = PublishedDate.parse(text);
      return Optional.of(
          upper && inclusive ? t.plusMillis(1) : inclusive || upper ? t : t.plusMillis(1));
    } catch (RuntimeException e) {
      throw new QuerySyntaxException(
          "published: not a date \"" + text + "\" (expected 2018-10-15 or a quoted date-time)",
          position(node, query));
    }
  }

  /** Whether the term as written holds an unescaped '*' or '?'. */
  private static boolean hasWildcard(String query, FieldQueryNode f) {
    int end = Math.min(f.getEnd(), query.length());
    for (int i = Math.max(0, f.getBegin()); i < end; i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '*' || c == '?') {
        return true;
      }
    }
    return false;
  }

  /** Where a node starts in the query: its field name, else its first term. */
  private static int position(QueryNode node, String query) {
    if (node instanceof FieldQueryNode f && f.getBegin() >= 0) {
      String name = f.getFieldAsString() + ":";
      int at = f.getBegin() - name.length();
      boolean named = at >= 0 && query.regionMatches(true, at, name, 0, name.length());
      return Math.min(named ? at : f.getBegin(), query.length());
    }
    for (QueryNode child : node.getChildren() == null ? List.<QueryNode>of() : node.getChildren()) {
      int at = position(child, query);
      if (at > 0 || child instanceof FieldQueryNode) {
        return at;
      }
    }
    return 0;
  }
}
