package org.actortrends.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetricsTest {
  @Test
  void pearsonOfTinySeries() {
    assertEquals(1.0, Metrics.pearson(new double[] {1, 2, 3}, new double[] {2, 4, 6}), 1e-12);
    assertEquals(-1.0, Metrics.pearson(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-12);
    // x = 1,2,3,4; y = 1,3,2,4: sxy = 4, sxx = syy = 5, r = 0.8
    assertEquals(0.8, Metrics.pearson(new double[] {1, 2, 3, 4}, new double[] {1, 3, 2, 4}), 1e-12);
    assertTrue(Double.isNaN(Metrics.pearson(new double[] {1, 1, 1}, new double[] {1, 2, 3})));
    assertTrue(Double.isNaN(Metrics.pearson(new double[] {1}, new double[] {1})));
    assertThrows(IllegalArgumentException.class, () -> Metrics.pearson(new double[] {1, 2}, new double[] {1}));
  }

  @Test
  void classesAtTheCutAndBySign() {
    assertEquals(Metrics.POSITIVE, Metrics.classOf(0.05, 0.05));
    assertEquals(Metrics.NEUTRAL, Metrics.classOf(0.0499, 0.05));
    assertEquals(Metrics.NEUTRAL, Metrics.classOf(-0.0499, 0.05));
    assertEquals(Metrics.NEGATIVE, Metrics.classOf(-0.05, 0.05));
    assertEquals(Metrics.POSITIVE, Metrics.classOfSign(0.01));
    assertEquals(Metrics.NEUTRAL, Metrics.classOfSign(0));
    assertEquals(Metrics.NEGATIVE, Metrics.classOfSign(-0.01));
  }

  @Test
  void confusionCountsAndWeightedF1() {
    // Truth: positive, negative, neutral, positive; predicted: positive, negative, neutral, negative.
    // F1 positive 2/3 (support 2), negative 2/3 (support 1), neutral 1 (support 1): weighted (4/3 + 2/3 + 1) / 4.
    double[] truth = {1.5, -1, 0, 0.2};
    double[] predicted = {0.5, -0.5, 0.01, -0.3};
    Metrics.Confusion c = Metrics.signConfusion(truth, predicted, 0.05);
    assertEquals(4, c.total());
    assertEquals(1, c.count(Metrics.POSITIVE, Metrics.POSITIVE));
    assertEquals(1, c.count(Metrics.POSITIVE, Metrics.NEGATIVE));
    assertEquals(1, c.count(Metrics.NEGATIVE, Metrics.NEGATIVE));
    assertEquals(1, c.count(Metrics.NEUTRAL, Metrics.NEUTRAL));
    assertEquals(2, c.support(Metrics.POSITIVE));
    assertEquals(2, c.predicted(Metrics.NEGATIVE));
    assertEquals(0.75, c.weightedF1(), 1e-12);
    assertEquals(0.75, c.accuracy(), 1e-12);
    assertEquals((2.0 / 3 + 2.0 / 3 + 1) / 3, c.macroF1(), 1e-12);
    assertEquals(0.5, c.precision(Metrics.NEGATIVE), 1e-12);
    assertEquals(0.5, c.recall(Metrics.POSITIVE), 1e-12);
  }

  @Test
  void macroF1CountsAnAbsentClassAsZeroAndWeightedF1IgnoresIt() {
    Metrics.Confusion c = new Metrics.Confusion();
    c.add(Metrics.NEGATIVE, Metrics.NEGATIVE);
    c.add(Metrics.NEGATIVE, Metrics.NEGATIVE);
    c.add(Metrics.POSITIVE, Metrics.POSITIVE);
    c.add(Metrics.POSITIVE, Metrics.NEGATIVE);
    // F1 negative 2*2/(2+3) = 0.8, positive 2*1/(2+1) = 2/3, neutral neither present nor predicted: 0.
    assertEquals((0.8 + 2.0 / 3) / 3, c.macroF1(), 1e-12);
    assertEquals((0.8 * 2 + 2.0 / 3 * 2) / 4, c.weightedF1(), 1e-12);
    assertEquals(0, c.f1(Metrics.NEUTRAL));
    assertTrue(Double.isNaN(new Metrics.Confusion().accuracy()));
  }
}
