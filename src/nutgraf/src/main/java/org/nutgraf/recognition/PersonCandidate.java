package org.nutgraf.recognition;

import org.nutgraf.text.TokenSequence;

/** A capitalised name span that may be a person, with the evidence collected for it. */
final class PersonCandidate {
  final int from;
  final int to;

  /** Tokens that carry the name (not particles or initials). */
  final int nameTokens;

  int score;
  final StringBuilder evidence = new StringBuilder();
  String title = "";
  TitleSpan titleSpan;
  String affiliation = "";
  boolean accepted;

  /** True when the span came from a title-case line, where its end is uncertain. */
  boolean titleCase;

  /**
   * The whole name when it is split between two texts ("William M." | "Daley"), else empty; with
   * {@link #joinedWords} its folded words.
   */
  String joined = "";

  String[] joinedWords;

  PersonCandidate(int from, int to, int nameTokens) {
    this.from = from;
    this.to = to;
    this.nameTokens = nameTokens;
  }

  /** True when the title before the name is a form of address ("Mr.", "Sheikh"). */
  boolean honorific() {
    return titleSpan != null && titleSpan.kind() == Lexicons.TitleKind.HONORIFIC;
  }

  /** Takes the title written before {@code o}'s name, with its span and affiliation. */
  void copyTitleFrom(PersonCandidate o) {
    title = o.title;
    titleSpan = o.titleSpan;
    affiliation = o.affiliation;
  }

  /** When false, evidence is not written down, only scored (indexing needs no explanations). */
  boolean explain = true;

  void add(int points, String why) {
    score += points;
    if (explain) {
      if (!evidence.isEmpty()) {
        evidence.append(", ");
      }
      evidence.append(why);
    }
  }

  /** Adds evidence "label 'word'" quoting token {@code i} of {@code t}. */
  void add(int points, String label, TokenSequence t, int i) {
    score += points;
    if (explain) {
      if (!evidence.isEmpty()) {
        evidence.append(", ");
      }
      evidence.append(label).append(" '").append(t.text(i)).append('\'');
    }
  }

  /** A title written before a name. */
  record TitleSpan(int from, int to, Lexicons.TitleKind kind) {}
}
