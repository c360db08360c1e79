package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.actortrends.Required;
import org.junit.jupiter.api.Test;

/**
 * Accuracy and macro-F1 per target on the NewsMTSC dev sets (the shared labelled data, {@link Required}), of the
 * whole-sentence baseline and of the bundled target model. Prints both; the floors sit a
 * little under what the model reaches, to catch a broken scorer or model.
 */
class TargetEvalTest {
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
    TargetMetrics targeted = evaluate("newsmtsc-rw.dev.jsonl")[1];
    assertTrue(targeted.macroF1() >= 0.66, "rw macro-F1 " + targeted.macroF1());
    assertTrue(targeted.accuracy() >= 0.68, "rw accuracy " + targeted.accuracy());
  }

  @Test
  void newsMtscMt() throws IOException {
    TargetMetrics targeted = evaluate("newsmtsc-mt.dev.jsonl")[1];
    assertTrue(targeted.macroF1() >= 0.62, "mt macro-F1 " + targeted.macroF1());
    assertTrue(targeted.accuracy() >= 0.63, "mt accuracy " + targeted.accuracy());
  }
}
