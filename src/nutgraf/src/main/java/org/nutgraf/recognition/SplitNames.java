package org.nutgraf.recognition;

import java.util.List;
import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenSequence;

/**
 * Joins a person's name that a sentence splitter cut in two between texts ("… the presiding judge,
 * Rosemary M." then "Collyer said …"): both halves become one candidate each, carrying the whole
 * name. Immutable and thread-safe.
 */
final class SplitNames {
  private final Lexicons lexicons;
  private final KnownNames known;
  private final boolean explain;

  SplitNames(Lexicons lexicons, KnownNames known, boolean explain) {
    this.lexicons = lexicons;
    this.known = known;
    this.explain = explain;
  }

  /**
   * "… said the presiding judge, Rosemary M." then "Collyer said …": a sentence splitter that takes
   * a middle initial for the end of a sentence cuts a name in two. When a text ends in a given name
   * and initials and the next opens with a capitalised word that may be a surname, both halves name
   * one person, in full, in both texts.
   */
  void join(
      List<TokenSequence> texts,
      List<List<PlaceCandidate>> places,
      List<List<PersonCandidate>> all) {
    for (int p = 0; p + 1 < texts.size(); p++) {
      TokenSequence a = texts.get(p);
      TokenSequence b = texts.get(p + 1);
      int n = a.size();
      if (n < 2 || b.size() == 0 || !a.is(n - 1, TokenFlags.INITIAL)) {
        continue;
      }
      int initials = n - 1;
      while (initials > 0
          && a.is(initials - 1, TokenFlags.INITIAL)
          && !a.is(initials, TokenFlags.PUNCT_BEFORE)) {
        initials--;
      }
      int from = initials;
      while (from > 0
          && initials - from < 2
          && !a.is(from, TokenFlags.PUNCT_BEFORE)
          && a.is(from - 1, TokenFlags.CAPITALIZED)
          && !a.is(from - 1, TokenFlags.ALL_CAPS)
          && Lexicons.in(lexicons.givenNames, a, from - 1)) {
        from--;
      }
      int surnameEnd = splitSurnameEnd(b, places.get(p + 1));
      if (from == initials || surnameEnd == 0) {
        continue;
      }
      String name = a.text(from, n) + " " + b.text(0, surnameEnd);
      String[] words = new String[n - from + surnameEnd];
      for (int k = from; k < n; k++) {
        words[k - from] = a.folded(k);
      }
      for (int k = 0; k < surnameEnd; k++) {
        words[n - from + k] = b.folded(k);
      }
      int nameTokens = initials - from + 1;
      PersonCandidate head = new PersonCandidate(from, n, nameTokens);
      PersonCandidate tail = new PersonCandidate(0, surnameEnd, nameTokens);
      for (PersonCandidate c : List.of(head, tail)) {
        c.explain = explain;
        c.joined = singleSpaced(name);
        c.joinedWords = words;
        c.add(
            PersonFeatures.SPLIT_NAME,
            EntityRecognizer.ACCEPT,
            "a name split between two texts, '" + c.joined + "'");
      }
      replace(all.get(p), head);
      replace(all.get(p + 1), tail);
    }
  }

  /**
   * The end of a surname that opens {@code b} ("Daley, a former…", "Biden Jr. said"), or 0 when its
   * first word cannot be one.
   */
  private int splitSurnameEnd(TokenSequence b, List<PlaceCandidate> places) {
    int f = b.flags(0);
    if ((f & TokenFlags.CAPITALIZED) == 0
        || (f & (TokenFlags.ALL_CAPS | TokenFlags.DIGIT | TokenFlags.HANDLE | TokenFlags.INITIAL))
            != 0) {
      return 0;
    }
    boolean plainWord =
        (lexicons.classify(b, 0)
                & (Lexicons.COMMON | Lexicons.ORG | Lexicons.NOT_PERSON | Lexicons.TITLE_START))
            != 0;
    if (plainWord && !known.isKnownSurname(b.folded(0))) {
      return 0;
    }
    for (PlaceCandidate c : places) {
      if (c.from == 0 && c.isStrong()) {
        return 0;
      }
    }
    if (b.size() > 1 && !b.is(1, TokenFlags.PUNCT_BEFORE) && b.is(1, TokenFlags.CAPITALIZED)) {
      return PersonMatcher.isSuffix(b, 1) ? 2 : 0; // "Daley Plaza" is no surname alone
    }
    return 1;
  }

  /** Puts {@code c} in place of the candidates it overlaps. */
  private static void replace(List<PersonCandidate> list, PersonCandidate c) {
    int at = list.size();
    for (int k = list.size() - 1; k >= 0; k--) {
      PersonCandidate o = list.get(k);
      if (o.from < c.to && o.to > c.from) {
        if (o.from == c.from && o.titleSpan != null) {
          c.copyTitleFrom(o);
        }
        list.remove(k);
        at = k;
      } else if (o.from >= c.to) {
        at = k;
      }
    }
    list.add(at, c);
  }

  /** Single spaces between words, as written otherwise. */
  static String singleSpaced(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c > ' ' && c < 0x7f) {
        continue; // printable ASCII: no space (most of a name)
      }
      if (Character.isWhitespace(c)
          && (c != ' ' || (i + 1 < name.length() && Character.isWhitespace(name.charAt(i + 1))))) {
        return String.join(" ", name.split("\\s+"));
      }
    }
    return name;
  }
}
