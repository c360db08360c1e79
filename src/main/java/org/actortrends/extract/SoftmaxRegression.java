package org.actortrends.extract;

import java.util.Arrays;

/**
 * Multinomial logistic regression over dense features, fitted by L-BFGS: minimises the summed cross-entropy plus
 * {@code ||W||² / (2C)} (the bias not penalised), on features standardised to mean 0 and standard deviation 1,
 * then folds the standardisation into the weights so that they apply to raw features. Deterministic: the same
 * rows give the same weights. For the contextual target model ({@link ContextualTrainer}), whose few hundred
 * dense features suit a full-batch fit better than the stochastic one of the sparse target model.
 */
final class SoftmaxRegression {
  private static final int HISTORY = 10;
  private static final int MAX_ITERATIONS = 300;
  private static final double TOLERANCE = 1e-7;

  private SoftmaxRegression() {}

  /** Bias ({@code classes}) and raw-feature weights ({@code classes × d}, class-major) in one array each. */
  record Fit(double[] bias, double[] weights) {}

  static Fit fit(double[][] x, int[] y, int classes, double c) {
    int n = x.length;
    int d = x[0].length;
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (double[] row : x) {
      for (int f = 0; f < d; f++) {
        mean[f] += row[f] / n;
      }
    }
    for (double[] row : x) {
      for (int f = 0; f < d; f++) {
        scale[f] += (row[f] - mean[f]) * (row[f] - mean[f]) / n;
      }
    }
    for (int f = 0; f < d; f++) {
      scale[f] = scale[f] > 1e-12 ? Math.sqrt(scale[f]) : 1;
    }
    double[][] z = new double[n][d];
    for (int i = 0; i < n; i++) {
      for (int f = 0; f < d; f++) {
        z[i][f] = (x[i][f] - mean[f]) / scale[f];
      }
    }
    // parameters: classes × (d weights + 1 bias), the bias last in each class's block
    double[] theta = minimise(new Objective(z, y, classes, 1 / c), new double[classes * (d + 1)]);
    double[] bias = new double[classes];
    double[] weights = new double[classes * d];
    for (int k = 0; k < classes; k++) {
      double b = theta[k * (d + 1) + d];
      for (int f = 0; f < d; f++) {
        double w = theta[k * (d + 1) + f] / scale[f];
        weights[k * d + f] = w;
        b -= w * mean[f];
      }
      bias[k] = b;
    }
    return new Fit(bias, weights);
  }

  /** Cross-entropy of standardised rows plus the L2 penalty, and its gradient. */
  private record Objective(double[][] z, int[] y, int classes, double penalty) {
    double valueAndGradient(double[] theta, double[] gradient) {
      int d = z[0].length;
      Arrays.fill(gradient, 0);
      double loss = 0;
      double[] logits = new double[classes];
      for (int i = 0; i < z.length; i++) {
        double[] row = z[i];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < classes; k++) {
          int o = k * (d + 1);
          double s = theta[o + d];
          for (int f = 0; f < d; f++) {
            s += theta[o + f] * row[f];
          }
          logits[k] = s;
          max = Math.max(max, s);
        }
        double sum = 0;
        for (int k = 0; k < classes; k++) {
          logits[k] = Math.exp(logits[k] - max);
          sum += logits[k];
        }
        loss -= Math.log(logits[y[i]] / sum);
        for (int k = 0; k < classes; k++) {
          double g = logits[k] / sum - (k == y[i] ? 1 : 0);
          int o = k * (d + 1);
          for (int f = 0; f < d; f++) {
            gradient[o + f] += g * row[f];
          }
          gradient[o + d] += g;
        }
      }
      for (int k = 0; k < classes; k++) {
        for (int f = 0; f < d; f++) {
          int at = k * (d + 1) + f;
          loss += penalty * theta[at] * theta[at] / 2;
          gradient[at] += penalty * theta[at];
        }
      }
      return loss;
    }
  }

  /** L-BFGS with a backtracking (Armijo) line search, from {@code theta}; returns the minimiser. */
  private static double[] minimise(Objective objective, double[] theta) {
    int p = theta.length;
    double[][] s = new double[HISTORY][p];
    double[][] g = new double[HISTORY][p];
    double[] rho = new double[HISTORY];
    double[] alpha = new double[HISTORY];
    double[] gradient = new double[p];
    double[] nextGradient = new double[p];
    double[] direction = new double[p];
    double[] next = new double[p];
    double value = objective.valueAndGradient(theta, gradient);
    int stored = 0;
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      // two-loop recursion: direction = -H * gradient
      System.arraycopy(gradient, 0, direction, 0, p);
      for (int j = stored - 1; j >= 0; j--) {
        int at = (iteration - stored + j) % HISTORY;
        alpha[j] = rho[at] * dot(s[at], direction);
        axpy(-alpha[j], g[at], direction);
      }
      if (stored > 0) {
        int last = (iteration - 1) % HISTORY;
        scaleInPlace(direction, dot(s[last], g[last]) / dot(g[last], g[last]));
      } else {
        scaleInPlace(direction, 1 / Math.max(1, Math.sqrt(dot(gradient, gradient))));
      }
      for (int j = 0; j < stored; j++) {
        int at = (iteration - stored + j) % HISTORY;
        double beta = rho[at] * dot(g[at], direction);
        axpy(alpha[j] - beta, s[at], direction);
      }
      scaleInPlace(direction, -1);
      double slope = dot(gradient, direction);
      if (slope >= 0) { // not a descent direction: restart from the gradient
        System.arraycopy(gradient, 0, direction, 0, p);
        scaleInPlace(direction, -1 / Math.max(1, Math.sqrt(dot(gradient, gradient))));
        slope = dot(gradient, direction);
        stored = 0;
      }
      double step = 1;
      double nextValue;
      while (true) {
        for (int k = 0; k < p; k++) {
          next[k] = theta[k] + step * direction[k];
        }
        nextValue = objective.valueAndGradient(next, nextGradient);
        if (nextValue <= value + 1e-4 * step * slope || step < 1e-10) {
          break;
        }
        step /= 2;
      }
      int at = iteration % HISTORY;
      for (int k = 0; k < p; k++) {
        s[at][k] = next[k] - theta[k];
        g[at][k] = nextGradient[k] - gradient[k];
      }
      double sy = dot(s[at], g[at]);
      rho[at] = sy > 1e-12 ? 1 / sy : 0;
      stored = Math.min(stored + 1, HISTORY);
      boolean converged = Math.abs(value - nextValue) <= TOLERANCE * Math.max(1, Math.abs(value));
      System.arraycopy(next, 0, theta, 0, p);
      System.arraycopy(nextGradient, 0, gradient, 0, p);
      value = nextValue;
      if (converged) {
        break;
      }
    }
    return theta;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += a * x[i];
    }
  }

  private static void scaleInPlace(double[] v, double a) {
    for (int i = 0; i < v.length; i++) {
      v[i] *= a;
    }
  }
}
