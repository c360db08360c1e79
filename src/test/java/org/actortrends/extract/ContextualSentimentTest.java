package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sentence encoder, the contextual model's file and fit, and the contextual scorer in the kernel. */
class ContextualSentimentTest {
  private static SentenceEncoder encoder;

  @BeforeAll
  static void open() {
    encoder = new SentenceEncoder();
  }

  @AfterAll
  static void close() {
    encoder.close();
  }

  @Test
  void aTargetsVectorDependsOnItsSentence() {
    float[] praised = new float[SentenceEncoder.DIMS];
    float[] again = new float[SentenceEncoder.DIMS];
    float[] attacked = new float[SentenceEncoder.DIMS];
    String a = "Merz praised Macron for the deal.";
    encoder.encode(a);
    assertTrue(encoder.spanMean(a.indexOf("Macron"), a.indexOf("Macron") + 6, praised));
    encoder.encode(a);
    assertTrue(encoder.spanMean(a.indexOf("Macron"), a.indexOf("Macron") + 6, again));
    assertArrayEquals(praised, again, "the same sentence gives the same vectors");
    String b = "Merz attacked Macron over the deal.";
    encoder.encode(b);
    assertTrue(encoder.spanMean(b.indexOf("Macron"), b.indexOf("Macron") + 6, attacked));
    double distance = 0;
    for (int k = 0; k < SentenceEncoder.DIMS; k++) {
      distance += Math.abs(praised[k] - attacked[k]);
    }
    assertTrue(distance > 1, "the same name in another sentence has another vector: " + distance);
    assertTrue(encoder.pieces() >= 9, "markers and word pieces: " + encoder.pieces());
  }

  @Test
  void sentencesAreScoredOnTheFastScoresScale() {
    try (ContextualSentiment contextual = ContextualSentiment.standard()) {
      double good = contextual.scoreSentence("The rescue was a triumph, and the town is grateful to the volunteers.");
      double bad = contextual.scoreSentence("The attack was a disaster that left dozens dead and a city in fear.");
      assertTrue(good > 0.2 && good < 1, "good news: " + good);
      assertTrue(bad < -0.2 && bad > -1, "bad news: " + bad);
      contextual.beginSentence("The attack was a disaster that left dozens dead and a city in fear.");
      assertEquals(bad, contextual.sentenceScore(), 0.0, "the sentence last read");
    }
  }

  @Test
  void aSentenceReadAgainIsNotEncodedAgainAndScoresTheSame() {
    String a = "Merz praised Macron for the deal, but Scholz attacked him.";
    String b = "The attack was a disaster that left dozens dead.";
    int macron = a.indexOf("Macron");
    int scholz = a.indexOf("Scholz");
    double[] fast = {0.3, 0.4, 0.3};
    try (ContextualSentiment fresh = new ContextualSentiment(
            ContextualTargetModel.standard(), ContextualSentenceModel.standard(), 0);
        ContextualSentiment cached = new ContextualSentiment(
            ContextualTargetModel.standard(), ContextualSentenceModel.standard(), 2)) {
      double[] expectedMacron = probabilities(fresh, a, fast, macron, macron + 6);
      double[] expectedScholz = probabilities(fresh, a, fast, scholz, scholz + 6);
      double expectedB = fresh.scoreSentence(b);
      assertArrayEquals(expectedMacron, probabilities(cached, a, fast, macron, macron + 6), 0.0);
      assertEquals(expectedB, cached.scoreSentence(b), 0.0);
      assertArrayEquals(expectedMacron, probabilities(cached, a, fast, macron, macron + 6), 0.0,
          "the kept vector");
      assertArrayEquals(expectedScholz, probabilities(cached, a, fast, scholz, scholz + 6), 0.0,
          "a target not asked before: the kept sentence is encoded again, after another one");
      assertEquals(expectedB, cached.scoreSentence(b), 0.0);
      assertArrayEquals(new long[] {3, 2}, cached.cacheCounts(), "hits, then sentences encoded");
      cached.scoreSentence("One more sentence.");
      cached.scoreSentence("And another one.");
      cached.scoreSentence(a);
      assertArrayEquals(new long[] {3, 5}, cached.cacheCounts(), "the least recently used went first");
      assertArrayEquals(new long[] {0, 3}, fresh.cacheCounts(), "none kept");
    }
  }

  @Test
  void aTargetTheFastModelIsSureOfKeepsItsAnswerAndNeedsNoEncoding() {
    String a = "Merz praised Macron for the deal.";
    int macron = a.indexOf("Macron");
    double[] sure = {0.05, 0.05, 0.9};
    double[] unsure = {0.2, 0.5, 0.3};
    try (ContextualSentiment contextual = ContextualSentiment.standard()) {
      assertArrayEquals(sure, probabilities(contextual, a, sure, macron, macron + 6), 0.0);
      assertArrayEquals(new long[] {0, 0}, contextual.cacheCounts(), "nothing encoded");
      double[] read = probabilities(contextual, a, unsure, macron, macron + 6);
      assertFalse(java.util.Arrays.equals(unsure, read), "read again by the contextual model");
      assertArrayEquals(new long[] {0, 1}, contextual.cacheCounts(), "encoded once");
    }
  }

  private static double[] probabilities(ContextualSentiment scorer, String sentence, double[] fast, int from,
      int to) {
    double[] p = new double[TargetModel.CLASSES];
    scorer.beginSentence(sentence);
    scorer.probabilities(fast, from, to, p);
    return p;
  }

