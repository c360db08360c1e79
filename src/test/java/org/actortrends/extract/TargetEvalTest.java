package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.actortrends.Required;
import org.junit.jupiter.api.Test;

/**
 * Accuracy and macro-F1 per target on the NewsMTSC dev sets (the shared labelled data, {@link Required}), of the
 * whole-sentence baseline and of the bundled target model. Prints both; the model's
 * accuracy and macro-F1 are held to README "Accuracy" less {@link #MARGIN}.
 */
class TargetEvalTest {
  /** How far below README's figures a floor sits: room for rounding, not for a worse model (a target is 0.003). */
  private static final double MARGIN = 0.01;

  private final TargetSpanScorer scorer = new TargetSpanScorer(TargetModel.standard());

  private TargetMetrics[] evaluate(String file) throws IOException {
    List<TargetTrainer.Example> examples = TargetTrainer.readNewsMtsc(Required.evalData("targeted/" + file));
    TargetMetrics baseline = TargetTrainer.evaluate(examples, scorer::baseline);
    TargetMetrics targeted = TargetTrainer.evaluate(examples, scorer::score);
    System.out.printf("targeted %-22s whole-sentence baseline %s%n", file, baseline);
    System.out.printf("targeted %-22s target model            %s%n", file, targeted);
    assertTrue(targeted.macroF1() > baseline.macroF1() + 0.08, "far better than the baseline");
    return new TargetMetrics[] {baseline, targeted};
  }

  @Test
  void newsMtscRw() throws IOException {
    assertAtLeast(0.738, 0.718, evaluate("newsmtsc-rw.dev.jsonl")[1]);
  }

  @Test
  void newsMtscMt() throws IOException {
    assertAtLeast(0.688, 0.677, evaluate("newsmtsc-mt.dev.jsonl")[1]);
  }

  /** The contextual target scorer, held to README "Accuracy" the same way. */
  @Test
  void contextualNewsMtscRwAndMt() throws IOException {
    try (ContextualSpanScorer contextual =
        new ContextualSpanScorer(TargetModel.standard(), ContextualTargetModel.standard())) {
      for (String file : List.of("newsmtsc-rw.dev.jsonl", "newsmtsc-mt.dev.jsonl")) {
        List<TargetTrainer.Example> examples = TargetTrainer.readNewsMtsc(Required.evalData("targeted/" + file));
        TargetMetrics m = TargetTrainer.evaluate(examples, contextual::score);
        System.out.printf("targeted %-22s contextual              %s%n", file, m);
        if (file.contains("-rw")) {
          assertAtLeast(0.805, 0.787, m);
        } else {
          assertAtLeast(0.738, 0.723, m);
        }
      }
    }
  }

  private static void assertAtLeast(double accuracy, double macroF1, TargetMetrics targeted) {
    assertTrue(targeted.accuracy() >= accuracy - MARGIN, "accuracy, README " + accuracy + ": " + targeted);
    assertTrue(targeted.macroF1() >= macroF1 - MARGIN, "macro-F1, README " + macroF1 + ": " + targeted);
  }
}
