package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.actortrends.Required;
import org.actortrends.eval.SentenceTraining;
import org.junit.jupiter.api.Test;

/** The contextual sentence model's ridge regression, and train-sentences --contextual's reproduction of it. */
class ContextualSentenceTrainerTest {
  /** With a weak penalty the closed form recovers a linear function of the vectors, bias included. */
  @Test
  void ridgeRecoversALinearFunction() {
    Random random = new Random(7);
    int n = 2000;
    float[][] x = new float[n][SentenceEncoder.DIMS];
    double[] truth = new double[SentenceEncoder.DIMS];
    for (int k = 0; k < truth.length; k++) {
      truth[k] = random.nextGaussian() * 0.1;
    }
    double[] y = new double[n];
    int[] fold = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = 0.5;
      for (int k = 0; k < truth.length; k++) {
        x[i][k] = (float) (random.nextGaussian() + 3); // off-centre, so the bias must absorb the mean
        y[i] += truth[k] * x[i][k];
      }
      fold[i] = i % 5;
    }
    ContextualSentenceModel m = ContextualSentenceTrainer.fit(x, y, fold, -1, 1e-6);
    assertArrayEquals(truth, m.weights, 1e-6);
    assertEquals(0.5, m.bias, 1e-4);
    // Held out: fold 0's texts are not read.
    y[0] = 1e9;
    assertArrayEquals(truth, ContextualSentenceTrainer.fit(x, y, fold, 0, 1e-6).weights, 1e-6);
  }

  /**
   * The same header (figures included) and weights within 1e-4: the encoder's floating point may round differently
   * on another processor.
   */
  @Test
  void retrainingOnTheNytFileGivesTheBundledModel() throws IOException {
    SentenceTraining.Contextual trained =
        SentenceTraining.trainContextual(Required.evalData("sentiment/nyt_editorials.dev.tsv"));
    ContextualSentenceTrainer.Result result = trained.result();
    String bundled;
    try (InputStream in = ContextualSentenceModel.class.getResourceAsStream(ContextualSentenceModel.RESOURCE)) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(bundled.lines().filter(l -> l.startsWith("#")).toList(),
        result.tsv().lines().filter(l -> l.startsWith("#")).toList(), "re-run " + ContextualSentenceTrainer.COMMAND);
    ContextualSentenceModel model = ContextualSentenceModel.standard();
    double worst = Math.abs(model.bias - result.model().bias);
    for (int k = 0; k < model.weights.length; k++) {
      worst = Math.max(worst, Math.abs(model.weights[k] - result.model().weights[k]));
    }
    assertTrue(worst < 1e-4, "largest weight difference " + worst + ": re-run " + ContextualSentenceTrainer.COMMAND);
    System.out.printf("contextual sentence model: retrained on %d sentences, as bundled (largest difference %.1e); "
        + "penalty %.0f, r by article %.3f%n", trained.news().size(), worst, result.penalty(),
        ContextualTrainer.mean(result.foldPearson()));
  }
}
