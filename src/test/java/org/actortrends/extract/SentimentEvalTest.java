package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.actortrends.Required;
import org.junit.jupiter.api.Test;

/**
 * Agreement of {@link SentimentScorer#scoreSentence} with human ratings (the VADER paper's sentence sets, TSV
 * {@code id rating text}, rating -4..+4). Each file's r and weighted F1 are held to README "Accuracy" (column
 * "now", whole file) less {@link #MARGIN}; the files are {@link Required}. Throughput is measured by the JMH
 * benchmark {@code scoreSentences} and by {@code bench}, not here.
 */
class SentimentEvalTest {
  /** How far below README's figures a floor sits: room for rounding and a little noise, not for a worse scorer. */
  private static final double MARGIN = 0.01;
  /** Our score counts as neutral within ±this. */
  private static final double NEUTRAL_BAND = 0.05;

  private final Vocabulary vocabulary = new Vocabulary();
  private final SentimentScorer scorer = new SentimentScorer(vocabulary);
  private final Tokenizer tokenizer = new Tokenizer(vocabulary);
  private final Tokens tokens = new Tokens();

  @Test
  void nytEditorials() throws IOException {
    // In-sample: the shipped model is trained on this file; cross-validated by article it is 0.605 / 0.661.
    assertAtLeast(0.668, 0.689, "nyt_editorials.dev.tsv");
  }

  @Test
  void tweets() throws IOException {
    assertAtLeast(0.850, 0.913, "tweets.tsv");
  }

  /** Not our domain, but README gives their figures too. */
  @Test
  void movieAndProductReviews() throws IOException {
    assertAtLeast(0.569, 0.704, "movie_reviews.tsv");
    assertAtLeast(0.680, 0.739, "amazon_reviews.tsv");
  }

  /**
   * The contextual sentence model: trained on the NYT file only (by article it is 0.738 / 0.760), so the tweets are
   * a domain it never saw.
   */
  @Test
  void contextualNytEditorialsAndTweets() throws IOException {
    try (ContextualSentiment contextual = ContextualSentiment.standard()) {
      assertAtLeast(0.767, 0.777, "nyt_editorials.dev.tsv", contextual::scoreSentence);
      assertAtLeast(0.849, 0.834, "tweets.tsv", contextual::scoreSentence);
    }
  }

  private void assertAtLeast(double pearson, double weightedF1, String file) throws IOException {
    assertAtLeast(pearson, weightedF1, file, this::fastScore);
  }

  private void assertAtLeast(double pearson, double weightedF1, String file, ToDoubleFunction<String> score)
      throws IOException {
    Agreement a = evaluate(file, score);
    assertTrue(a.pearson >= pearson - MARGIN, file + ": r " + a.pearson + ", README " + pearson);
    assertTrue(a.weightedF1 >= weightedF1 - MARGIN, file + ": weighted F1 " + a.weightedF1 + ", README " + weightedF1);
  }

  @Test
  void metricsOnATinyExample() {
    assertEquals(1.0, pearson(new double[] {1, 2, 3}, new double[] {2, 4, 6}), 1e-12);
    // Truth: positive, negative, neutral, positive; predicted: positive, negative, neutral, negative.
    // F1 positive 2/3 (weight 2), negative 2/3 (weight 1), neutral 1 (weight 1).
    double[] truth = {1.5, -1, 0, 0.2};
    double[] predicted = {0.5, -0.5, 0.01, -0.3};
    assertEquals(0.75, weightedF1(truth, predicted), 1e-12);
  }

  private double fastScore(String text) {
    tokenizer.tokenize(text, tokens);
    return scorer.scoreSentence(tokens, 0, tokens.size()); // the whole line, as VADER scores it
  }

  private Agreement evaluate(String file, ToDoubleFunction<String> score) throws IOException {
    List<Rated> rows = read(file);
    double[] truth = new double[rows.size()];
    double[] predicted = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      truth[i] = rows.get(i).rating;
      predicted[i] = score.applyAsDouble(rows.get(i).text);
    }
    Agreement a = new Agreement(pearson(truth, predicted), weightedF1(truth, predicted));
    System.out.printf("sentiment %-24s n=%5d  r=%.3f  weighted F1=%.3f%n", file, rows.size(), a.pearson,
        a.weightedF1);
    return a;
  }

  private record Agreement(double pearson, double weightedF1) {}

  private record Rated(double rating, String text) {}

  private static List<Rated> read(String file) throws IOException {
    Path path = Required.evalData("sentiment/" + file);
    List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    List<Rated> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) { // skip the header
      int tab1 = line.indexOf('\t');
      int tab2 = line.indexOf('\t', tab1 + 1);
      rows.add(new Rated(Double.parseDouble(line.substring(tab1 + 1, tab2)), line.substring(tab2 + 1)));
    }
    return rows;
  }

  static double pearson(double[] x, double[] y) {
    int n = x.length;
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i] / n;
      my += y[i] / n;
    }
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  /**
   * F1 of the classes negative, neutral, positive, averaged with the true class sizes as weights. The truth is cut
   * at 0 (neutral only when the mean rating is exactly 0), our score at ±{@link #NEUTRAL_BAND}.
   */
  static double weightedF1(double[] truth, double[] predicted) {
    int[][] confusion = new int[3][3];
    for (int i = 0; i < truth.length; i++) {
      confusion[(int) Math.signum(truth[i]) + 1][predictedClass(predicted[i])]++;
    }
    double weighted = 0;
    for (int c = 0; c < 3; c++) {
      int truePositives = confusion[c][c];
      int actual = confusion[c][0] + confusion[c][1] + confusion[c][2];
      int predictedAs = confusion[0][c] + confusion[1][c] + confusion[2][c];
      double f1 = actual + predictedAs == 0 ? 0 : 2.0 * truePositives / (actual + predictedAs);
      weighted += f1 * actual;
    }
    return weighted / truth.length;
  }

  private static int predictedClass(double score) {
    if (score >= NEUTRAL_BAND) {
      return 2;
    }
    return score <= -NEUTRAL_BAND ? 0 : 1;
  }
}
