package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceTrainerTest {
  @Test
  void solvesALinearSystem() {
    double[][] a = {{2, 1, 5}, {1, 3, 10}}; // 2x + y = 5, x + 3y = 10
    assertArrayEquals(new double[] {1, 3}, SentenceTrainer.solve(a), 1e-12);
  }

  @Test
  void learnsTheSignalWeightsAndAWordTheLexiconLacks() {
    SentenceTrainer.Reader reader = new SentenceTrainer.Reader();
    List<SentenceTrainer.Text> texts = new ArrayList<>();
    List<Double> ratings = new ArrayList<>();
    String[] rated = {"The plan is good.", "2", "The plan is bad.", "-2", "A great plan.", "3",
        "A terrible plan.", "-3", "The plan is zorbish.", "-1", "Zorbish again, they said.", "-1",
        "The vote was held.", "0", "The plan is zorbish and bad.", "-3"};
    for (int k = 0; k < 20; k++) {
      for (int i = 0; i < rated.length; i += 2) {
        texts.add(reader.read(rated[i]));
        ratings.add(Double.parseDouble(rated[i + 1]));
      }
    }
    double[] y = ratings.stream().mapToDouble(Double::doubleValue).toArray();
    double[] w = new double[y.length];
    java.util.Arrays.fill(w, 1);
    SentenceTrainer.Settings settings = new SentenceTrainer.Settings(0.001, 1, 1, 2, 5, 0.02);
    SentenceModel model = SentenceTrainer.fit(texts, y, w, settings, List.of("# test"));
    assertTrue(model.weight(SentenceModel.POS_MILD) > 0);
    assertTrue(model.weight(SentenceModel.NEG_STRONG) > 0); // "bad", "terrible": negative sums, positive weight
    assertTrue(model.words().get("zorbish") < -0.5, "zorbish " + model.words().get("zorbish"));
    SentenceModel again = SentenceTrainer.fit(texts, y, w, settings, List.of("# test"));
    assertEquals(model.text(), again.text());
  }
}
