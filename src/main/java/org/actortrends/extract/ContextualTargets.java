package org.actortrends.extract;

/**
 * The contextual target scorer: the fast model's class probabilities toward a target, read again with the
 * sentence encoder's vectors of the target and of its sentence ({@link ContextualTargetModel}). More accurate on
 * news it was not trained on (README, "Accuracy"), and about a thousand times slower per sentence: the job uses it
 * only when asked ({@code --targetModel=contextual}). One per thread.
 */
public final class ContextualTargets implements AutoCloseable {
  private final SentenceEncoder encoder = new SentenceEncoder();
  private final ContextualTargetModel model;
  private final float[] target = new float[SentenceEncoder.DIMS];
  private final float[] sentence = new float[SentenceEncoder.DIMS];
  private final double[] x = new double[ContextualTargetModel.FEATURES];

  public ContextualTargets(ContextualTargetModel model) {
    this.model = model;
  }

  /** Reads a sentence; targets are then given by their characters in it. */
  public void beginSentence(String text) {
    encoder.encode(text);
    encoder.sentenceMean(sentence);
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
    model.probabilities(x, out);
  }

  @Override
  public void close() {
    encoder.close();
  }
}
