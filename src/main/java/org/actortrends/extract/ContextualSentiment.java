package org.actortrends.extract;

/**
 * The contextual sentiment scorers, which share one encoding of each sentence ({@link SentenceEncoder}): toward a
 * target, the fast model's class probabilities read again with the encoder's vectors of the target and of its
 * sentence ({@link ContextualTargetModel}); of a whole sentence, a regression on its mean vector
 * ({@link ContextualSentenceModel}). More accurate on news they were not trained on (README, "Accuracy"), and about
 * a thousand times slower per sentence: the job uses them only when asked ({@code --sentimentModel=contextual}).
 * One per thread.
 */
public final class ContextualSentiment implements AutoCloseable {
  private final SentenceEncoder encoder = new SentenceEncoder();
  private final ContextualTargetModel targets;
  private final ContextualSentenceModel sentences;
  private final float[] target = new float[SentenceEncoder.DIMS];
  private final float[] sentence = new float[SentenceEncoder.DIMS];
  private final double[] x = new double[ContextualTargetModel.FEATURES];

  public ContextualSentiment(ContextualTargetModel targets, ContextualSentenceModel sentences) {
    this.targets = targets;
    this.sentences = sentences;
  }

  /** The bundled models. */
  public static ContextualSentiment standard() {
    return new ContextualSentiment(ContextualTargetModel.standard(), ContextualSentenceModel.standard());
  }

  /** Reads a sentence; targets are then given by their characters in it. */
  public void beginSentence(String text) {
    encoder.encode(text);
    encoder.sentenceMean(sentence);
  }

  /** The score in (-1, 1) of the sentence last read, on the scale of the fast sentence score. */
  public double sentenceScore() {
    return sentences.score(sentence);
  }

  /** Reads {@code text} as one sentence and gives its score. */
  public double scoreSentence(String text) {
    beginSentence(text);
    return sentenceScore();
  }

  /**
   * The class probabilities toward characters {@code [from, to)} of the sentence, given the fast model's
   * {@code fast}, into {@code out}; the fast ones when the encoder did not read that far into a long sentence.
   */
  public void probabilities(double[] fast, int from, int to, double[] out) {
    if (!encoder.spanMean(from, to, target)) {
      System.arraycopy(fast, 0, out, 0, TargetModel.CLASSES);
      return;
    }
    ContextualTargetModel.features(fast, target, sentence, x);
    targets.probabilities(x, out);
  }

  @Override
  public void close() {
    encoder.close();
  }
}
