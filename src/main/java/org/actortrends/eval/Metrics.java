package org.actortrends.eval;

/**
 * The figures of the {@code eval} command: Pearson correlation and three-class confusion matrices with accuracy,
 * F1 weighted by support and macro-F1. Classes are {@link #NEGATIVE}, {@link #NEUTRAL}, {@link #POSITIVE}.
 */
public final class Metrics {
  public static final int NEGATIVE = 0;
  public static final int NEUTRAL = 1;
  public static final int POSITIVE = 2;
  private static final String[] NAMES = {"negative", "neutral", "positive"};

  private Metrics() {}

  public static String className(int c) {
    return NAMES[c];
  }

  /** Pearson's r of two equally long series; NaN when either is constant or shorter than two. */
  public static double pearson(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("series of different lengths: " + x.length + ", " + y.length);
    }
    int n = x.length;
    if (n < 2) {
      return Double.NaN;
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - mx;
      double dy = y[i] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
  }

  /** The class of a score: positive at or above {@code cut}, negative at or below {@code -cut}, else neutral. */
  public static int classOf(double score, double cut) {
    if (score >= cut) {
      return POSITIVE;
    }
    return score <= -cut ? NEGATIVE : NEUTRAL;
  }

  /** The class of a human mean rating as the VADER paper counts it: its sign (neutral only when exactly 0). */
  public static int classOfSign(double rating) {
    return rating > 0 ? POSITIVE : rating < 0 ? NEGATIVE : NEUTRAL;
  }

  /** A 3×3 confusion matrix, {@code count(truth, predicted)}. */
  public static final class Confusion {
    private final long[][] counts = new long[3][3];

    public void add(int truth, int predicted) {
      counts[truth][predicted]++;
    }

    public long count(int truth, int predicted) {
      return counts[truth][predicted];
    }

    public long total() {
      long n = 0;
      for (long[] row : counts) {
        for (long c : row) {
          n += c;
        }
      }
      return n;
    }

    /** Items whose true class is {@code c}. */
    public long support(int c) {
      return counts[c][0] + counts[c][1] + counts[c][2];
    }

    /** Items predicted as {@code c}. */
    public long predicted(int c) {
      return counts[0][c] + counts[1][c] + counts[2][c];
    }

    public double precision(int c) {
      long p = predicted(c);
      return p == 0 ? 0 : (double) counts[c][c] / p;
    }

    public double recall(int c) {
      long s = support(c);
      return s == 0 ? 0 : (double) counts[c][c] / s;
    }

    /** F1 of class {@code c}: 2·TP / (support + predicted); 0 when the class is neither present nor predicted. */
    public double f1(int c) {
      long d = support(c) + predicted(c);
      return d == 0 ? 0 : 2.0 * counts[c][c] / d;
    }

    public double accuracy() {
      long n = total();
      return n == 0 ? Double.NaN : (double) (counts[0][0] + counts[1][1] + counts[2][2]) / n;
    }

    /** The mean of the three classes' F1, each weighted by its support (the VADER paper's F1). */
    public double weightedF1() {
      long n = total();
      if (n == 0) {
        return Double.NaN;
      }
      double sum = 0;
      for (int c = 0; c < 3; c++) {
        sum += f1(c) * support(c);
      }
      return sum / n;
    }

    /** The plain mean of the three classes' F1 (NewsMTSC's F1m). */
    public double macroF1() {
      return total() == 0 ? Double.NaN : (f1(0) + f1(1) + f1(2)) / 3;
    }

    /** Rows of truth, columns predicted, in the order negative, neutral, positive. */
    public String format() {
      StringBuilder b = new StringBuilder(String.format("  %-18s %9s %9s %9s%n", "truth \\ predicted",
          NAMES[0], NAMES[1], NAMES[2]));
      for (int t = 0; t < 3; t++) {
        b.append(String.format("  %-18s %9d %9d %9d%n", NAMES[t], counts[t][0], counts[t][1], counts[t][2]));
      }
      return b.toString();
    }
  }

  /** The confusion of truth ratings (classed by sign) with scores (classed at ±{@code cut}). */
  public static Confusion signConfusion(double[] truth, double[] scores, double cut) {
    Confusion c = new Confusion();
    for (int i = 0; i < truth.length; i++) {
      c.add(classOfSign(truth[i]), classOf(scores[i], cut));
    }
    return c;
  }

  /** The mean of {@code values}. */
  public static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  /** The sample standard deviation of {@code values} (n - 1 in the denominator); 0 for fewer than two. */
  public static double std(double[] values) {
    if (values.length < 2) {
      return 0;
    }
    double m = mean(values);
    double ss = 0;
    for (double v : values) {
      ss += (v - m) * (v - m);
    }
    return Math.sqrt(ss / (values.length - 1));
  }

  /** "0.612 ± 0.021": the mean and the spread (standard deviation) over folds. */
  public static String meanSpread(double[] values) {
    return String.format(java.util.Locale.ROOT, "%.3f ± %.3f", mean(values), std(values));
  }
}
