package org.nutgraf.query;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Bounds on the size of a query, so that any query string or built query costs bounded time and
 * stack. A query over a bound is refused with a {@link QuerySyntaxException} that names it.
 *
 * @param maxLength characters in a query string; defaults to 10,000
 * @param maxDepth levels of nested parentheses; defaults to 32, at most {@link #MAX_NESTING}
 * @param maxClauses conditions in the whole query, where each distinct word (ignoring case), each
 *     value of a field and each and/or/not counts one; defaults to 1,024, Lucene's own limit
 * @param maxPhraseWords words in one quoted phrase; defaults to 32
 */
public record QueryLimits(int maxLength, int maxDepth, int maxClauses, int maxPhraseWords) {
  /** The defaults above. */
  public static final QueryLimits DEFAULTS = new QueryLimits(10_000, 32, 1_024, 32);

  /**
   * How deep and/or/not may nest in any query, parsed or built ({@code NewsQuery.Builder.build()}
   * checks it): 256 levels, far below what would exhaust a thread's stack.
   */
  public static final int MAX_NESTING = 256;

  /**
   * Checks the bounds.
   *
   * @throws IllegalArgumentException if a bound is below 1, or maxDepth above {@link #MAX_NESTING}
   */
  public QueryLimits {
    positive(maxLength, "maxLength");
    positive(maxDepth, "maxDepth");
    if (maxDepth > MAX_NESTING) {
      throw new IllegalArgumentException(
          "maxDepth: must be <= " + MAX_NESTING + ", was " + maxDepth);
    }
    positive(maxClauses, "maxClauses");
    positive(maxPhraseWords, "maxPhraseWords");
  }

  private static void positive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + ": must be >= 1, was " + value);
    }
  }

  /**
   * Checks that and/or/not nest no deeper than {@code maxDepth} levels, without recursion.
   *
   * @throws QuerySyntaxException if they do
   */
  static void checkNesting(Criterion where, int maxDepth) {
    new QueryLimits(1, maxDepth, Integer.MAX_VALUE, Integer.MAX_VALUE).walk(where, false);
  }

  /**
   * Checks the nesting depth, the clause count and the phrase lengths of a condition tree, without
   * recursion.
   *
   * @throws QuerySyntaxException naming the bound it is over
   */
  public void check(Criterion where) {
    walk(where, true);
  }

  private void walk(Criterion where, boolean count) {
    Deque<Criterion> todo = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    todo.push(where);
    depths.push(0);
    long clauses = 0;
    while (!todo.isEmpty()) {
      Criterion c = todo.pop();
      int depth = depths.pop();
      if (depth > maxDepth) {
        throw QuerySyntaxException.whole(
            "query nests conditions deeper than " + maxDepth + " levels (QueryLimits.maxDepth)");
      }
      clauses += count ? clauses(c) : 0;
      if (clauses > maxClauses) {
        throw QuerySyntaxException.whole(
            "query has more than "
                + String.format(Locale.ROOT, "%,d", maxClauses)
                + " clauses (QueryLimits.maxClauses; repeated words count once)");
      }
      for (Criterion child : children(c)) {
        todo.push(child);
        depths.push(depth + 1);
      }
    }
  }

  private long clauses(Criterion c) {
    return switch (c) {
      case Criterion.Words w -> {
        if (w.mode() == Criterion.WordMode.PHRASE) {
          int words = words(w.text()).length;
          if (words > maxPhraseWords) {
            throw QuerySyntaxException.whole(tooLongPhrase(words));
          }
          yield 1;
        }
        yield distinctWords(w.text());
      }
      case Criterion.Countries x -> x.values().size();
      case Criterion.Actors x -> x.values().size();
      case Criterion.Sources x -> x.values().size();
      case Criterion.Places x -> x.values().size();
      case Criterion.Articles x -> x.ids().size();
      default -> 1;
    };
  }

  private static List<Criterion> children(Criterion c) {
    return switch (c) {
      case Criterion.And a -> a.all();
      case Criterion.Or o -> o.any();
      case Criterion.Not n -> List.of(n.criterion());
      default -> List.of();
    };
  }

  /** "a phrase of 40 words; the limit is 32 words (QueryLimits.maxPhraseWords)". */
  String tooLongPhrase(int words) {
    return "a phrase of "
        + words
        + " words; the limit is "
        + maxPhraseWords
        + " words (QueryLimits.maxPhraseWords)";
  }

  static String[] words(String text) {
    String s = text.strip();
    return s.isEmpty() ? new String[0] : s.split("\\s+");
  }

  private static int distinctWords(String text) {
    Set<String> distinct = new HashSet<>();
    for (String w : words(text)) {
      distinct.add(w.toLowerCase(Locale.ROOT));
    }
    return distinct.size();
  }
}
