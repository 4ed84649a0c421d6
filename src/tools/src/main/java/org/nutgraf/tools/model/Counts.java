package org.nutgraf.tools.model;

import java.util.Locale;

/**
 * Counts of a yes-or-no decision against the annotation: true and false positives, false and true
 * negatives.
 */
record Counts(int tp, int fp, int fn, int tn) {
  /** No decisions yet. */
  static final Counts NONE = new Counts(0, 0, 0, 0);

  /** These counts and one more decision: {@code predicted} against {@code gold}. */
  Counts plus(boolean predicted, boolean gold) {
    return new Counts(
        tp + (predicted && gold ? 1 : 0),
        fp + (predicted && !gold ? 1 : 0),
        fn + (!predicted && gold ? 1 : 0),
        tn + (!predicted && !gold ? 1 : 0));
  }

  /** 0 when nothing was predicted positive. */
  double precision() {
    return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
  }

  /** 0 when the annotation has no positive. */
  double recall() {
    return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
  }

  /** 0 when precision and recall are both 0. */
  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The share of right decisions; 0 with no decisions. */
  double accuracy() {
    int all = tp + fp + fn + tn;
    return all == 0 ? 0 : (tp + tn) / (double) all;
  }

  /** "accuracy 0.820, person P 0.710 R 0.370 F1 0.486", for {@code positive} "person". */
  String describe(String positive) {
    return String.format(
        Locale.ROOT,
        "accuracy %.3f, %s P %.3f R %.3f F1 %.3f",
        accuracy(),
        positive,
        precision(),
        recall(),
        f1());
  }
}
