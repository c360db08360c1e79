package org.actortrends.extract;

/**
 * Scores a character span of a labelled sentence with the contextual target scorer, as {@link TargetSpanScorer}
 * does with the fast one: for evaluation and training, not for the kernel. Not thread-safe: one per thread.
 */
public final class ContextualSpanScorer implements AutoCloseable {
  private final TargetSpanScorer fast;
  private final ContextualSentiment contextual;
  private final double[] fastProbabilities = new double[TargetModel.CLASSES];
  private final double[] probabilities = new double[TargetModel.CLASSES];

  public ContextualSpanScorer(TargetModel fastModel, ContextualTargetModel model) {
    fast = new TargetSpanScorer(fastModel);
    contextual = new ContextualSentiment(model, ContextualSentenceModel.standard(), 1);
  }

  /** The targeted score in [-1, 1] toward characters {@code [from, to)}; the whole text is one sentence. */
  public double score(String sentence, int from, int to) {
    fast.probabilities(sentence, from, to, fastProbabilities);
    contextual.beginSentence(sentence); // a sentence's targets come one after another: it is encoded once
    contextual.probabilities(fastProbabilities, from, to, probabilities);
    return TargetSentiment.toScore(probabilities);
  }

  @Override
  public void close() {
    contextual.close();
  }
}
