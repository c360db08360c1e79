package org.actortrends.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PoissonTailsTest {
  @Test
  void tailsAreExact() {
    assertEquals(1 - Math.exp(-1), PoissonTails.atLeast(1, 1), 1e-12);
    assertEquals(Math.exp(-5.9), PoissonTails.atMost(0, 5.9), 1e-14);
    // P(X <= 2 | 3) = e^-3 (1 + 3 + 4.5)
    assertEquals(Math.exp(-3) * 8.5, PoissonTails.atMost(2, 3), 1e-12);
    // far tails keep their precision: P(X >= 76 | 14), summed term by term elsewhere, is 6.8716545e-31
    assertEquals(6.8716545e-31, PoissonTails.atLeast(76, 14), 1e-37);
    assertEquals(Math.log(24), PoissonTails.logGamma(5), 1e-12);
    assertEquals(0.5 * Math.log(Math.PI), PoissonTails.logGamma(0.5), 1e-12);
  }

  @Test
  void normalQuantilesMatchTheTables() {
    assertEquals(1.959964, PoissonTails.normalQuantile(0.975), 1e-5);
    assertEquals(-2.326348, PoissonTails.normalQuantile(0.01), 1e-5);
    assertEquals(-8.222082, PoissonTails.normalQuantile(1e-16), 1e-4);
    assertEquals(0, PoissonTails.normalQuantile(0.5), 1e-8);
  }

  @Test
  void scoresHaveTheSignOfTheChangeAndRespectTheTails() {
    // no article where 6 were expected: P = e^-6 = 0.25 %, about -2.8 standard deviations
    assertEquals(-2.81, PoissonTails.score(0, 6), 0.01);
    assertTrue(PoissonTails.score(76, 14) > 10);
    assertEquals(0, PoissonTails.score(5, 5));
    assertEquals(PoissonTails.MAX_SCORE, PoissonTails.score(10, 0));
  }
}
