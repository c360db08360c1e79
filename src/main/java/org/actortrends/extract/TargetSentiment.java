package org.actortrends.extract;

/**
 * Sentiment toward one target (an actor mention, or any token range) in a sentence, rather than the sentence's
 * own score: in "Putin doesn't want peace, Zelensky said, praising the sanctions" Putin and the sanctions get
 * different signs. The target's features ({@link TargetFeatures}: valences by clause, side and distance, quotes,
 * the target as speaker or possessive or passive agent, and nearby words) go through a multinomial logistic
 * regression ({@link TargetModel}, trained on NewsMTSC by {@code train-targets}) whose class probabilities map to a
 * score in [-1, 1]: {@code P(positive) - P(negative)}, pushed past ±{@link #BAND} when positive or negative is the
 * most likely class and kept inside ±{@link #NEUTRAL_LIMIT} when neutral is. So a score above 0.05 means
 * "positive", below -0.05 "negative", in between "neutral", as the tables count them.
 *
 * <p>Use: {@link #beginSentence} once per sentence, then {@link #score(int, int)} for each target in it. Allocates
 * nothing per target. Not thread-safe (scratch buffers): one per thread, like the tokenizer.
 */
public final class TargetSentiment {
  /** The least magnitude of the score of a target predicted positive or negative. */
  public static final double BAND = 0.06;
  /** The greatest magnitude of the score of a target predicted neutral. */
  public static final double NEUTRAL_LIMIT = 0.04;

  private final TargetFeatures features;
  private final TargetModel model;
  private final double[] logits = new double[TargetModel.CLASSES];
  private final double[] probabilities = new double[TargetModel.CLASSES];
  /**
   * Per sentence: {@code leftSums[k * 3 + c]} sums the SL weights of the sentence's tokens before token k, and
   * {@code rightSums[k * 3 + c]} the SR weights of token k and those after it.
   */
  private double[] leftSums = new double[64 * 3];
  private double[] rightSums = new double[64 * 3];

  /** Scores with the bundled model. */
  public TargetSentiment(Vocabulary vocabulary, SentimentScorer scorer) {
    this(vocabulary, scorer, TargetModel.standard());
  }

  public TargetSentiment(Vocabulary vocabulary, SentimentScorer scorer, TargetModel targetModel) {
    features = new TargetFeatures(vocabulary, scorer, targetModel.stemsOf(vocabulary));
    features.sides = false;
    model = targetModel;
  }

  /** Reads sentence {@code [fromToken, toToken)} of {@code tokens}, for the targets that follow. */
  public void beginSentence(Tokens tokens, int fromToken, int toToken) {
    features.sentence(tokens, fromToken, toToken);
    int n = features.length();
    if (leftSums.length < (n + 1) * 3) {
      leftSums = new double[(n + 1) * 6];
      rightSums = new double[(n + 1) * 6];
    }
    float[] w = model.byStem;
    leftSums[0] = leftSums[1] = leftSums[2] = 0;
    for (int k = 0; k < n; k++) {
      int o = k * 3;
      leftSums[o + 3] = leftSums[o];
      leftSums[o + 4] = leftSums[o + 1];
      leftSums[o + 5] = leftSums[o + 2];
      int at = TargetModel.weightsAt(TargetFeatures.T_SENTENCE_LEFT, features.contextId(k));
      if (at >= 0) {
        leftSums[o + 3] += w[at];
        leftSums[o + 4] += w[at + 1];
        leftSums[o + 5] += w[at + 2];
      }
    }
    int last = n * 3;
    rightSums[last] = rightSums[last + 1] = rightSums[last + 2] = 0;
    for (int k = n - 1; k >= 0; k--) {
      int o = k * 3;
      rightSums[o] = rightSums[o + 3];
      rightSums[o + 1] = rightSums[o + 4];
      rightSums[o + 2] = rightSums[o + 5];
      int at = TargetModel.weightsAt(TargetFeatures.T_SENTENCE_RIGHT, features.contextId(k));
      if (at >= 0) {
        rightSums[o] += w[at];
        rightSums[o + 1] += w[at + 1];
        rightSums[o + 2] += w[at + 2];
      }
    }
  }

  /** The whole-sentence score ({@link SentimentScorer#scoreSentence}) of the current sentence, read once. */
  public double sentenceScore() {
    return features.sentenceScore();
  }

  /** The sentiment in [-1, 1] toward target tokens {@code [targetFrom, targetTo)} of the current sentence. */
  public double score(int targetFrom, int targetTo) {
    probabilities(targetFrom, targetTo, probabilities);
    return toScore(probabilities);
  }

