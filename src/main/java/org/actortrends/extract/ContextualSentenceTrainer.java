package org.actortrends.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * Trains the contextual sentence model ({@link ContextualSentenceModel}) on rated news sentences: ridge regression
 * of the mean rating on each sentence's mean encoder vector (closed form, columns centred, so the bias is not
 * penalised), the penalty chosen by cross-validation by article over {@link #PENALTIES}. Deterministic; the
 * encoder's floating point may differ in the last digits between processors.
 */
public final class ContextualSentenceTrainer {
  /** The L2 penalties tried: larger is a stronger penalty. */
  static final double[] PENALTIES = {30, 100, 300, 1000};
  public static final int FOLDS = 5;
  public static final String COMMAND = "java -jar target/actor-trends.jar train-sentences --contextual "
      + "--input=../shared/eval/sentiment/nyt_editorials.dev.tsv --output=src/main/resources"
      + ContextualSentenceModel.RESOURCE;

  private ContextualSentenceTrainer() {}

  /**
   * @param scores each text's score from the model of the folds without it, at the chosen penalty
   * @param foldPearson each fold's Pearson r at the chosen penalty
   * @param grid one line per penalty tried: its folds' mean r and spread
   */
  public record Result(ContextualSentenceModel model, double penalty, double[] scores, double[] foldPearson,
      List<String> grid, String tsv) {}

  /**
   * @param fold each text's fold in 0 .. {@link #FOLDS} - 1 (its article's rank modulo the folds)
   * @param inputs lines for the header naming what was read
   */
  public static Result train(List<String> texts, double[] ratings, int[] fold, List<String> inputs) {
    float[][] x = encode(texts);
    List<String> grid = new ArrayList<>();
    double best = Double.NaN;
    double bestMean = Double.NEGATIVE_INFINITY;
    double[] bestScores = null;
    double[] bestFolds = null;
    for (double penalty : PENALTIES) {
      double[] scores = new double[texts.size()];
      double[] r = new double[FOLDS];
      for (int f = 0; f < FOLDS; f++) {
        ContextualSentenceModel m = fit(x, ratings, fold, f, penalty);
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
          if (fold[i] == f) {
            scores[i] = m.score(x[i]);
            pairs.add(new double[] {ratings[i], scores[i]});
          }
        }
        r[f] = pearson(pairs);
      }
      double mean = ContextualTrainer.mean(r);
      grid.add(String.format(Locale.ROOT, "penalty %.0f: r by article %.3f ± %.3f", penalty, mean,
          ContextualTrainer.spread(r)));
      if (mean > bestMean) {
        bestMean = mean;
        best = penalty;
        bestScores = scores;
        bestFolds = r;
      }
    }
    ContextualSentenceModel model = fit(x, ratings, fold, -1, best);
    List<String> header = new ArrayList<>();
    header.add("Contextual sentence model: ridge regression of the mean human rating (-4..+4) on the mean "
        + SentenceEncoder.SOURCE + " vector of the sentence; the score is rating / sqrt(rating² + 1).");
    header.add("Written by: " + COMMAND);
    header.addAll(inputs);
    header.add(String.format(Locale.ROOT, "Trained on %d sentences; L2 penalty %.0f chosen by %d-fold "
            + "cross-validation by article: Pearson r %.3f ± %.3f.", texts.size(), best, FOLDS, bestMean,
        ContextualTrainer.spread(bestFolds)));
    header.add("Line: rating, bias, then " + SentenceEncoder.DIMS + " weights of the sentence's mean vector.");
    return new Result(model, best, bestScores, bestFolds, grid, model.toTsv(header));
  }

  /** Each text's mean encoder vector, as the job reads it. */
  static float[][] encode(List<String> texts) {
    float[][] x = new float[texts.size()][SentenceEncoder.DIMS];
    try (SentenceEncoder encoder = new SentenceEncoder()) {
      for (int i = 0; i < texts.size(); i++) {
        encoder.encode(texts.get(i));
        encoder.sentenceMean(x[i]);
      }
    }
    return x;
  }

  /** Ridge regression on the texts outside fold {@code heldOut} (all of them when it is -1). */
  static ContextualSentenceModel fit(float[][] x, double[] y, int[] fold, int heldOut, double penalty) {
    int d = SentenceEncoder.DIMS;
    double[] mean = new double[d];
    double yMean = 0;
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      if (fold[i] != heldOut) {
        n++;
        yMean += y[i];
        for (int k = 0; k < d; k++) {
          mean[k] += x[i][k];
        }
      }
    }
    yMean /= n;
    for (int k = 0; k < d; k++) {
      mean[k] /= n;
    }
    double[][] gram = new double[d][d];
    double[] xy = new double[d];
    double[] centred = new double[d];
    for (int i = 0; i < x.length; i++) {
      if (fold[i] == heldOut) {
        continue;
      }
      for (int k = 0; k < d; k++) {
        centred[k] = x[i][k] - mean[k];
        xy[k] += centred[k] * (y[i] - yMean);
      }
      for (int j = 0; j < d; j++) {
        for (int k = 0; k <= j; k++) {
          gram[j][k] += centred[j] * centred[k];
        }
      }
    }
    for (int j = 0; j < d; j++) {
      gram[j][j] += penalty;
      for (int k = 0; k < j; k++) {
        gram[k][j] = gram[j][k];
      }
    }
    RealVector w = new CholeskyDecomposition(new Array2DRowRealMatrix(gram, false)).getSolver()
        .solve(new ArrayRealVector(xy, false));
    double[] weights = w.toArray();
    double bias = yMean;
    for (int k = 0; k < d; k++) {
      bias -= weights[k] * mean[k];
    }
    return new ContextualSentenceModel(bias, weights);
  }

  private static double pearson(List<double[]> pairs) {
    double[] a = pairs.stream().mapToDouble(p -> p[0]).toArray();
    double[] b = pairs.stream().mapToDouble(p -> p[1]).toArray();
    return new PearsonsCorrelation().correlation(a, b);
  }
}