  @Test
  void theSentenceModelFileRoundTripsAndBadFilesSayWhere() throws IOException {
    ContextualSentenceModel m = ContextualSentenceModel.standard();
    String tsv = m.toTsv(List.of("a comment"));
    ContextualSentenceModel back =
        ContextualSentenceModel.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test");
    assertEquals(m.bias, back.bias, 1e-5);
    assertArrayEquals(m.weights, back.weights, 1e-5);
    IOException shortLine = assertThrows(IOException.class, () -> ContextualSentenceModel.read(
        new ByteArrayInputStream("# x\nrating\t1\t2\n".getBytes(StandardCharsets.UTF_8)), "test"));
    assertTrue(shortLine.getMessage().contains("test:2"), shortLine.getMessage());
  }

  @Test
  void aSpanTheEncoderDidNotReadHasNoVector() {
    StringBuilder longSentence = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      longSentence.append("word ");
    }
    String s = longSentence + "Macron spoke.";
    encoder.encode(s);
    float[] v = new float[SentenceEncoder.DIMS];
    assertFalse(encoder.spanMean(s.indexOf("Macron"), s.indexOf("Macron") + 6, v), "past the pieces read");
    assertEquals(SentenceEncoder.MAX_PIECES, encoder.pieces());
    assertFalse(encoder.spanMean(0, 0, v), "an empty span");
  }

  @Test
  void theModelFileRoundTripsAndBadFilesSayWhere() throws IOException {
    ContextualTargetModel m = ContextualTargetModel.standard();
    String tsv = m.toTsv(List.of("a comment"));
    ContextualTargetModel back = read(tsv);
    assertArrayEquals(m.bias, back.bias, 1e-5);
    assertArrayEquals(m.weights, back.weights, 1e-5);
    IOException missing = assertThrows(IOException.class, () -> read(tsv.substring(0, tsv.indexOf("\npositive"))));
    assertTrue(missing.getMessage().contains("no line for positive"), missing.getMessage());
    IOException shortLine = assertThrows(IOException.class, () -> read("# x\nnegative\t1\t2\n"));
    assertTrue(shortLine.getMessage().contains("test:2"), shortLine.getMessage());
  }

  private static ContextualTargetModel read(String tsv) throws IOException {
    return ContextualTargetModel.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test");
  }

  @Test
  void theFitRecoversAKnownLinearRuleAndIsDeterministic() {
    Random random = new Random(7);
    int n = 600;
    double[][] x = new double[n][4];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      for (int f = 0; f < 4; f++) {
        x[i][f] = random.nextGaussian() * (f + 1) + f; // unequal scales and means: the fit standardises
      }
      double a = x[i][0] - x[i][2] / 3;
      y[i] = a < -0.7 ? 0 : a > 0.7 ? 2 : 1;
    }
    SoftmaxRegression.Fit fit = SoftmaxRegression.fit(x, y, 3, 10);
    int right = 0;
    for (int i = 0; i < n; i++) {
      double[] z = new double[3];
      for (int c = 0; c < 3; c++) {
        z[c] = fit.bias()[c];
        for (int f = 0; f < 4; f++) {
          z[c] += fit.weights()[c * 4 + f] * x[i][f];
        }
      }
      int best = z[0] >= z[1] && z[0] >= z[2] ? 0 : z[1] >= z[2] ? 1 : 2;
      right += best == y[i] ? 1 : 0;
    }
    assertTrue(right > 0.9 * n, "learns the rule on raw features: " + right + " of " + n);
    assertTrue(Math.abs(fit.weights()[2 * 4 + 1]) < Math.abs(fit.weights()[2 * 4]) / 5, "ignores a useless feature");
    assertArrayEquals(fit.weights(), SoftmaxRegression.fit(x, y, 3, 10).weights(), 0, "deterministic");
    SoftmaxRegression.Fit strong = SoftmaxRegression.fit(x, y, 3, 1e-4);
    assertTrue(Math.abs(strong.weights()[2 * 4]) < Math.abs(fit.weights()[2 * 4]) / 10, "a small C shrinks weights");
  }

  @Test
  void theKernelScoresMentionsContextuallyWhenAsked() {
    String doc = "Talks in Brussels\n\nEmmanuel Macron condemned Viktor Orbán on Tuesday over the veto, and "
        + "Ursula von der Leyen praised Olaf Scholz for his patience. The summit ends on Friday.";
    LocalDate day = LocalDate.of(2024, 3, 5);
    ArticleAnalysis fast;
    ArticleAnalysis contextual;
    try (ArticleExtractor f = new ArticleExtractor(ActorDictionary.loadDefault())) {
      fast = f.analyze(doc, day);
    }
    try (ArticleExtractor c = new ArticleExtractor(ActorDictionary.loadDefault(),
        ContextualSentiment.standard())) {
      contextual = c.analyze(doc, day);
    }
    assertEquals(fast.mentions().size(), contextual.mentions().size(), "the same mentions");
    assertTrue(fast.mentions().size() >= 3, "mentions: " + fast.mentions());
    boolean anyDiffers = false;
    for (int m = 0; m < fast.mentions().size(); m++) {
      double s = contextual.mentionSentiment()[m];
      assertTrue(s >= -1 && s <= 1, "in [-1, 1]: " + s);
      anyDiffers |= s != fast.mentionSentiment()[m];
    }
    assertTrue(anyDiffers, "the contextual scores are its own");
  }
}
