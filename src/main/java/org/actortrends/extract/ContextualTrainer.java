package org.actortrends.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Trains the contextual target model ({@link ContextualTargetModel}) on labelled targets (NewsMTSC): the fast
 * model's probabilities for each target come from a fast model that did not see the target's article (5 folds by
 * article, as {@link TargetTrainer#crossValidate}), so that the contextual model learns how far to trust the fast
 * one on unseen text; the sentence encoder's vectors come from {@link SentenceEncoder}. The L2 penalty is chosen
 * by cross-validation by article over {@link #PENALTIES} (the same folds); the figures of the chosen one are what
 * the model predicts for articles it has not seen. Deterministic, but the encoder's floating point may differ in
 * the last digits between processors: on one machine the same input gives the same bytes.
 */
public final class ContextualTrainer {
  /** The C of {@link SoftmaxRegression#fit} tried: smaller is a stronger penalty. */
  static final double[] PENALTIES = {0.001, 0.002, 0.005, 0.01};
  /** Thresholds of {@link ContextualTargetModel#FAST_CONFIDENT} whose figures are printed; above 1: never. */
  static final double[] CASCADE = {1.01, 0.95, 0.9, 0.85, 0.8, 0.7, 0.6};
  public static final int FOLDS = 5;
  public static final String COMMAND = "java -jar target/actor-trends.jar train-targets --contextual "
      + "--input=../shared/eval/targeted/newsmtsc.train.jsonl --output=src/main/resources"
      + ContextualTargetModel.RESOURCE;

  private ContextualTrainer() {}

  /**
   * @param model the written model
   * @param penalty the chosen C
   * @param cv the held-out figures at the chosen C: each fold's, pooled, and of the subsets
   * @param grid one line per C tried: its folds' mean macro-F1 and spread
   * @param cascade one line per threshold of keeping the fast answer ({@link #CASCADE}) at the chosen C
   * @param unread targets the encoder did not reach (past its pieces of a long sentence), left out of training
   */
  public record Result(ContextualTargetModel model, double penalty, TargetTrainer.CrossValidation cv, List<String> grid,
      List<String> cascade, int examples, int unread, String tsv) {}

  /**
   * The features of labelled targets, rows in the order of the examples, and their fast probabilities; null rows
   * for unread targets, which keep the fast probabilities (as {@link ContextualSentiment} does).
   */
  record Features(double[][] rows, double[][] fast, int[] labels, int[] groups, int unread) {}

  public static Result train(List<TargetTrainer.Example> examples) {
    double[][] fast = outOfFoldProbabilities(examples);
    Features features = features(examples, fast);
    List<String> grid = new ArrayList<>();
    double bestPenalty = PENALTIES[0];
    TargetTrainer.CrossValidation best = null;
    double bestF1 = -1;
    for (double c : PENALTIES) {
      TargetTrainer.CrossValidation cv = crossValidate(examples, features, c);
      double[] f1 = cv.macroF1();
      double mean = mean(f1);
      grid.add(String.format(Locale.ROOT, "C %.3f: macro-F1 by article %.3f ± %.3f", c, mean, spread(f1)));
      if (mean > bestF1) {
        bestF1 = mean;
        bestPenalty = c;
        best = cv;
      }
    }
    ContextualTargetModel model = fit(features, bestPenalty, -1);
    List<String> cascade = new ArrayList<>();
    for (double t : CASCADE) {
      int trusted = 0;
      for (double[] f : features.fast()) {
        trusted += ContextualTargetModel.trustsFast(f, t) ? 1 : 0;
      }
      double[] f1 = crossValidate(examples, features, bestPenalty, t).macroF1();
      cascade.add(String.format(Locale.ROOT, "fast answer kept at p >= %s: %4.1f%% of targets, macro-F1 by article "
          + "%.3f ± %.3f%s", t > 1 ? "(never)" : String.format(Locale.ROOT, "%.2f", t),
          100.0 * trusted / examples.size(), mean(f1), spread(f1),
          t == ContextualTargetModel.FAST_CONFIDENT ? " (the job's)" : ""));
    }
    double[] f1 = best.macroF1();
    List<String> header = new ArrayList<>();
    header.add("Contextual target model: multinomial logistic regression over the fast target model's "
        + "log-probabilities (out of fold) and the mean " + SentenceEncoder.SOURCE + " vectors of the target and "
        + "of its sentence.");
    header.add("Written by: " + COMMAND);
    header.add(String.format(Locale.ROOT, "Trained on %d targets (%d past the encoder's %d pieces left out); "
            + "L2 C %.3f chosen by %d-fold cross-validation by article: macro-F1 %.3f ± %.3f (the fast answer kept "
            + "where its probability is at least %.2f, as in the job).",
        examples.size(), features.unread(), SentenceEncoder.MAX_PIECES, bestPenalty, FOLDS, mean(f1),
        spread(f1), ContextualTargetModel.FAST_CONFIDENT));
    header.add("Lines: class, bias, then weights of 3 log-probabilities (negative, neutral, positive), "
        + SentenceEncoder.DIMS + " target dimensions, " + SentenceEncoder.DIMS + " sentence dimensions.");
    return new Result(model, bestPenalty, best, grid, cascade, examples.size(), features.unread(),
        model.toTsv(header));
  }

  /** Each target's fast probabilities from the fast model trained on the other folds' articles. */
  static double[][] outOfFoldProbabilities(List<TargetTrainer.Example> examples) {
    double[][] p = new double[examples.size()][TargetModel.CLASSES];
    for (int fold = 0; fold < FOLDS; fold++) {
      List<TargetTrainer.Example> train = new ArrayList<>();
      for (TargetTrainer.Example e : examples) {
        if (e.group() % FOLDS != fold) {
          train.add(e);
        }
      }
      TargetSpanScorer scorer =
          new TargetSpanScorer(TargetTrainer.train(train, TargetTrainer.Settings.DEFAULT, List.of()).model());
      for (int i = 0; i < examples.size(); i++) {
        TargetTrainer.Example e = examples.get(i);
        if (e.group() % FOLDS == fold) {
          scorer.probabilities(e.sentence(), e.from(), e.to(), p[i]);
        }
      }
    }
    return p;
  }

  /** The features of each target given its fast probabilities; each sentence is encoded once. */
  static Features features(List<TargetTrainer.Example> examples, double[][] fast) {
    double[][] rows = new double[examples.size()][];
    int[] labels = new int[examples.size()];
    int[] groups = new int[examples.size()];
    int unread = 0;
    float[] target = new float[SentenceEncoder.DIMS];
    float[] sentence = new float[SentenceEncoder.DIMS];
    try (SentenceEncoder encoder = new SentenceEncoder()) {
      String encoded = null;
      for (int i = 0; i < examples.size(); i++) {
        TargetTrainer.Example e = examples.get(i);
        if (!e.sentence().equals(encoded)) {
          encoder.encode(e.sentence());
          encoder.sentenceMean(sentence);
          encoded = e.sentence();
        }
        labels[i] = e.label();
        groups[i] = e.group();
        if (!encoder.spanMean(e.from(), e.to(), target)) {
          unread++;
          continue;
        }
        rows[i] = new double[ContextualTargetModel.FEATURES];
        ContextualTargetModel.features(fast[i], target, sentence, rows[i]);
      }
    }
    return new Features(rows, fast, labels, groups, unread);
  }

  /** The held-out figures of a cross-validation by article at penalty {@code c}. */
  static TargetTrainer.CrossValidation crossValidate(List<TargetTrainer.Example> examples, Features features,
      double c) {
    return crossValidate(examples, features, c, ContextualTargetModel.FAST_CONFIDENT);
  }

  /** The same, the fast answer kept where its top probability is at least {@code fastConfident}. */
  static TargetTrainer.CrossValidation crossValidate(List<TargetTrainer.Example> examples, Features features,
      double c, double fastConfident) {
    double[] scores = new double[examples.size()];
    double[] p = new double[TargetModel.CLASSES];
    for (int fold = 0; fold < FOLDS; fold++) {
      ContextualTargetModel model = fit(features, c, fold);
      for (int i = 0; i < features.rows().length; i++) {
        if (features.groups()[i] % FOLDS != fold) {
          continue;
        }
        if (features.rows()[i] == null
            || ContextualTargetModel.trustsFast(features.fast()[i], fastConfident)) {
          System.arraycopy(features.fast()[i], 0, p, 0, TargetModel.CLASSES);
        } else {
          model.probabilities(features.rows()[i], p);
        }
        scores[i] = TargetSentiment.toScore(p);
      }
    }
    return TargetTrainer.CrossValidation.of(examples, scores, FOLDS);
  }

  /** Fits on every read target outside fold {@code heldOut} (all of them when it is -1). */
  private static ContextualTargetModel fit(Features features, double c, int heldOut) {
    List<double[]> rows = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    for (int i = 0; i < features.rows().length; i++) {
      if (features.rows()[i] != null && features.groups()[i] % FOLDS != heldOut) {
        rows.add(features.rows()[i]);
        labels.add(features.labels()[i]);
      }
    }
    SoftmaxRegression.Fit fit = SoftmaxRegression.fit(rows.toArray(double[][]::new),
        labels.stream().mapToInt(Integer::intValue).toArray(), TargetModel.CLASSES, c);
    return new ContextualTargetModel(fit.bias(), fit.weights());
  }

  /** The mean over folds. */
  static double mean(double[] v) {
    return StatUtils.mean(v);
  }

  /** The spread over folds: the sample standard deviation, as {@code eval}'s figures give it. */
  static double spread(double[] v) {
    return v.length < 2 ? 0 : Math.sqrt(StatUtils.variance(v));
  }
}
