package org.nutgraf.recognition;

import java.util.Arrays;
import org.nutgraf.text.TokenSequence;

/** A capitalised name span that may be a person, with the evidence collected for it. */
final class PersonCandidate {
  final int from;
  final int to;

  /** Tokens that carry the name (not particles or initials). */
  final int nameTokens;

  int score;

  /** What the evidence points were for, once one is written down ({@link #explain}); else null. */
  private StringBuilder evidence;

  String title = "";
  TitleSpan titleSpan;
  String affiliation = "";
  boolean accepted;

  /** Accepted on the model's word alone, with less evidence than the hand-set rule asks for. */
  boolean borderline;

  /** True when the span came from a title-case line, where its end is uncertain. */
  boolean titleCase;

  /**
   * The whole name when it is split between two texts ("William M." | "Daley"), else empty; with
   * {@link #joinedWords} its folded words.
   */
  String joined = "";

  String[] joinedWords;

  /** Its name's folded words without a generational suffix, once asked for; never changed. */
  String[] words;

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

  /**
   * The features found for it ({@link PersonFeatures}), in the order found; may repeat. Room for as
   * many as a candidate with its shape noted usually has.
   */
  int[] features = new int[16];

  int featureCount;

  /**
   * With {@link #explain}, what each feature quoted ("given name 'Rosa'"); null until a feature is
   * noted with {@link #explain} on, so that recognition without explanations makes no array for it.
   * Read it with {@link #label}.
   */
  private String[] featureLabels;

  /** Whether its shape and neighbour features were noted, so that the model can weigh it. */
  boolean shaped;

  /** The sum of its features' weights, once decided (0 when no model decided it). */
  double modelScore;

  /** What the model made of it, with {@link #explain}; else empty. */
  String decision = "";

  /** Whether feature {@code f} has been noted. */
  boolean has(int f) {
    for (int k = 0; k < featureCount; k++) {
      if (features[k] == f) {
        return true;
      }
    }
    return false;
  }

  /** Notes feature {@code f}; {@code label} says what it saw, for explanations. */
  void feature(int f, String label) {
    if (featureCount == features.length) {
      features = Arrays.copyOf(features, featureCount * 2);
    }
    if (explain) {
      if (featureLabels == null || featureLabels.length < features.length) {
        featureLabels =
            featureLabels == null
                ? new String[features.length]
                : Arrays.copyOf(featureLabels, features.length);
      }
      featureLabels[featureCount] = label;
    }
    features[featureCount] = f;
    featureCount++;
  }

  /** What feature {@code k} quoted, when noted with {@link #explain} on; else empty. */
  String label(int k) {
    String label = featureLabels == null || k >= featureLabels.length ? null : featureLabels[k];
    return label == null ? "" : label;
  }

  /** Adds {@code points} of evidence, as feature {@code f}, said as {@code why}. */
  void add(int f, int points, String why) {
    score += points;
    feature(f, why);
    if (explain) {
      if (evidence == null) {
        evidence = new StringBuilder();
      }
      if (!evidence.isEmpty()) {
        evidence.append(", ");
      }
      evidence.append(why);
    }
  }

  /**
   * What its evidence points were for ("title 'Mr.', given name 'Ana'"); empty when unexplained.
   */
  String evidence() {
    return evidence == null ? "" : evidence.toString();
  }

  /** Adds evidence "label 'word'" quoting token {@code i} of {@code t}, as feature {@code f}. */
  void add(int f, int points, String label, TokenSequence t, int i) {
    add(f, points, explain ? label + " '" + t.text(i) + "'" : "");
  }

  /** A title written before a name. */
  record TitleSpan(int from, int to, Lexicons.TitleKind kind) {}
}
