package org.actortrends.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Weights of a multinomial logistic regression over encoded targets ({@link TargetEncoder}), fitted by AdaGrad with
 * L2 in a fixed order from a fixed seed; {@link #toModel} writes them as a {@link TargetModel}. For
 * {@link TargetTrainer}.
 */
final class TargetFit {
  /** Numeric features ({@link TargetEncoder#numericFeatures}), whose weights come before the words'. */
  final int numeric;
  final Map<Long, Integer> index;
  final long[] keys;
  final double[] bias = new double[3];
  final double[] w;

  private TargetFit(int numeric, Map<Long, Integer> index, long[] keys) {
    this.numeric = numeric;
    this.index = index;
    this.keys = keys;
    this.w = new double[(numeric + keys.length) * 3];
  }

  double[] logits(TargetEncoder.Encoded e) {
    double[] z = bias.clone();
    for (int k = 0; k < numeric; k++) {
      double v = e.numeric[k];
      if (v != 0) {
        for (int c = 0; c < 3; c++) {
          z[c] += v * w[k * 3 + c];
        }
      }
    }
    for (long key : e.words) {
      Integer f = index.get(key);
      if (f != null) {
        for (int c = 0; c < 3; c++) {
          z[c] += w[(numeric + f) * 3 + c];
        }
      }
    }
    return z;
  }

  /**
   * The model: each row centred (classes sum to 0), rounded; word rows of no weight left out, sorted by name. The
   * weights over word vectors are folded into word rows: a word of template t gains {@code W_t · v} for its
   * stem's vector v, so every stem with a vector gets a row per template, seen in training or not, and the job
   * reads rows only.
   */
  TargetModel toModel(WordStems stems, WordVectors vectors, double prune, List<String> comments) {
    int own = TargetFeatures.NUMERIC.size();
    double[] b = centred(bias, 0);
    double[] num = new double[own * 3];
    for (int k = 0; k < own; k++) {
      System.arraycopy(centred(w, k * 3), 0, num, k * 3, 3);
    }
    Map<String, double[]> rows = new HashMap<>();
    for (int f = 0; f < keys.length; f++) {
      String name = TargetFeatures.TEMPLATES.get((int) (keys[f] >>> 32)) + ":"
          + stems.stem((int) keys[f]);
      rows.put(name, Arrays.copyOfRange(w, (numeric + f) * 3, (numeric + f) * 3 + 3));
    }
    if (vectors != null) {
      for (int t = 0; t < TargetFeatures.TEMPLATES.size(); t++) {
        int base = own + t * vectors.dims;
        for (Map.Entry<String, float[]> stem : vectors.stems()) {
          double[] row = rows.computeIfAbsent(TargetFeatures.TEMPLATES.get(t) + ":" + stem.getKey(),
              k -> new double[3]);
          float[] v = stem.getValue();
          for (int d = 0; d < v.length; d++) {
            for (int c = 0; c < 3; c++) {
              row[c] += v[d] * w[(base + d) * 3 + c];
            }
          }
        }
      }
    }
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, double[]> row : rows.entrySet()) {
      double[] centred = centred(row.getValue(), 0);
      row.setValue(centred);
      if (Math.max(Math.abs(centred[0]), Math.max(Math.abs(centred[1]), Math.abs(centred[2]))) >= prune) {
        names.add(row.getKey());
      }
    }
    names.sort(null);
    int[] templates = new int[names.size()];
    String[] words = new String[names.size()];
    double[] weights = new double[names.size() * 3];
    for (int r = 0; r < names.size(); r++) {
      String name = names.get(r);
      int colon = name.indexOf(':');
      templates[r] = TargetFeatures.TEMPLATES.indexOf(name.substring(0, colon));
      words[r] = name.substring(colon + 1);
      System.arraycopy(rows.get(name), 0, weights, r * 3, 3);
    }
    return new TargetModel(round(b), round(num), templates, words, round(weights), comments);
  }

  private static double[] centred(double[] a, int offset) {
    double mean = (a[offset] + a[offset + 1] + a[offset + 2]) / 3;
    return new double[] {a[offset] - mean, a[offset + 1] - mean, a[offset + 2] - mean};
  }

  private static double[] round(double[] a) {
    double[] r = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = Double.parseDouble(TargetModel.format(a[i]));
    }
    return r;
  }

  /** AdaGrad over the softmax loss with L2 on the weights a target uses; a fixed shuffle per epoch. */
  static TargetFit fit(List<TargetEncoder.Encoded> data, TargetTrainer.Settings s) {
    Map<Long, Integer> counts = new HashMap<>();
    for (TargetEncoder.Encoded e : data) {
      for (long key : e.words) {
        counts.merge(key, 1, Integer::sum);
      }
    }
    long[] keys = counts.entrySet().stream().filter(en -> en.getValue() >= s.minCount())
        .mapToLong(Map.Entry::getKey).sorted().toArray();
    Map<Long, Integer> index = new HashMap<>();
    for (int f = 0; f < keys.length; f++) {
      index.put(keys[f], f);
    }
    TargetFit fit = new TargetFit(TargetEncoder.numericFeatures(s.vectorDims()), index, keys);
    int numeric = fit.numeric;
    // Each target as (index, value) pairs over numeric then word features.
    int[][] idx = new int[data.size()][];
    double[][] val = new double[data.size()][];
    for (int i = 0; i < data.size(); i++) {
      TargetEncoder.Encoded e = data.get(i);
      Map<Integer, Double> x = new HashMap<>();
      for (int k = 0; k < numeric; k++) {
        if (e.numeric[k] != 0) {
          x.put(k, e.numeric[k]);
        }
      }
      for (long key : e.words) {
        Integer f = index.get(key);
        if (f != null) {
          x.merge(numeric + f, 1.0, Double::sum);
        }
      }
      int[] ix = x.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      double[] vx = new double[ix.length];
      for (int j = 0; j < ix.length; j++) {
        vx[j] = x.get(ix[j]);
      }
      idx[i] = ix;
      val[i] = vx;
    }
    adagrad(fit.w, fit.bias, idx, val, data, s);
    return fit;
  }

  /** AdaGrad over the softmax loss, the targets in a new random order (from the seed) every epoch. */
  private static void adagrad(double[] w, double[] b, int[][] idx, double[][] val, List<TargetEncoder.Encoded> data,
      TargetTrainer.Settings s) {
    int numeric = TargetFeatures.NUMERIC.size();
    int withVectors = TargetEncoder.numericFeatures(s.vectorDims());
    double[] g2 = new double[w.length];
    double[] gb2 = new double[3];
    double[] z = new double[3];
    double[] p = new double[3];
    int[] order = new int[data.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(s.seed());
    for (int epoch = 0; epoch < s.epochs(); epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int o : order) {
        int[] ix = idx[o];
        double[] vx = val[o];
        System.arraycopy(b, 0, z, 0, 3);
        for (int j = 0; j < ix.length; j++) {
          int base = ix[j] * 3;
          z[0] += vx[j] * w[base];
          z[1] += vx[j] * w[base + 1];
          z[2] += vx[j] * w[base + 2];
        }
        TargetSentiment.softmax(z, p);
        int label = data.get(o).label;
        for (int c = 0; c < 3; c++) {
          double g = p[c] - (c == label ? 1 : 0);
          gb2[c] += g * g;
          b[c] -= s.numericRate() * g / Math.sqrt(gb2[c] + 1e-8);
          for (int j = 0; j < ix.length; j++) {
            int k = ix[j] * 3 + c;
            double grad = g * vx[j] + s.l2() * w[k];
            g2[k] += grad * grad;
            double rate = ix[j] < numeric ? s.numericRate() : ix[j] < withVectors ? s.vectorRate() : s.rate();
            w[k] -= rate * grad / Math.sqrt(g2[k] + 1e-8);
          }
        }
      }
    }
  }
}
