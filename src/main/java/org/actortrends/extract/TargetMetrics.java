package org.actortrends.extract;

import java.util.Locale;

/**
 * Accuracy and macro-F1 over the classes negative, neutral, positive, per target, as NewsMTSC is measured. A score
 * is positive above {@link #THRESHOLD}, negative below its negation, neutral in between (as the tables count
 * mentions).
 */
public final class TargetMetrics {
  public static final double THRESHOLD = 0.05;

  private final int[][] confusion = new int[3][3];
  private int n;

  /** The class of a score: {@link TargetModel#NEGATIVE}, {@link TargetModel#NEUTRAL} or {@link TargetModel#POSITIVE}. */
  public static int classOf(double score) {
    if (score > THRESHOLD) {
      return TargetModel.POSITIVE;
    }
    return score < -THRESHOLD ? TargetModel.NEGATIVE : TargetModel.NEUTRAL;
  }

  public void add(int truth, int predicted) {
    confusion[truth][predicted]++;
    n++;
  }

  public void addScore(int truth, double score) {
    add(truth, classOf(score));
  }

  public int count() {
    return n;
  }

  public double accuracy() {
    return n == 0 ? 0 : (double) (confusion[0][0] + confusion[1][1] + confusion[2][2]) / n;
  }

  /** The unweighted mean of the three classes' F1 (a class never seen nor predicted has F1 0). */
  public double macroF1() {
    return (f1(0) + f1(1) + f1(2)) / 3;
  }

  /** {@code confusion()[truth][predicted]}, a copy. */
  public int[][] confusion() {
    return new int[][] {confusion[0].clone(), confusion[1].clone(), confusion[2].clone()};
  }

  /** F1 of one class. */
  public double f1(int c) {
    int actual = confusion[c][0] + confusion[c][1] + confusion[c][2];
    int predicted = confusion[0][c] + confusion[1][c] + confusion[2][c];
    return actual + predicted == 0 ? 0 : 2.0 * confusion[c][c] / (actual + predicted);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "n=%d accuracy=%.3f macro-F1=%.3f (F1 negative %.3f, neutral %.3f, positive %.3f)",
        n, accuracy(), macroF1(), f1(0), f1(1), f1(2));
  }
}
