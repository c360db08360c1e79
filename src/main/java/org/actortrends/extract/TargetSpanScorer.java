package org.actortrends.extract;

/**
 * Scores a character span of a labelled sentence with its own tokenizer, sentence scorer and
 * {@link TargetSentiment}: the target scorer toward the span, and the whole-sentence baseline. For evaluation
 * and training, not for the kernel. Not thread-safe: one per thread.
 */
public final class TargetSpanScorer {
  private final SentimentScorer scorer;
  private final TargetSentiment target;
  private final Tokenizer tokenizer;
  private final Tokens tokens = new Tokens();

  public TargetSpanScorer(TargetModel model) {
    Vocabulary vocabulary = new Vocabulary();
    scorer = new SentimentScorer(vocabulary);
    target = new TargetSentiment(vocabulary, scorer, model);
    tokenizer = new Tokenizer(vocabulary);
  }

  /** The targeted score in [-1, 1] toward characters {@code [from, to)}; the whole text is one sentence. */
  public double score(String sentence, int from, int to) {
    tokenizer.tokenize(sentence, tokens);
    int[] span = TargetSentiment.tokenSpan(tokens, from, to);
    return target.score(tokens, 0, tokens.size(), span[0], span[1]);
  }

  /** The class probabilities toward characters {@code [from, to)} ({@link TargetSentiment#probabilities}). */
  public void probabilities(String sentence, int from, int to, double[] out) {
    tokenizer.tokenize(sentence, tokens);
    int[] span = TargetSentiment.tokenSpan(tokens, from, to);
    target.beginSentence(tokens, 0, tokens.size());
    target.probabilities(span[0], span[1], out);
  }

  /** The whole-sentence score, whatever the span: what a mention got before targeted scoring. */
  public double baseline(String sentence, int from, int to) {
    tokenizer.tokenize(sentence, tokens);
    return scorer.scoreSentence(tokens, 0, tokens.size());
  }
}