  /** {@link #beginSentence} and {@link #score(int, int)} in one call. */
  public double score(Tokens tokens, int sentenceFrom, int sentenceTo, int targetFrom, int targetTo) {
    beginSentence(tokens, sentenceFrom, sentenceTo);
    return score(targetFrom, targetTo);
  }

  /**
   * The class probabilities ({@link TargetModel#NEGATIVE}, {@link TargetModel#NEUTRAL},
   * {@link TargetModel#POSITIVE}) of target {@code [targetFrom, targetTo)} of the current sentence, into
   * {@code out}.
   */
  public void probabilities(int targetFrom, int targetTo, double[] out) {
    features.target(targetFrom, targetTo);
    logits(features, model, logits);
    int n = features.length();
    if (n > 0) {
      // The SL and SR words, from the sums of the sentence (clipped as the features clip the target).
      int tf = Math.min(Math.max(targetFrom - features.from(), 0), n - 1);
      int tt = Math.min(Math.max(targetTo - features.from(), tf + 1), n);
      for (int c = 0; c < TargetModel.CLASSES; c++) {
        logits[c] += leftSums[tf * 3 + c] + rightSums[tt * 3 + c];
      }
    }
    softmax(logits, out);
  }

  static void logits(TargetFeatures f, TargetModel m, double[] z) {
    int classes = TargetModel.CLASSES;
    System.arraycopy(m.bias, 0, z, 0, classes);
    double[] x = f.numeric;
    for (int k = 0; k < x.length; k++) {
      double v = x[k];
      if (v != 0) {
        int o = k * classes;
        z[0] += v * m.numeric[o];
        z[1] += v * m.numeric[o + 1];
        z[2] += v * m.numeric[o + 2];
      }
    }
    for (int j = 0; j < f.wordFeatures; j++) {
      int at = TargetModel.weightsAt(f.wordTemplate[j], f.wordId[j]);
      if (at >= 0) {
        z[0] += m.byStem[at];
        z[1] += m.byStem[at + 1];
        z[2] += m.byStem[at + 2];
      }
    }
  }

  static void softmax(double[] z, double[] p) {
    double max = Math.max(z[0], Math.max(z[1], z[2]));
    double sum = 0;
    for (int c = 0; c < z.length; c++) {
      p[c] = Math.exp(z[c] - max);
      sum += p[c];
    }
    for (int c = 0; c < z.length; c++) {
      p[c] /= sum;
    }
  }

  /** Class probabilities to a score in [-1, 1] whose band (±0.05) gives the most likely class. */
  public static double toScore(double[] p) {
    double d = p[TargetModel.POSITIVE] - p[TargetModel.NEGATIVE];
    boolean neutral = p[TargetModel.NEUTRAL] >= p[TargetModel.POSITIVE]
        && p[TargetModel.NEUTRAL] >= p[TargetModel.NEGATIVE];
    if (neutral) {
      return NEUTRAL_LIMIT * d;
    }
    boolean positive = p[TargetModel.POSITIVE] >= p[TargetModel.NEGATIVE];
    double magnitude = BAND + (1 - BAND) * Math.abs(d);
    return positive ? magnitude : -magnitude;
  }

  private static final ThreadLocal<TargetSpanScorer> SPAN_SCORER =
      ThreadLocal.withInitial(() -> new TargetSpanScorer(TargetModel.standard()));

  /**
   * The sentiment in [-1, 1] toward the characters {@code [from, to)} of {@code sentence} with the bundled model;
   * the sentence is read as one (its line breaks included), and the target is the word tokens that overlap the
   * span. For evaluation on labelled sentences (the shape of the {@code TargetScorer} seam:
   * {@code TargetSentiment::scoreSpan}); thread-safe (a kernel per thread), but it tokenizes on every call.
   */
  public static double scoreSpan(String sentence, int from, int to) {
    return SPAN_SCORER.get().score(sentence, from, to);
  }

  /**
   * The word and number tokens overlapping characters {@code [from, to)}: {first, end}; the nearest token when
   * none does.
   */
  static int[] tokenSpan(Tokens tokens, int from, int to) {
    int first = -1;
    int end = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.type(i) != Tokens.PUNCT && tokens.start(i) < to && tokens.end(i) > from) {
        if (first < 0) {
          first = i;
        }
        end = i + 1;
      }
    }
    if (first < 0) {
      // Nothing overlaps (a span of only spaces, or one in a skipped line): the first token after it, else the last.
      first = Math.max(0, tokens.size() - 1);
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.start(i) >= to) {
          first = i;
          break;
        }
      }
      end = Math.min(tokens.size(), first + 1);
    }
    return new int[] {first, end};
  }
}
