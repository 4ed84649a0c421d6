package org.nutgraf.recognition;

import java.util.List;
import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenSequence;

/**
 * "aides Tomas Ferrer and Ines Laval", "painters Ada Brill, Oren Kask and Lise Moor": names joined
 * by "and", "or" or the commas of such a list (a name's title may stand between: "Ada Brill and
 * Senator Lise Moor") name things of one kind, so a span with only weak evidence in a list beside a
 * well-evidenced person's name is a person too. A comma alone joins nothing (a name and a company
 * after it: "Ada Brill, Goldman Sachs"); a list needs its "and" or "or".
 */
final class NameLists {
  private NameLists() {}

  /** How two neighbouring candidates are joined. */
  private enum Link {
    NONE,
    COMMA,
    AND
  }

  /**
   * Adds a point of evidence to each candidate of {@code list} (the candidates of {@code t}, in
   * text order; they may overlap) with one point, in a list of names that holds a person with
   * {@value EntityRecognizer#ACCEPT} points or more.
   */
  static void addListEvidence(TokenSequence t, List<PersonCandidate> list, Work work) {
    int n = list.size();
    if (n < 2) {
      return;
    }
    int[] root = new int[n];
    boolean[] hasAnd = new boolean[n];
    for (int b = 0; b < n; b++) {
      root[b] = b;
      PersonCandidate cb = list.get(b);
      // a candidate that ends where b's link starts opens at most MAX_NAME_TOKENS before it
      for (int a = b - 1; a >= 0; a--) {
        work.add(1);
        PersonCandidate ca = list.get(a);
        if (ca.from < cb.from - PersonMatcher.MAX_NAME_TOKENS - 2) {
          break;
        }
        Link link = link(t, ca, cb);
        if (link != Link.NONE) {
          int ra = find(root, a);
          int rb = find(root, b);
          root[rb] = ra;
          hasAnd[ra] |= hasAnd[rb] || link == Link.AND;
        }
      }
    }
    boolean[] strong = new boolean[n];
    for (int k = 0; k < n; k++) {
      PersonCandidate c = list.get(k);
      int r = find(root, k);
      strong[r] |= hasAnd[r] && c.score >= EntityRecognizer.ACCEPT && !c.titleCase;
    }
    for (int k = 0; k < n; k++) {
      PersonCandidate c = list.get(k);
      if (strong[find(root, k)] && c.score == 1 && !c.titleCase) {
        c.add(PersonFeatures.IN_A_LIST, 1, "in a list of names with a person");
      }
    }
  }

  private static int find(int[] root, int k) {
    while (root[k] != k) {
      root[k] = root[root[k]];
      k = root[k];
    }
    return k;
  }

  /** How {@code b} joins {@code a} before it: "A, B", "A and B", "A, and B", or not at all. */
  private static Link link(TokenSequence t, PersonCandidate a, PersonCandidate b) {
    if (a.joinedWords != null || b.joinedWords != null || a.to > b.from) {
      return Link.NONE;
    }
    // the second name's title stands inside the list: "Ada Brill and President Oren Kask"
    int from = b.titleSpan != null && b.titleSpan.to() == b.from ? b.titleSpan.from() : b.from;
    if (from < a.to) {
      return Link.NONE;
    }
    if (from == a.to) {
      return t.is(from, TokenFlags.COMMA_BEFORE) ? Link.COMMA : Link.NONE;
    }
    int and = a.to;
    if (from != and + 1 || t.is(from, TokenFlags.PUNCT_BEFORE)) {
      return Link.NONE;
    }
    boolean conjunction =
        t.is(and, TokenFlags.LOWER) && (t.foldedEquals(and, "and") || t.foldedEquals(and, "or"));
    boolean joined = !t.is(and, TokenFlags.PUNCT_BEFORE) || t.is(and, TokenFlags.COMMA_BEFORE);
    return conjunction && joined ? Link.AND : Link.NONE;
  }
}
