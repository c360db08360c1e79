package org.actortrends.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The weights of the contextual target model: a multinomial logistic regression that reads the fast model's class
 * probabilities ({@link TargetSentiment}, as log-probabilities) together with the sentence encoder's vectors of
 * the target and of its whole sentence ({@link SentenceEncoder}), and gives the classes negative, neutral and
 * positive. Written and read as TSV ({@link WeightRows}): one line per class, {@code class<TAB>bias<TAB>w1 … w771},
 * the features in the order of {@link #features}. Immutable once read.
 */
public final class ContextualTargetModel {
  /** The model shipped in the jar, written by {@code train-targets --contextual}. */
  public static final String RESOURCE = "/sentiment/target-contextual.tsv";
  /** Three log-probabilities, the target's vector, the sentence's vector. */
  public static final int FEATURES = 3 + 2 * SentenceEncoder.DIMS;
  private static final List<String> CLASS_NAMES = List.of("negative", "neutral", "positive");
  /**
   * A target whose fast class probability is at least this keeps the fast model's answer, and its sentence need not
   * be encoded: out of fold on NewsMTSC train, such targets are as often right by the fast model as by this one
   * (the table {@code train-targets --contextual} prints); the lowest threshold of that table whose macro-F1 is not
   * below the model's without it.
   */
  public static final double FAST_CONFIDENT = 0.85;
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
      standard = of(WeightRows.readResource(RESOURCE, CLASS_NAMES, FEATURES + 1));
    }
    return standard;
  }

  /** Whether the fast model is sure enough of a target ({@link #FAST_CONFIDENT}) to keep its answer. */
  static boolean trustsFast(double[] fastProbabilities, double threshold) {
    for (int c = 0; c < TargetModel.CLASSES; c++) {
      if (fastProbabilities[c] >= threshold) {
        return true;
      }
    }
    return false;
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
    double[][] rows = new double[TargetModel.CLASSES][FEATURES + 1];
    for (int c = 0; c < TargetModel.CLASSES; c++) {
      rows[c][0] = bias[c];
      System.arraycopy(weights, c * FEATURES, rows[c], 1, FEATURES);
    }
    return WeightRows.write(comments, CLASS_NAMES, rows);
  }

  public static ContextualTargetModel read(InputStream in, String source) throws IOException {
    return of(WeightRows.read(in, source, CLASS_NAMES, FEATURES + 1));
  }

  private static ContextualTargetModel of(double[][] rows) {
    double[] bias = new double[TargetModel.CLASSES];
    double[] weights = new double[TargetModel.CLASSES * FEATURES];
    for (int c = 0; c < TargetModel.CLASSES; c++) {
      bias[c] = rows[c][0];
      System.arraycopy(rows[c], 1, weights, c * FEATURES, FEATURES);
    }
    return new ContextualTargetModel(bias, weights);
  }
}
