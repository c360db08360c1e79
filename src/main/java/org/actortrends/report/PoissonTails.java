package org.actortrends.report;

/**
 * Exact tail probabilities of Poisson counts, turned into z-scores: how many standard deviations of a normal
 * distribution are as unlikely as the count. Normal approximations of counts are poor exactly where a report needs
 * them (0 articles where 6 were expected is rarer than 0.4 %, not the 0.1 % a square-root approximation says), so the
 * tails come from the regularized incomplete gamma function, which also takes the non-integer counts that arise
 * once counts are scaled for overdispersion.
 */
final class PoissonTails {
  /** Scores are capped here: beyond, double precision has no probability left to tell them apart. */
  static final double MAX_SCORE = 37;
  private static final double EPSILON = 1e-15;
  private static final double TINY = 1e-300;
  private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
      771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
      1.5056327351493116e-7};

  private PoissonTails() {}

  /**
   * The z-score of {@code observed} against a Poisson mean {@code expected}: positive for a count above the mean,
   * from the upper tail P(X ≥ observed), negative below it, from the lower tail P(X ≤ observed).
   */
  static double score(double observed, double expected) {
    if (observed == expected) {
      return 0;
    }
    if (observed > expected) {
      return Math.min(MAX_SCORE, -normalQuantile(atLeast(observed, expected)));
    }
    return Math.max(-MAX_SCORE, normalQuantile(atMost(observed, expected)));
  }

  /** P(X ≥ k) for X ~ Poisson(mean): the regularized lower gamma P(k, mean), k taken as real. */
  static double atLeast(double k, double mean) {
    return k <= 0 ? 1 : lowerGamma(k, mean);
  }

  /** P(X ≤ k) for X ~ Poisson(mean): the regularized upper gamma Q(k + 1, mean). */
  static double atMost(double k, double mean) {
    return k < 0 ? 0 : 1 - lowerGamma(k + 1, mean);
  }

  /** The standard normal distribution function, from erfc(x) = Q(1/2, x²). */
  static double normalCdf(double z) {
    double q = 0.5 * upperGamma(0.5, z * z / 2);
    return z < 0 ? q : 1 - q;
  }

  /** The z with normalCdf(z) = p, by bisection (a report needs a few hundred of them, not millions). */
  static double normalQuantile(double p) {
    if (p <= 0) {
      return -MAX_SCORE;
    }
    if (p >= 1) {
      return MAX_SCORE;
    }
    if (p > 0.5) {
      return -normalQuantile(1 - p); // search the lower tail, where small probabilities keep their precision
    }
    double lo = -MAX_SCORE;
    double hi = 0;
    for (int i = 0; i < 100 && hi - lo > 1e-9; i++) {
      double mid = (lo + hi) / 2;
      if (normalCdf(mid) < p) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  /** Regularized lower incomplete gamma P(a, x). */
  static double lowerGamma(double a, double x) {
    if (x <= 0) {
      return 0;
    }
    return x < a + 1 ? series(a, x) : 1 - continuedFraction(a, x);
  }

  /** Regularized upper incomplete gamma Q(a, x) = 1 - P(a, x), without losing the small values. */
  static double upperGamma(double a, double x) {
    if (x <= 0) {
      return 1;
    }
    return x < a + 1 ? 1 - series(a, x) : continuedFraction(a, x);
  }

  private static double series(double a, double x) {
    double term = 1 / a;
    double sum = term;
    for (double n = a + 1; n < a + 10_000; n++) {
      term *= x / n;
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPSILON) {
        break;
      }
    }
    return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
  }

  /** Q(a, x) by Lentz's continued fraction, for x ≥ a + 1. */
  private static double continuedFraction(double a, double x) {
    double b = x + 1 - a;
    double c = 1 / TINY;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i < 10_000; i++) {
      double an = -i * (i - a);
      b += 2;
      d = an * d + b;
      d = Math.abs(d) < TINY ? TINY : d;
      c = b + an / c;
      c = Math.abs(c) < TINY ? TINY : c;
      d = 1 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < EPSILON) {
        break;
      }
    }
    return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
  }

  /** ln Γ(x) for x > 0, by Lanczos's approximation (g = 7). */
  static double logGamma(double x) {
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    x -= 1;
    double sum = LANCZOS[0];
    for (int i = 1; i < LANCZOS.length; i++) {
      sum += LANCZOS[i] / (x + i);
    }
    double t = x + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
  }
}
