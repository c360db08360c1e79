package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.actortrends.Required;
import org.junit.jupiter.api.Test;

/** train-targets --contextual reproduces the bundled contextual model from NewsMTSC ({@link Required}). */
class ContextualTrainerTest {
  /**
   * The same header (figures included) and the same weights. Weights are compared to 1e-4 rather than as text:
   * the encoder's floating point may round differently on another processor (same machine: the same bytes).
   */
  @Test
  void retrainingOnNewsMtscGivesTheBundledModel() throws IOException {
    ContextualTrainer.Result result =
        ContextualTrainer.train(TargetTrainer.readNewsMtsc(Required.evalData("targeted/newsmtsc.train.jsonl")));
    String bundled;
    try (InputStream in = ContextualTargetModel.class.getResourceAsStream(ContextualTargetModel.RESOURCE)) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> expected = bundled.lines().filter(l -> l.startsWith("#")).toList();
    List<String> actual = result.tsv().lines().filter(l -> l.startsWith("#")).toList();
    assertEquals(expected, actual, "re-run " + ContextualTrainer.COMMAND);
    ContextualTargetModel model = ContextualTargetModel.standard();
    double worst = 0;
    for (int i = 0; i < model.weights.length; i++) {
      worst = Math.max(worst, Math.abs(model.weights[i] - result.model().weights[i]));
    }
    for (int c = 0; c < model.bias.length; c++) {
      worst = Math.max(worst, Math.abs(model.bias[c] - result.model().bias[c]));
    }
    assertTrue(worst < 1e-4, "largest weight difference " + worst + ": re-run " + ContextualTrainer.COMMAND);
    double[] f1 = result.cv().macroF1();
    System.out.printf("contextual target model: retrained on %d targets, as bundled (largest difference %.1e); "
        + "C %.3f, macro-F1 by article %.3f%n", result.examples(), worst, result.penalty(), ContextualTrainer.mean(f1));
  }
}
