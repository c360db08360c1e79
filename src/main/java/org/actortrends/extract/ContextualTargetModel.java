package org.actortrends.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The weights of the contextual target model: a multinomial logistic regression that reads the fast model's class
 * probabilities ({@link TargetSentiment}, as log-probabilities) together with the sentence encoder's vectors of
 * the target and of its whole sentence ({@link SentenceEncoder}), and gives the classes negative, neutral and
 * positive. Written and read as TSV: comment lines starting with '#', then one line per class,
 * {@code class<TAB>bias<TAB>w1 … w771}, the features in the order of {@link #features}. Immutable once read.
 */
public final class ContextualTargetModel {
  /** The model shipped in the jar, written by {@code train-targets --contextual}. */
  public static final String RESOURCE = "/sentiment/target-contextual.tsv";
  /** Three log-probabilities, the target's vector, the sentence's vector. */
  public static final int FEATURES = 3 + 2 * SentenceEncoder.DIMS;
  private static final String[] CLASS_NAMES = {"negative", "neutral", "positive"};
  /** Log-probabilities are read from this floor, so that a certain fast model does not give minus infinity. */
  private static final double FLOOR = 1e-6;

  final double[] bias;
  /** {@code weights[c * FEATURES + f]}. */
  final double[] weights;

  ContextualTargetModel(double[] bias, double[] weights) {
    this.bias = bias;
    this.weights = weights;
  }

  private static volatile ContextualTargetModel standard;

  /** The bundled model, read once per JVM. */
  public static ContextualTargetModel standard() {
    if (standard == null) {
      try (InputStream in = ContextualTargetModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IOException(RESOURCE + " is not on the class path");
        }
        standard = read(in, RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the contextual target model", e);
      }
    }
    return standard;
  }

  /** The features of one target: the fast model's probabilities and the two vectors, into {@code x}. */
  static void features(double[] fastProbabilities, float[] target, float[] sentence, double[] x) {
    for (int c = 0; c < TargetModel.CLASSES; c++) {
      x[c] = Math.log(Math.max(fastProbabilities[c], FLOOR));
    }
    for (int k = 0; k < SentenceEncoder.DIMS; k++) {
      x[3 + k] = target[k];
      x[3 + SentenceEncoder.DIMS + k] = sentence[k];
    }
  }

  /** The class probabilities of features {@code x} ({@link #features}), into {@code p}. */
  void probabilities(double[] x, double[] p) {
    for (int c = 0; c < TargetModel.CLASSES; c++) {
      double s = bias[c];
      int o = c * FEATURES;
      for (int f = 0; f < FEATURES; f++) {
        s += weights[o + f] * x[f];
      }
      p[c] = s; // the logit, until the softmax below
    }
    TargetSentiment.softmax(p, p);
  }

  /** The model as TSV, after {@code comments} (each written as a '#' line). */
  String toTsv(List<String> comments) {
    StringBuilder sb = new StringBuilder();
    for (String c : comments) {
      sb.append("# ").append(c).append('\n');
    }
    for (int c = 0; c < TargetModel.CLASSES; c++) {
      sb.append(CLASS_NAMES[c]).append('\t').append(number(bias[c]));
      for (int f = 0; f < FEATURES; f++) {
        sb.append('\t').append(number(weights[c * FEATURES + f]));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** Six significant digits: the fit's own precision is far coarser, and the file stays readable. */
  private static String number(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }

  public static ContextualTargetModel read(InputStream in, String source) throws IOException {
    double[] bias = new double[TargetModel.CLASSES];
    double[] weights = new double[TargetModel.CLASSES * FEATURES];
    boolean[] seen = new boolean[TargetModel.CLASSES];
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int lineNumber = 0;
    for (String line; (line = r.readLine()) != null; ) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      int c = List.of(CLASS_NAMES).indexOf(f[0]);
      if (c < 0 || f.length != FEATURES + 2) {
        throw new IOException(source + ":" + lineNumber + ": expected a class name and " + (FEATURES + 1)
            + " numbers, got '" + f[0] + "' and " + (f.length - 1));
      }
      try {
        bias[c] = Double.parseDouble(f[1]);
        for (int k = 0; k < FEATURES; k++) {
          weights[c * FEATURES + k] = Double.parseDouble(f[k + 2]);
        }
      } catch (NumberFormatException e) {
        throw new IOException(source + ":" + lineNumber + ": " + e.getMessage());
      }
      seen[c] = true;
    }
    for (int c = 0; c < TargetModel.CLASSES; c++) {
      if (!seen[c]) {
        throw new IOException(source + ": no line for class " + CLASS_NAMES[c]);
      }
    }
    return new ContextualTargetModel(bias, weights);
  }
}
