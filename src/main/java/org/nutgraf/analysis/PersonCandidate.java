package org.nutgraf.analysis;

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
  boolean honorific;
  boolean accepted;

  /** True when the span came from a title-case line, where its end is uncertain. */
  boolean titleCase;

  PersonCandidate(int from, int to, int nameTokens) {
    this.from = from;
    this.to = to;
    this.nameTokens = nameTokens;
  }

  void add(int points, String why) {
    score += points;
    if (!evidence.isEmpty()) {
      evidence.append(", ");
    }
    evidence.append(why);
  }

  /** A title written before a name. */
  record TitleSpan(int from, int to, Lexicons.TitleKind kind) {}
}
