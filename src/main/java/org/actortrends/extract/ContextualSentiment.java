package org.actortrends.extract;

/**
 * The contextual sentiment scorers, which share one encoding of each sentence ({@link SentenceEncoder}): toward a
 * target, the fast model's class probabilities read again with the encoder's vectors of the target and of its
 * sentence ({@link ContextualTargetModel}); of a whole sentence, a regression on its mean vector
 * ({@link ContextualSentenceModel}). More accurate on news they were not trained on (README, "Accuracy"), and about
 * a thousand times slower per sentence: the job uses them only when asked ({@code --sentimentModel=contextual}).
 * A sentence read lately is not encoded again ({@link EncodedSentences}). One per thread.
 */
public final class ContextualSentiment implements AutoCloseable {
  /** Sentences kept encoded: a few thousand articles' sentences with mentions, some 15 MB. */
  public static final int CACHED_SENTENCES = 4096;

  private final SentenceEncoder encoder = new SentenceEncoder();
  private final ContextualTargetModel targets;
  private final ContextualSentenceModel sentences;
  private final EncodedSentences cache;
  private final double[] x = new double[ContextualTargetModel.FEATURES];
  /** The sentence last begun. */
  private EncodedSentences.Sentence current;
  /** The text the encoder holds the pieces of, or null. */
  private String encoded;

  /** Scorers that keep up to {@code cachedSentences} sentences encoded (0: none). */
  public ContextualSentiment(ContextualTargetModel targets, ContextualSentenceModel sentences, int cachedSentences) {
    this.targets = targets;
    this.sentences = sentences;
    this.cache = new EncodedSentences(cachedSentences);
  }

  /** The bundled models, keeping {@link #CACHED_SENTENCES} sentences. */
  public static ContextualSentiment standard() {
    return new ContextualSentiment(ContextualTargetModel.standard(), ContextualSentenceModel.standard(),
        CACHED_SENTENCES);
  }

  /** Reads a sentence (or finds it read); targets are then given by their characters in it. */
  public void beginSentence(String text) {
    current = cache.get(text);
    if (current == null) {
      encode(text);
      current = cache.add(text);
      encoder.sentenceMean(current.mean);
    }
  }

  /** The score in (-1, 1) of the sentence last read, on the scale of the fast sentence score. */
  public double sentenceScore() {
    return sentences.score(current.mean);
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
    float[] target = current.target(from, to);
    if (target == null) { // a target not asked of this sentence before: its pieces are needed
      if (!current.text.equals(encoded)) {
        encode(current.text);
      }
      target = new float[SentenceEncoder.DIMS];
      if (!encoder.spanMean(from, to, target)) {
        target = EncodedSentences.UNREAD;
      }
      current.putTarget(from, to, target);
    }
    if (target == EncodedSentences.UNREAD) {
      System.arraycopy(fast, 0, out, 0, TargetModel.CLASSES);
      return;
    }
    ContextualTargetModel.features(fast, target, current.mean, x);
    targets.probabilities(x, out);
  }

  /** Sentences found already encoded, and sentences encoded, since this was made. */
  public long[] cacheCounts() {
    return new long[] {cache.hits(), cache.misses()};
  }

  private void encode(String text) {
    encoder.encode(text);
    encoded = text;
  }

  @Override
  public void close() {
    encoder.close();
  }
}
