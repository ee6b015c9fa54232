package org.bilateral.eval;

/**
 * Precision, recall and F1 with score.py's conventions: nothing predicted is precision 1, nothing
 * to find is recall 1, and F1 is 0 when both are 0.
 */
public record Prf(double p, double r, double f1) {
  public static Prf of(int tp, int fp, int fn) {
    double p = tp + fp > 0 ? (double) tp / (tp + fp) : 1.0;
    double r = tp + fn > 0 ? (double) tp / (tp + fn) : 1.0;
    // the same order of operations as Python's 2 * p * r / (p + r), so the doubles are identical
    double f = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
    return new Prf(p, r, f);
  }
}
